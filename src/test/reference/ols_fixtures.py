#!/usr/bin/python3
"""Reference values for the OLS engine, computed with statsmodels (Debian python3-statsmodels).

Run from the repository root:  /usr/bin/python3 src/test/reference/ols_fixtures.py
Writes src/test/resources/fixtures/ols_statsmodels.json. The data come from R's datasets (longley, freeny),
urca's Danish money-demand data (denmark) and the project's curated China-US file; R is called only to export
its datasets. Each case carries its raw columns, the model written in the workbench's expression syntax and
the statsmodels results; the Java test rebuilds the model from the raw columns with its own expression engine.

Conventions reproduced: classical covariance, HC1 (cov_type='HC1') and Newey-West (cov_type='HAC', Bartlett
kernel, maxlags L, default use_correction) with use_t=True (t distribution with df_resid for p-values and
intervals, as Stata and R's coeftest); Breusch-Godfrey acorr_breusch_godfrey(nlags=K); Breusch-Pagan
het_breuschpagan (robust=True, Koenker); White het_white; Jarque-Bera; RESET linear_reset(power=3,
test_type='fitted', use_f=True). For the classical cases R's lmtest gives the same tests a second time (bgtest
in both forms, bptest, resettest), through Rscript.
"""
import io
import json
import math
import subprocess
import sys
from fractions import Fraction as F

from scipy import stats

import numpy as np
import pandas as pd
import statsmodels.api as sm
from statsmodels.stats.diagnostic import (acorr_breusch_godfrey, het_breuschpagan, het_white, linear_reset)
from statsmodels.stats.stattools import durbin_watson, jarque_bera



def inverse(A):
    m = len(A)
    M = [row[:] + [F(int(i == j)) for j in range(m)] for i, row in enumerate(A)]
    for i in range(m):
        p = next(r for r in range(i, m) if M[r][i] != 0)
        M[i], M[p] = M[p], M[i]
        piv = M[i][i]
        M[i] = [v / piv for v in M[i]]
        for r in range(m):
            if r != i and M[r][i] != 0:
                f = M[r][i]
                M[r] = [a - f * b for a, b in zip(M[r], M[i])]
    return [row[m:] for row in M]

def exact_robust(X, y, cov, lags, has_const):
    """Exact rational sandwich covariance, the floats of X and y taken as exact numbers: standard errors and the
    Wald F of the slopes. statsmodels forms HAC as (X'X)^-1 S (X'X)^-1, which on an ill-conditioned design
    (Longley) loses about eight digits; these are the values it approximates."""
    n, k = len(X), len(X[0])
    X = [[F(v) for v in row] for row in X]
    y = [F(v) for v in y]
    A = inverse([[sum(X[t][i] * X[t][j] for t in range(n)) for j in range(k)] for i in range(k)])
    xty = [sum(X[t][i] * y[t] for t in range(n)) for i in range(k)]
    b = [sum(A[i][j] * xty[j] for j in range(k)) for i in range(k)]
    e = [y[t] - sum(X[t][j] * b[j] for j in range(k)) for t in range(n)]
    u = [[X[t][i] * e[t] for i in range(k)] for t in range(n)]
    S = [[sum(u[t][i] * u[t][j] for t in range(n)) for j in range(k)] for i in range(k)]
    scale = F(1)
    if cov == "hc1":
        scale = F(n, n - k)
    else:
        for l in range(1, lags + 1):
            w = 1 - F(l, lags + 1)
            for i in range(k):
                for j in range(k):
                    g = sum(u[t][i] * u[t - l][j] for t in range(l, n))
                    S[i][j] += w * g
                    S[j][i] += w * g
    T = [[sum(A[i][l] * S[l][j] for l in range(k)) for j in range(k)] for i in range(k)]
    V = [[sum(T[i][l] * A[l][j] for l in range(k)) * scale for j in range(k)] for i in range(k)]
    idx = list(range(1 if has_const else 0, k))
    Vs = inverse([[V[i][j] for j in idx] for i in idx])
    bs = [b[i] for i in idx]
    wald = sum(bs[i] * Vs[i][j] * bs[j] for i in range(len(idx)) for j in range(len(idx))) / len(idx)
    return [math.sqrt(float(V[i][i])) for i in range(k)], float(wald)


def r_dataset(expr):
    """A data frame exported from R as CSV (full precision)."""
    code = "options(digits=17); d <- %s; write.csv(d, stdout(), row.names=FALSE)" % expr
    out = subprocess.run(["Rscript", "-e", code], check=True, capture_output=True, text=True).stdout
    return pd.read_csv(io.StringIO(out), float_precision="round_trip")


def r_diagnostics(endog, exog, constant, bg_order):
    """R's lmtest on the same model: bgtest (Chisq and F), bptest (studentized), resettest(power=2:3, fitted)."""
    cols = {"y": endog}
    start = 1 if constant else 0
    for i in range(start, exog.shape[1]):
        cols["x%d" % i] = exog[:, i]
    csv = pd.DataFrame(cols).to_csv(index=False, float_format="%.17g")
    formula = "y ~ ." if constant else "y ~ . - 1"
    code = ("suppressMessages(library(lmtest)); d <- read.csv(file('stdin')); m <- lm(%s, data=d); "
            "a <- bgtest(m, order=%d); b <- bgtest(m, order=%d, type='F'); r <- resettest(m, power=2:3, "
            "type='fitted'); out <- c(a$statistic, a$p.value, b$statistic, b$p.value, r$statistic, r$p.value); "
            "if (%s) { p <- bptest(m); out <- c(out, p$statistic, p$p.value) }; "
            "cat(sprintf('%%.17g', out))" % (formula, bg_order, bg_order, "TRUE" if constant else "FALSE"))
    out = subprocess.run(["Rscript", "-e", code], input=csv, check=True, capture_output=True, text=True).stdout
    v = [float(t) for t in out.split()]
    res = {"bg_lm": v[0], "bg_lm_p": v[1], "bg_f": v[2], "bg_f_p": v[3], "reset_f": v[4], "reset_p": v[5]}
    if constant:
        res.update({"bp_lm": v[6], "bp_lm_p": v[7]})
    return res


def lag(s, k=1):
    return s.shift(k)


def num(v):
    v = float(v)
    return None if not math.isfinite(v) else v


def case(name, raw, y, x, ycol, xcols, constant=True, cov="classical", hac_lags=None, bg_order=1):
    """raw: DataFrame of the columns the expressions read; ycol/xcols: the same terms computed with pandas."""
    df = pd.concat([ycol.rename("__y")] + [c.rename("__x%d" % i) for i, c in enumerate(xcols)], axis=1)
    complete = df.dropna()
    dropped = len(df) - len(complete)
    endog = complete["__y"].to_numpy()
    exog = complete[["__x%d" % i for i in range(len(xcols))]].to_numpy()
    if constant:
        exog = np.column_stack([np.ones(len(endog)), exog])
    model = sm.OLS(endog, exog)
    if cov == "classical":
        res = model.fit()
    elif cov == "hc1":
        res = model.fit(cov_type="HC1", use_t=True)
    else:
        res = model.fit(cov_type="HAC", cov_kwds={"maxlags": hac_lags}, use_t=True)
    plain = model.fit()
    ci = res.conf_int(0.05)
    exp = {
        "nobs": int(res.nobs), "df_resid": int(res.df_resid), "dropped": int(dropped),
        "params": [num(v) for v in res.params], "bse": [num(v) for v in res.bse],
        "tvalues": [num(v) for v in res.tvalues], "pvalues": [num(v) for v in res.pvalues],
        "ci_low": [num(v) for v in ci[:, 0]], "ci_high": [num(v) for v in ci[:, 1]],
        "rsquared": num(res.rsquared), "rsquared_adj": num(res.rsquared_adj),
        "fvalue": num(res.fvalue), "f_pvalue": num(res.f_pvalue),
        "llf": num(res.llf), "aic": num(res.aic), "bic": num(res.bic), "ssr": num(res.ssr),
        "durbin_watson": num(durbin_watson(res.resid)),
    }
    if cov != "classical" and len(endog) <= 60:
        se, wald = exact_robust(exog.tolist(), endog.tolist(), cov, hac_lags, constant)
        t = [float(p) / s_ for p, s_ in zip(res.params, se)]
        exp["exact_robust"] = {"bse": se, "tvalues": t,
                               "pvalues": [float(2 * stats.t.sf(abs(v), res.df_resid)) for v in t],
                               "fvalue": wald, "f_pvalue": float(stats.f.sf(wald, res.df_model, res.df_resid))}
    bg = acorr_breusch_godfrey(plain, nlags=bg_order)
    exp["breusch_godfrey"] = {"lm": num(bg[0]), "lm_p": num(bg[1]), "f": num(bg[2]), "f_p": num(bg[3])}
    if constant:
        bp = het_breuschpagan(plain.resid, exog)
        exp["breusch_pagan"] = {"lm": num(bp[0]), "lm_p": num(bp[1]), "f": num(bp[2]), "f_p": num(bp[3])}
        wh = het_white(plain.resid, exog)
        if math.isfinite(wh[2]):  # otherwise more products than observations: no test
            exp["white"] = {"lm": num(wh[0]), "lm_p": num(wh[1]), "f": num(wh[2]), "f_p": num(wh[3])}
    jb = jarque_bera(plain.resid)
    exp["jarque_bera"] = {"stat": num(jb[0]), "p": num(jb[1]), "skew": num(jb[2]), "kurtosis": num(jb[3])}
    rs = linear_reset(plain, power=3, test_type="fitted", use_f=True)
    exp["reset"] = {"f": num(rs.fvalue), "p": num(rs.pvalue), "df_num": num(rs.df_num),
                    "df_denom": num(rs.df_denom)}
    if cov == "classical":
        exp["r_lmtest"] = r_diagnostics(endog, exog, constant, bg_order)
    return {
        "name": name,
        "columns": {c: [num(v) for v in raw[c]] for c in raw.columns},
        "y": y, "x": x, "constant": constant, "cov": cov, "hac_lags": hac_lags, "bg_order": bg_order,
        "expected": exp,
    }


def main():
    cases = []

    longley = r_dataset("longley")
    longley.columns = ["gnp_deflator", "gnp", "unemployed", "armed_forces", "population", "year", "employed"]
    lx = ["gnp_deflator", "gnp", "unemployed", "armed_forces", "population", "year"]
    for cov, lags in (("classical", None), ("hc1", None), ("hac", 2)):
        cases.append(case("longley_" + cov, longley, "employed", lx, longley["employed"],
                          [longley[c] for c in lx], cov=cov, hac_lags=lags, bg_order=2))
    cases.append(case("longley_no_constant", longley, "employed", ["gnp", "unemployed", "population"],
                      longley["employed"], [longley[c] for c in ("gnp", "unemployed", "population")],
                      constant=False, bg_order=1))

    freeny = r_dataset("data.frame(freeny)")
    freeny.columns = ["y", "lag_quarterly_revenue", "price_index", "income_level", "market_potential"]
    fx = ["lag_quarterly_revenue", "price_index", "income_level", "market_potential"]
    for cov, lags in (("classical", None), ("hac", 3)):
        cases.append(case("freeny_" + cov, freeny, "y", fx, freeny["y"], [freeny[c] for c in fx], cov=cov,
                          hac_lags=lags, bg_order=4))

    denmark = r_dataset("{library(urca); data(denmark); denmark[, c('LRM','LRY','IBO','IDE')]}")
    dx = ["LRM(-1)", "LRY", "IBO", "IDE"]
    dcols = [lag(denmark["LRM"]), denmark["LRY"], denmark["IBO"], denmark["IDE"]]
    for cov, lags in (("classical", None), ("hc1", None), ("hac", 4)):
        cases.append(case("denmark_" + cov, denmark, "LRM", dx, denmark["LRM"], dcols, cov=cov, hac_lags=lags,
                          bg_order=4))
    cases.append(case("denmark_differences", denmark, "d(LRM)", ["d(LRY)", "d(IBO)", "d(IDE)", "d(LRM)(-1)"],
                      denmark["LRM"].diff(),
                      [denmark["LRY"].diff(), denmark["IBO"].diff(), denmark["IDE"].diff(),
                       lag(denmark["LRM"].diff())], bg_order=2))

    # The paper's equation (1) structure on curated data: a log trade balance on its own lag, an export ratio,
    # ln nonresident patents and FDI in % of GDP.
    cur = pd.read_csv("../shared/data/curated/china_us_hitech_annual.csv", float_precision="round_trip")
    raw = cur[["us_goods_imports_china_musd", "us_goods_exports_china_musd", "us_goods_exports_world_musd",
               "cn_patent_apps_nonresident", "cn_fdi_net_inflows_usd", "cn_gdp_usd_2019vintage"]]
    lny = np.log(cur["us_goods_imports_china_musd"] - cur["us_goods_exports_china_musd"])
    ratio = cur["us_goods_exports_china_musd"] / cur["us_goods_exports_world_musd"]
    patent = np.log(cur["cn_patent_apps_nonresident"])
    fdigdp = 100 * cur["cn_fdi_net_inflows_usd"] / cur["cn_gdp_usd_2019vintage"]
    cases.append(case("paper_structure_curated", raw,
                      "log(us_goods_imports_china_musd - us_goods_exports_china_musd)",
                      ["log(us_goods_imports_china_musd - us_goods_exports_china_musd)(-1)",
                       "us_goods_exports_china_musd / us_goods_exports_world_musd",
                       "log(cn_patent_apps_nonresident)",
                       "100 * cn_fdi_net_inflows_usd / cn_gdp_usd_2019vintage"],
                      lny, [lag(lny), ratio, patent, fdigdp], bg_order=1))

    monthly = pd.read_csv("../shared/data/curated/us_china_goods_monthly.csv", float_precision="round_trip")
    mraw = monthly[["us_imports_from_china_musd", "us_exports_to_china_musd", "us_imports_world_nsa_musd"]]
    lm_ = np.log(monthly["us_imports_from_china_musd"])
    cases.append(case("monthly_imports_hac", mraw, "log(us_imports_from_china_musd)",
                      ["log(us_imports_from_china_musd)(-1)", "log(us_imports_from_china_musd)(-12)",
                       "log(us_exports_to_china_musd)", "log(us_imports_world_nsa_musd)"],
                      lm_, [lag(lm_), lag(lm_, 12), np.log(monthly["us_exports_to_china_musd"]),
                            np.log(monthly["us_imports_world_nsa_musd"])], cov="hac", hac_lags=12, bg_order=12))

    out = {"generator": "src/test/reference/ols_fixtures.py",
           "statsmodels": sm.__version__, "numpy": np.__version__, "cases": cases}
    with open("src/test/resources/fixtures/ols_statsmodels.json", "w") as f:
        json.dump(out, f, indent=1)
    print("wrote %d cases" % len(cases), file=sys.stderr)


if __name__ == "__main__":
    main()
