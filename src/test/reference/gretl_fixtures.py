#!/usr/bin/python3
"""Reference values from gretl (gretlcli 2022c) on gretl's own sample files (Debian package gretl-data).

Run from the repository root:  /usr/bin/python3 src/test/reference/gretl_fixtures.py
Writes src/test/resources/fixtures/gretl_reference.json with each dataset's raw columns (as gretl stores them,
17 significant digits) and gretl's results, so the Java test needs neither gretl nor its data.

Datasets: greene5_1.gdt (Greene's US quarterly macro data, 1950Q1-2000Q4) and hamilton.gdt (Hamilton's Italian
and US prices and the lira-dollar rate, monthly 1973-1989).

What gretl gives and how it maps to the workbench:
- ols: coefficients, standard errors, R-squared, adjusted R-squared, F, log-likelihood, AIC, BIC, SSR,
  Durbin-Watson; `--robust` with `set force_hc on; set hc_version 1` (HC1) and with `set hac_lag L;
  set hac_kernel bartlett` (Newey-West, no small-sample factor). Without a constant gretl reports the uncentred
  R-squared and the F test of all coefficients, as the workbench does.
- modtest K --autocorr: the Breusch-Godfrey F form (LMF); modtest --white: TR^2; modtest --breusch-pagan
  --robust: Koenker's LM; reset: the F test with squares and cubes of the fitted values; normtest --jbera on the
  residuals: Jarque-Bera.
- adf K x --nc|--c|--ct (fixed lag order, no testing down): the tau statistic. gretl's p-values come from
  MacKinnon (1996), not the (1994) approximation the workbench reports, so they are not compared.
- kpss K x [--trend]: the KPSS statistic with K Bartlett lags.
- Granger: the F test of `omit cause(-1 to -p) --test-only` after `ols effect const effect(-1 to -p)
  cause(-1 to -p)`, i.e. the SSR-based F test.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from ols_fixtures import exact_robust

OUT = os.path.join("src", "test", "resources", "fixtures", "gretl_reference.json")
TMP = tempfile.mkdtemp(prefix="gretl_fixtures_")

DATASETS = {
    "greene5_1": {"file": "greene5_1.gdt", "columns": ["realcons", "realdpi", "tbilrate"],
                  "frequency": "quarterly", "start": "1950Q1"},
    "hamilton": {"file": "hamilton.gdt", "columns": ["PC6IT", "PZUNEW", "EXRITL"],
                 "frequency": "monthly", "start": "1973-01"},
}

# Each series: the workbench expression and the gretl statement that defines it as `series NAME = ...`.
SERIES = {
    "greene5_1": {
        "lc": ("log(realcons)", "log(realcons)"),
        "lc_1": ("log(realcons)(-1)", "lc(-1)"),
        "ly": ("log(realdpi)", "log(realdpi)"),
        "dlc": ("d(log(realcons))", "diff(lc)"),
        "dlc_1": ("d(log(realcons))(-1)", "dlc(-1)"),
        "dly": ("d(log(realdpi))", "diff(ly)"),
        "tb": ("tbilrate", "tbilrate"),
    },
    "hamilton": {
        "le": ("log(EXRITL)", "log(EXRITL)"),
        "le_1": ("log(EXRITL)(-1)", "le(-1)"),
        "lpi": ("log(PC6IT)", "log(PC6IT)"),
        "lpu": ("log(PZUNEW)", "log(PZUNEW)"),
        "dle": ("d(log(EXRITL))", "diff(le)"),
        "dle_1": ("d(log(EXRITL))(-1)", "dle(-1)"),
        "dinf": ("d(log(PC6IT)) - d(log(PZUNEW))", "diff(lpi) - diff(lpu)"),
        "dlpi": ("d(log(PC6IT))", "diff(lpi)"),
    },
}

# name, dataset, y, regressors, constant, covariance, hac lags, Breusch-Godfrey order
OLS = [
    ("greene_consumption_classical", "greene5_1", "lc", ["lc_1", "ly", "tb"], True, "classical", None, 4),
    ("greene_consumption_hc1", "greene5_1", "lc", ["lc_1", "ly", "tb"], True, "hc1", None, 4),
    ("greene_consumption_hac", "greene5_1", "lc", ["lc_1", "ly", "tb"], True, "hac", 4, 4),
    ("greene_growth_no_constant", "greene5_1", "dlc", ["dlc_1", "dly"], False, "classical", None, 2),
    ("hamilton_rate_classical", "hamilton", "le", ["lpi", "lpu", "le_1"], True, "classical", None, 12),
    ("hamilton_rate_change_hac", "hamilton", "dle", ["dinf", "dle_1"], True, "hac", 6, 12),
]

# dataset, series, lag orders
ADF = [("greene5_1", "lc", (0, 4)), ("greene5_1", "dlc", (0, 4)), ("greene5_1", "tb", (0, 2, 8)),
       ("hamilton", "le", (0, 3, 12)), ("hamilton", "dle", (0, 12))]
KPSS = [("greene5_1", "lc", (0, 4, 12)), ("greene5_1", "tb", (4,)), ("greene5_1", "dlc", (4,)),
        ("hamilton", "le", (0, 6)), ("hamilton", "dle", (6, 12))]
# dataset, cause, effect, lag orders
GRANGER = [("greene5_1", "dly", "dlc", (1, 4)), ("greene5_1", "dlc", "dly", (1, 4)),
           ("hamilton", "dlpi", "dle", (2, 6, 12)), ("hamilton", "dle", "dlpi", (2, 6))]


def gretl(script):
    """Runs a gretl script; returns the values of the lines it printed as `@key value`."""
    res = subprocess.run(["gretlcli", "-b", "-"], input=script, capture_output=True, text=True)
    if res.returncode != 0 or "Terminated on error" in res.stdout:
        sys.exit("gretl failed:\n" + res.stdout[-3000:] + res.stderr[-2000:])
    out = {}
    for line in res.stdout.splitlines():
        if line.startswith("@"):
            key, value = line[1:].split(" ", 1)
            out[key] = [float(v) for v in value.split()]
    return out


def read_matrix(path):
    """A matrix written by gretl's mwrite (rows and columns on the first line)."""
    with open(path) as f:
        rows, _ = (int(v) for v in f.readline().split())
        return [[float(v) for v in f.readline().split()] for _ in range(rows)]


def header(ds):
    lines = ["set echo off", "set messages off", "open %s --quiet" % DATASETS[ds]["file"]]
    for name, (_, definition) in SERIES[ds].items():
        lines.append("series %s = %s" % (name, definition))
    return "\n".join(lines) + "\n"


def raw_columns(ds):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "data.csv")
        gretl('open %s --quiet\nset csv_digits 17\nstore "%s" %s\n'
              % (DATASETS[ds]["file"], path, " ".join(DATASETS[ds]["columns"])))
        with open(path) as f:
            rows = [line.rstrip("\n").split(",") for line in f]
    head = rows[0]
    cols = {c: [] for c in DATASETS[ds]["columns"]}
    for r in rows[1:]:
        for c in cols:
            v = r[head.index(c)]
            cols[c].append(None if v in ("", "NA") else float(v))
    return rows[1][0], cols


def ols_case(name, ds, y, xs, constant, cov, hac_lags, bg):
    regs = (["const"] if constant else []) + xs
    s = header(ds)
    if cov == "hc1":
        s += "set force_hc on\nset hc_version 1\n"
    elif cov == "hac":
        s += "set force_hc off\nset hac_lag %d\nset hac_kernel bartlett\n" % hac_lags
    s += "ols %s %s --quiet%s\n" % (y, " ".join(regs), " --robust" if cov != "classical" else "")
    s += 'printf "@coef"\nloop i=1..nelem($coeff) --quiet\nprintf " %.17g", $coeff[i]\nendloop\nprintf "\\n"\n'
    s += 'printf "@se"\nloop i=1..nelem($stderr) --quiet\nprintf " %.17g", $stderr[i]\nendloop\nprintf "\\n"\n'
    for key, acc in (("nobs", "$T"), ("df_resid", "$df"), ("rsq", "$rsq"), ("f", "$Fstat"), ("llf", "$lnl"),
                     ("aic", "$aic"), ("bic", "$bic"), ("ssr", "$ess"),
                     ("dw", "$dw")):
        s += 'printf "@%s %%.17g\\n", %s\n' % (key, acc)
    if cov != "classical":
        # gretl's robust Wald F goes through (X'X)^-1 and keeps about eight digits on this design (R-squared
        # 0.9997); the exact rational value from the same floats tells which digits are right.
        # One matrix of the dependent variable and the regressors: gretl leaves out the rows with a missing value.
        s += "matrix M = {%s}\nmwrite(M, \"%s\")\n" % (", ".join([y] + regs), os.path.join(TMP, "M.mat"))
    if cov == "classical":
        s += "series u = $uhat\n"
        if constant:
            # Without a constant gretl's Breusch-Godfrey auxiliary regression has none either (as R's bgtest);
            # the workbench adds one, as statsmodels does, so only the models with a constant are compared.
            s += "modtest %d --autocorr --quiet\nprintf \"@bg_f %%.17g %%.17g\\n\", $test, $pvalue\n" % bg
            s += "modtest --white --quiet\nprintf \"@white %.17g %.17g\\n\", $test, $pvalue\n"
            s += "modtest --breusch-pagan --robust --quiet\nprintf \"@bp %.17g %.17g\\n\", $test, $pvalue\n"
        s += "reset --quiet\nprintf \"@reset %.17g %.17g\\n\", $test, $pvalue\n"
        s += "normtest u --jbera --quiet\nprintf \"@jb %.17g %.17g\\n\", $test, $pvalue\n"
    g = gretl(s)
    expected = {"params": g["coef"], "bse": g["se"], "nobs": int(g["nobs"][0]), "df_resid": int(g["df_resid"][0]),
                "rsquared": g["rsq"][0], "fvalue": g["f"][0],
                "llf": g["llf"][0], "aic": g["aic"][0], "bic": g["bic"][0], "ssr": g["ssr"][0],
                "durbin_watson": g["dw"][0]}
    if cov != "classical":
        m = read_matrix(os.path.join(TMP, "M.mat"))
        assert len(m) == expected["nobs"]
        _, wald = exact_robust([r[1:] for r in m], [r[0] for r in m], cov, hac_lags, constant)
        expected["exact_fvalue"] = wald
    for key in ("bg_f", "white", "bp", "reset", "jb"):
        if key in g:
            expected[key] = {"stat": g[key][0], "p": g[key][1]}
    expr = SERIES[ds]
    return {"name": name, "dataset": ds, "y": expr[y][0], "x": [expr[x][0] for x in xs], "constant": constant,
            "cov": cov, "hac_lags": hac_lags, "bg_order": bg, "expected": expected}


def adf_cases():
    cases = []
    for ds, series, lag_orders in ADF:
        s = header(ds)
        keys = []
        for lags in lag_orders:
            for trend, opt in (("n", "--nc"), ("c", "--c"), ("ct", "--ct")):
                key = "%s_%s_%d" % (series, trend, lags)
                keys.append((key, trend, lags))
                s += "adf %d %s %s --quiet\nprintf \"@%s %%.17g\\n\", $test\n" % (lags, series, opt, key)
        g = gretl(s)
        for key, trend, lags in keys:
            cases.append({"dataset": ds, "series": SERIES[ds][series][0], "trend": trend, "lags": lags,
                          "tau": g[key][0]})
    return cases


def kpss_cases():
    cases = []
    for ds, series, lag_orders in KPSS:
        s = header(ds)
        keys = []
        for lags in lag_orders:
            for trend, opt in (("c", ""), ("ct", " --trend")):
                key = "%s_%s_%d" % (series, trend, lags)
                keys.append((key, trend, lags))
                s += "kpss %d %s%s --quiet\nprintf \"@%s %%.17g\\n\", $test\n" % (lags, series, opt, key)
        g = gretl(s)
        for key, trend, lags in keys:
            cases.append({"dataset": ds, "series": SERIES[ds][series][0], "trend": trend, "lags": lags,
                          "statistic": g[key][0]})
    return cases


def granger_cases():
    cases = []
    for ds, cause, effect, lag_orders in GRANGER:
        s = header(ds)
        for p in lag_orders:
            s += "ols %s const %s(-1 to -%d) %s(-1 to -%d) --quiet\n" % (effect, effect, p, cause, p)
            s += "scalar n_%d = $T\nscalar df_%d = $df\n" % (p, p)
            s += "omit %s(-1 to -%d) --test-only --quiet\n" % (cause, p)
            s += "printf \"@g%d %%.17g %%.17g %%d %%d\\n\", $test, $pvalue, n_%d, df_%d\n" % (p, p, p)
        g = gretl(s)
        for p in lag_orders:
            f, pv, n, df = g["g%d" % p]
            cases.append({"dataset": ds, "cause": SERIES[ds][cause][0], "effect": SERIES[ds][effect][0],
                          "lags": p, "f": f, "p": pv, "nobs": int(n), "df_num": p, "df_denom": int(df)})
    return cases


def main():
    version = subprocess.run(["gretlcli", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    datasets = {}
    for ds, info in DATASETS.items():
        first, cols = raw_columns(ds)
        datasets[ds] = {"file": info["file"], "frequency": info["frequency"], "start": info["start"],
                        "first_label": first, "columns": cols}
    out = {"generator": "src/test/reference/gretl_fixtures.py", "gretl": version.strip(), "datasets": datasets,
           "ols": [ols_case(*c) for c in OLS], "adf": adf_cases(), "kpss": kpss_cases(),
           "granger": granger_cases()}
    shutil.rmtree(TMP)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1)
    print("wrote %s: %d OLS, %d ADF, %d KPSS, %d Granger cases" % (
        OUT, len(out["ols"]), len(out["adf"]), len(out["kpss"]), len(out["granger"])), file=sys.stderr)


if __name__ == "__main__":
    main()
