#!/usr/bin/python3
"""Reference values for the cointegration tests (core/analysis/cointegration).

Run from the repository root, with ../shared/data beside it:
    /usr/bin/python3 src/test/reference/cointegration_fixtures.py
Writes src/test/resources/fixtures/cointegration_reference.json with
  * statsmodels 0.13.5 `coint` (trend n, c, ct, ctt; autolag aic, bic, None) and the cointegrating regression
    (statsmodels OLS of the first variable on the others with the trend terms appended, as `coint` runs it);
  * statsmodels `coint_johansen` (det_order -1, 0, 1; several k_ar_diff; k_ar_diff=0 is recorded but wrong in
    0.13.5, statsmodels issue #7459, so gretl at VAR order 1 is the reference there);
  * R urca `ca.jo` (type trace and eigen, ecdet none/const/trend, spec transitory) and `cajorls` (rank 1);
  * gretl `johansen`/`vecm` (the five cases, `--nc --rc (none) --crt --ct`), through gretlcli;
  * statsmodels `ardl_select_order` (AIC and BIC of every ARDL(p, q..) of the grid) and `UECM(...).fit()` /
    `bounds_test(case)` for the chosen order, with statsmodels' simulated PSS critical values
    (`pss_critical_values.crit_vals`) to check the transcribed PSS (2001) tables against.
Data (real, stored in the fixture): urca's denmark (Johansen-Juselius 1990), statsmodels' macrodata (US
quarterly 1959Q1-2009Q3, logs), the bundled sample-data/china_us_annual.csv and the curated
../shared/data/curated/china_us_hitech_annual.csv (logs of US goods trade with China and the world).
"""
import io
import json
import math
import os
import subprocess
import tempfile

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm
from statsmodels.tsa.stattools import coint, add_trend
from statsmodels.tsa.vector_ar.vecm import coint_johansen

OUT = "src/test/resources/fixtures/cointegration_reference.json"


def num(v):
    v = float(v)
    return v if math.isfinite(v) else None


def nums(a):
    return [num(v) for v in np.asarray(a).ravel()]


def mat(a):
    return [nums(r) for r in np.asarray(a)]


def denmark():
    out = subprocess.run(["Rscript", "-e", "options(digits=17); library(urca); data(denmark); "
                          "write.csv(denmark, stdout(), row.names=FALSE)"],
                         check=True, capture_output=True, text=True).stdout
    d = pd.read_csv(io.StringIO(out), float_precision="round_trip")
    return "denmark", list(d["ENTRY"]), d[["LRM", "LRY", "IBO", "IDE"]]


def macro():
    d = sm.datasets.macrodata.load_pandas().data
    labels = [f"{int(a)}Q{int(q)}" for a, q in zip(d["year"], d["quarter"])]
    x = pd.DataFrame({"lgdp": np.log(d["realgdp"]), "lcons": np.log(d["realcons"]),
                      "linv": np.log(d["realinv"])})
    return "macrodata", labels, x


def china_us(path, name, columns):
    d = pd.read_csv(path, float_precision="round_trip")
    keep = d[["year"] + list(columns.values())].dropna()
    assert len(keep) == keep["year"].iloc[-1] - keep["year"].iloc[0] + 1, name
    x = pd.DataFrame({k: np.log(keep[v].to_numpy()) for k, v in columns.items()})
    return name, [str(int(y)) for y in keep["year"]], x


def engle_granger(x, trend, autolag, maxlag):
    y = x.iloc[:, 0].to_numpy()
    others = x.iloc[:, 1:].to_numpy()
    stat, p, crit = coint(y, others, trend=trend, autolag=autolag, maxlag=maxlag)
    reg = others if trend == "n" else add_trend(others, trend=trend, prepend=False)
    ols = sm.OLS(y, reg).fit()
    # the lag order coint used: rerun its ADF step
    from statsmodels.tsa.stattools import adfuller
    adf = adfuller(ols.resid, maxlag=maxlag, autolag=autolag, regression="n")
    return {"trend": trend, "autolag": autolag, "maxlag": maxlag, "statistic": num(stat), "p_value": num(p),
            "critical_values": nums(crit), "lags": int(adf[2]), "adf_nobs": int(adf[3]),
            "coefficients": nums(ols.params), "std_errors": nums(ols.bse), "r_squared": num(ols.rsquared)}


def johansen_sm(x, det_order, k):
    r = coint_johansen(x.to_numpy(), det_order, k)
    return {"det_order": det_order, "k_ar_diff": k, "eigenvalues": nums(r.eig), "trace": nums(r.lr1),
            "max_eigen": nums(r.lr2), "trace_cv": mat(r.cvt), "max_eigen_cv": mat(r.cvm), "evec": mat(r.evec)}


def urca_cajo(x, ecdet, K):
    csv = x.to_csv(index=False, float_format="%.17g")
    code = f"""suppressMessages(library(urca)); suppressMessages(library(jsonlite)); d <- read.csv(file('stdin'))
      tr <- ca.jo(d, type='trace', ecdet='{ecdet}', K={K}, spec='transitory')
      ev <- ca.jo(d, type='eigen', ecdet='{ecdet}', K={K}, spec='transitory')
      ls <- cajorls(tr, r=1)
      a <- coef(ls$rlm)['ect1', ]
      out <- list(lambda=unname(tr@lambda), trace=rev(unname(tr@teststat)), max_eigen=rev(unname(ev@teststat)),
                  trace_cv=unname(tr@cval[nrow(tr@cval):1, , drop=FALSE]),
                  max_eigen_cv=unname(ev@cval[nrow(ev@cval):1, , drop=FALSE]),
                  V=unname(tr@V), beta=unname(ls$beta), alpha=unname(a))
      cat(toJSON(out, digits=NA))"""
    out = subprocess.run(["Rscript", "-e", code], input=csv, check=True, capture_output=True, text=True).stdout
    r = json.loads(out)
    r.update({"ecdet": ecdet, "K": K})
    return r


GRETL_FLAGS = {1: "--nc", 2: "--rc", 3: "", 4: "--crt", 5: "--ct"}


def gretl_johansen(x, case, order):
    with tempfile.TemporaryDirectory() as tmp:
        csv = os.path.join(tmp, "d.csv")
        x.to_csv(csv, index=False, float_format="%.17g")
        names = " ".join(x.columns)
        flag = GRETL_FLAGS[case]
        script = f"""set verbose off
open "{csv}" --quiet
johansen {order} {names} {flag} --quiet
mwrite($test, "{tmp}/test.mat")
vecm {order} 1 {names} {flag} --quiet
mwrite($jbeta, "{tmp}/beta.mat")
mwrite($jalpha, "{tmp}/alpha.mat")
"""
        inp = os.path.join(tmp, "s.inp")
        with open(inp, "w") as f:
            f.write(script)
        subprocess.run(["gretlcli", "-b", inp], check=True, capture_output=True, text=True)

        def read(name):
            with open(os.path.join(tmp, name)) as f:
                lines = f.read().split("\n")
            r, c = map(int, lines[0].split())
            return [[float(v) for v in lines[1 + i].split()] for i in range(r)]
        test = read("test.mat")
        return {"case": case, "var_order": order, "trace": [t[0] for t in test],
                "max_eigen": [t[1] for t in test], "beta": read("beta.mat"), "alpha": read("alpha.mat")}


ARDL_TREND = {1: "n", 2: "c", 3: "c", 4: "ct", 5: "ct"}


def ardl_case(x, cols, maxlag, case, ic):
    """Order by `ic` over p = 1..maxlag, q = 0..maxlag (statsmodels' grid also tries p = 0 and leaving a
    regressor out; those rows are not used), then the error-correction form of the chosen order."""
    from itertools import product
    from statsmodels.tsa.ardl import UECM, ardl_select_order, pss_critical_values
    y = x[cols[0]]
    xs = x[cols[1:]]
    trend = ARDL_TREND[case]
    sel = ardl_select_order(y, maxlag, xs, maxlag, trend=trend, ic=ic)
    crit = {}
    for name, series in (("aic", sel.aic), ("bic", sel.bic)):
        for value, (lags, orders) in series.items():
            crit.setdefault((lags, tuple(orders[c] for c in cols[1:])), {})[name] = float(value)
    grid = []
    for p in range(1, maxlag + 1):
        for q in product(range(maxlag + 1), repeat=len(cols) - 1):
            c = crit[(p, q)]
            grid.append({"order": [p] + list(q), "aic": c["aic"], "bic": c["bic"]})
    best = min(grid, key=lambda r: r[ic])
    p, q = best["order"][0], best["order"][1:]
    uecm = UECM(y, p, xs, {c: max(o, 1) for c, o in zip(cols[1:], q)}, trend=trend).fit()
    bt = uecm.bounds_test(case)
    k = len(cols) - 1
    ylag = f"{cols[0]}.L1"
    return {"variables": cols, "maxlag": maxlag, "case": case, "ic": ic, "grid": grid, "order": best["order"],
            "statsmodels_selected": [int(v) if v is not None else None for v in
                                     [sel.model.ardl_order[0]] + list(sel.model.ardl_order[1:])],
            "ecm_names": list(uecm.params.index), "ecm_coefficients": nums(uecm.params),
            "ecm_std_errors": nums(uecm.bse), "nobs": int(uecm.resid.shape[0]),
            "statsmodels_nobs_attribute": int(uecm.nobs), "f_statistic": num(bt.stat),
            "t_statistic": num(uecm.tvalues[ylag]),
            "bounds_test_crit_vals_95": nums(bt.crit_vals.loc[95.0]),
            "simulated_pss": {"percentiles": [90, 95, 99],
                              "lower": nums(pss_critical_values.crit_vals[(k, case, False)][:3]),
                              "upper": nums(pss_critical_values.crit_vals[(k, case, True)][:3])}}


def dataset_json(name, labels, x):
    return {"name": name, "labels": [str(l) for l in labels], "variables": list(x.columns),
            "data": {c: nums(x[c]) for c in x.columns}}


def main():
    dk = denmark()
    mac = macro()
    sample = china_us("sample-data/china_us_annual.csv", "sample_china_us",
                      {"lnimp": "us_goods_imports_china_musd", "lnexp": "us_goods_exports_china_musd"})
    cur = china_us("../shared/data/curated/china_us_hitech_annual.csv", "curated_china_us",
                   {"lnimp": "us_goods_imports_china_musd", "lnexp": "us_goods_exports_china_musd",
                    "lnimpw": "us_goods_imports_world_musd"})
    eg_plan = [(dk, ["LRM", "LRY", "IBO"], None, 2), (mac, ["lcons", "lgdp"], None, 4),
               (sample, ["lnimp", "lnexp"], 3, 1), (cur, ["lnimp", "lnexp", "lnimpw"], 3, 1)]
    eg = []
    for (name, labels, x), cols, maxlag, fixed in eg_plan:
        for trend in ["n", "c", "ct", "ctt"]:
            for autolag in ["aic", "bic", None]:
                r = engle_granger(x[cols], trend, autolag, maxlag if autolag else fixed)
                r["dataset"] = name
                r["variables"] = cols
                eg.append(r)
        # statsmodels' default maximum lag
        r = engle_granger(x[cols], "c", "aic", None)
        r.update({"dataset": name, "variables": cols})
        eg.append(r)
    jo_plan = [(dk, ["LRM", "LRY", "IBO", "IDE"], [0, 1, 2]), (mac, ["lgdp", "lcons", "linv"], [0, 1, 3]),
               (sample, ["lnimp", "lnexp"], [1]), (cur, ["lnimp", "lnexp", "lnimpw"], [1])]
    sm_jo, r_jo, g_jo = [], [], []
    for (name, labels, x), cols, ks in jo_plan:
        for k in ks:
            for det in [-1, 0, 1]:
                r = johansen_sm(x[cols], det, k)
                r.update({"dataset": name, "variables": cols})
                sm_jo.append(r)
            if k >= 1:
                for ecdet in ["none", "const", "trend"]:
                    r = urca_cajo(x[cols], ecdet, k + 1)
                    r.update({"dataset": name, "variables": cols})
                    r_jo.append(r)
    # VAR order 1 (no lagged differences) too: statsmodels' k_ar_diff=0 uses y_t for y_(t-1) (statsmodels #7459)
    for (name, labels, x), cols, order, cases in [(dk, ["LRM", "LRY", "IBO", "IDE"], 2, range(1, 6)),
                                                  (cur, ["lnimp", "lnexp", "lnimpw"], 2, range(1, 6)),
                                                  (dk, ["LRM", "LRY", "IBO", "IDE"], 1, [1, 3]),
                                                  (mac, ["lgdp", "lcons", "linv"], 1, [1, 3])]:
        for case in cases:
            r = gretl_johansen(x[cols], case, order)
            r.update({"dataset": name, "variables": cols})
            g_jo.append(r)
    ardl = []
    for (name, labels, x), cols, maxlag, runs in [
            (dk, ["LRM", "LRY", "IBO"], 3, [(1, "aic"), (2, "aic"), (3, "aic"), (4, "aic"), (5, "aic"), (3, "bic")]),
            (mac, ["lcons", "lgdp"], 4, [(3, "aic"), (3, "bic"), (5, "aic"), (2, "bic")]),
            (sample, ["lnimp", "lnexp"], 2, [(2, "aic"), (3, "aic"), (4, "aic"), (3, "bic"), (1, "bic")]),
            (cur, ["lnimp", "lnexp", "lnimpw"], 2, [(3, "aic"), (5, "bic"), (4, "aic")])]:
        for case, ic in runs:
            r = ardl_case(x, cols, maxlag, case, ic)
            r["dataset"] = name
            ardl.append(r)
    from statsmodels.tsa.ardl import pss_critical_values
    pss_sim = [{"case": c, "k": k, "lower": nums(pss_critical_values.crit_vals[(k, c, False)][:3]),
                "upper": nums(pss_critical_values.crit_vals[(k, c, True)][:3])}
               for c in range(1, 6) for k in range(1, 11)]
    gretl_version = subprocess.run(["gretlcli", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string, 'urca', format(packageVersion('urca')))"],
                               check=True, capture_output=True, text=True).stdout
    out = {"generator": "src/test/reference/cointegration_fixtures.py",
           "tools": {"statsmodels": statsmodels.__version__, "R": r_version, "gretl": gretl_version},
           "datasets": [dataset_json(*d) for d in [dk, mac, sample, cur]],
           "engle_granger": eg, "johansen_statsmodels": sm_jo, "johansen_urca": r_jo, "johansen_gretl": g_jo, "ardl": ardl,
           "pss_simulated_statsmodels": pss_sim}
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
