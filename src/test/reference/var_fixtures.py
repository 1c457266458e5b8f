#!/usr/bin/python3
"""Reference values for the VAR toolkit (core/analysis/var) from statsmodels 0.13.5.

Run: /usr/bin/python3 src/test/reference/var_fixtures.py > src/test/resources/fixtures/var_statsmodels.json

Data (all real, stored in the fixture so the tests never read them elsewhere):
  * statsmodels' macrodata (US quarterly 1959Q1-2009Q3): log-differences of realgdp, realcons, realinv
    (the statsmodels VAR documentation example), with infl as an exogenous variable in one case;
  * urca's denmark (Johansen-Juselius 1990, Danish money demand 1974Q1-1987Q3): LRM, LRY, IBO, IDE in levels,
    read with R (Rscript, package urca);
  * the curated China-US file /work/shared/data/curated/china_us_hitech_annual.csv: logs of US goods exports to
    and imports from China, 1995-2023 (see that folder's SOURCES.md).
"""
import json
import subprocess
import sys

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm
from statsmodels.tsa.api import VAR
from statsmodels.tsa.stattools import adfuller, kpss
from statsmodels.tsa.vector_ar.util import comp_matrix


def denmark():
    out = subprocess.run(
        ["Rscript", "-e", "library(urca); data(denmark); write.csv(denmark, stdout(), row.names=FALSE)"],
        check=True, capture_output=True, text=True).stdout
    lines = out.strip().splitlines()
    header = [h.strip('"') for h in lines[0].split(",")]
    rows = [l.split(",") for l in lines[1:]]
    cols = {h: [r[i].strip('"') for r in rows] for i, h in enumerate(header)}
    names = ["LRM", "LRY", "IBO", "IDE"]
    return [c for c in cols["ENTRY"]], names, np.column_stack([[float(v) for v in cols[n]] for n in names])


def macro():
    d = sm.datasets.macrodata.load_pandas().data
    names = ["realgdp", "realcons", "realinv"]
    y = np.diff(np.log(d[names].values), axis=0)
    labels = [f"{int(a)}Q{int(q)}" for a, q in zip(d["year"], d["quarter"])][1:]
    infl = d["infl"].values[1:]
    return labels, names, y, infl


def china_us():
    import csv
    path = "/work/shared/data/curated/china_us_hitech_annual.csv"
    with open(path) as f:
        rows = list(csv.DictReader(f))
    names = ["us_goods_exports_china_musd", "us_goods_imports_china_musd"]
    rows = [r for r in rows if all(r[n] for n in names)]
    y = np.column_stack([[np.log(float(r[n])) for r in rows] for n in names])
    return [r["year"] for r in rows], ["lnexp", "lnimp"], y


def fit_case(name, labels, names, y, lags, trend, maxlags, horizon, causing, caused, exog=None, exog_names=None,
             dmax=None, whiteness_lags=None):
    model = VAR(pd.DataFrame(y, columns=names), exog=exog)
    sel = model.select_order(maxlags=maxlags, trend=trend)
    res = model.fit(lags, trend=trend)
    irf = res.irf(horizon)
    case = {
        "name": name,
        "labels": labels,
        "variables": names,
        "data": y.tolist(),
        "exog_names": exog_names or [],
        "exog": [] if exog is None else np.asarray(exog).reshape(len(y), -1).tolist(),
        "lags": lags,
        "trend": trend,
        "maxlags": maxlags,
        "horizon": horizon,
        "select_order": {k: [float(v) for v in sel.ics[k]] for k in ["aic", "bic", "hqic", "fpe"]},
        "selected": {k: int(v) for k, v in sel.selected_orders.items()},
        "nobs": int(res.nobs),
        "params": np.asarray(res.params).tolist(),
        "stderr": np.asarray(res.stderr).tolist(),
        "tvalues": np.asarray(res.tvalues).tolist(),
        "pvalues": np.asarray(res.pvalues).tolist(),
        "sigma_u": np.asarray(res.sigma_u).tolist(),
        "sigma_u_mle": np.asarray(res.sigma_u_mle).tolist(),
        "llf": float(res.llf),
        "aic": float(res.aic), "bic": float(res.bic), "hqic": float(res.hqic), "fpe": float(res.fpe),
        "is_stable": bool(res.is_stable()),
        "eigen_moduli": sorted(np.abs(np.linalg.eigvals(comp_matrix(res.coefs))).tolist(), reverse=True),
        "irfs": irf.irfs.tolist(),
        "orth_irfs": irf.orth_irfs.tolist(),
        "irf_stderr": irf.stderr(orth=False).tolist(),
        "orth_irf_stderr": irf.stderr(orth=True).tolist(),
        "fevd": res.fevd(horizon).decomp.tolist(),
    }
    wl = whiteness_lags if whiteness_lags is not None else lags + 10
    w = res.test_whiteness(nlags=wl)
    wa = res.test_whiteness(nlags=wl, adjusted=True)
    case["whiteness"] = {"nlags": wl, "statistic": float(w.test_statistic), "df": int(w.df),
                         "p_value": float(w.pvalue), "adjusted_statistic": float(wa.test_statistic),
                         "adjusted_p_value": float(wa.pvalue)}
    nrm = res.test_normality()
    case["normality"] = {"statistic": float(nrm.test_statistic), "df": int(nrm.df), "p_value": float(nrm.pvalue)}
    cf = res.test_causality(caused, causing, kind="f")
    cw = res.test_causality(caused, causing, kind="wald")
    case["causality"] = {"causing": causing, "caused": caused,
                         "f": float(cf.test_statistic), "f_df": [int(d) for d in cf.df], "f_p_value": float(cf.pvalue),
                         "wald": float(cw.test_statistic), "wald_df": int(cw.df), "wald_p_value": float(cw.pvalue)}
    if dmax is not None:
        case["toda_yamamoto"] = toda_yamamoto(y, names, lags, dmax, trend, causing, caused, exog)
    # Generalised responses (Pesaran-Shin 1998) by hand from statsmodels' MA coefficients: Phi_h Sigma_u e_j /
    # sqrt(sigma_jj); statsmodels 0.13.5 has no generalised IRF.
    su = np.asarray(res.sigma_u)
    case["girf"] = [(phi @ su / np.sqrt(np.diag(su))).tolist() for phi in irf.irfs]
    # The Cholesky order reversed: statsmodels on the columns in that order (arrays in that order).
    order = list(reversed(names))
    rres = VAR(pd.DataFrame(y, columns=names)[order], exog=exog).fit(lags, trend=trend)
    rirf = rres.irf(horizon)
    case["reordered"] = {"order": order, "orth_irfs": rirf.orth_irfs.tolist(),
                         "orth_irf_stderr": rirf.stderr(orth=True).tolist(),
                         "fevd": rres.fevd(horizon).decomp.tolist()}
    case["integration"] = integration_orders(y, names, "ct" if trend == "ct" else "c")
    return case


def integration_orders(y, names, regression):
    """Per variable: the smallest d = 0..3 whose adfuller (autolag AIC) rejects at 5%, KPSS (nlags auto) on that
    difference; the order is d, or d + 1 when KPSS rejects stationarity at 5% (the workbench's rule for d_max)."""
    out = []
    for i, n in enumerate(names):
        x = y[:, i]
        d = None
        for dd in range(4):
            if adfuller(np.diff(x, dd) if dd else x, regression=regression, autolag="AIC")[1] < 0.05:
                d = dd
                break
        e = {"variable": n, "adf_order": d}
        if d is not None:
            import warnings
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                kp = kpss(np.diff(x, d) if d else x, regression=regression, nlags="auto")[1]
            e["kpss_p_value"] = float(kp)
            e["order"] = d + 1 if kp < 0.05 else d
        out.append(e)
    return out


def toda_yamamoto(y, names, p, dmax, trend, causing, caused, exog):
    """VAR(p + dmax) in levels; Wald chi-square on the first p lags of the causing variables in the caused
    equations, with statsmodels' own restriction matrix layout (as in VARResults.test_causality)."""
    res = VAR(pd.DataFrame(y, columns=names), exog=exog).fit(p + dmax, trend=trend)
    k = res.neqs
    ing = [names.index(c) for c in causing]
    ed = [names.index(c) for c in caused]
    cols_det = k * res.k_exog
    rows = []
    for j in range(p):
        for i in ing:
            for e in ed:
                r = np.zeros(cols_det + k * k * (p + dmax))
                r[cols_det + e + k * i + k * k * j] = 1
                rows.append(r)
    C = np.array(rows)
    b = np.asarray(res.params).ravel()  # vec(params.T), as test_causality: index term * k + equation
    cb = C @ b
    stat = float(cb @ np.linalg.inv(C @ res.cov_params() @ C.T) @ cb)
    df = len(rows)
    from scipy import stats
    return {"p": p, "d_max": dmax, "statistic": stat, "df": df, "p_value": float(stats.chi2.sf(stat, df))}


def vecm_cases(labels, names, y):
    """statsmodels VECM on the levels: k_ar_diff = p - 1, the rank given; deterministic "ci" (constant in the
    relation, Johansen case 2) and "co" (unrestricted constant, case 3)."""
    from statsmodels.tsa.vector_ar.vecm import VECM
    out = []
    for det, case in (("ci", 2), ("co", 3)):
        for p, r in ((2, 1), (3, 2)):
            res = VECM(pd.DataFrame(y, columns=names), k_ar_diff=p - 1, coint_rank=r, deterministic=det).fit()
            out.append({"deterministic": det, "case": case, "lags": p, "rank": r,
                        "alpha": np.asarray(res.alpha).tolist(), "beta": np.asarray(res.beta).tolist(),
                        "gamma": np.asarray(res.gamma).tolist(), "var_rep": np.asarray(res.var_rep).tolist()})
    return {"labels": labels, "variables": names, "data": y.tolist(), "fits": out}


def main():
    cases = []
    labels, names, y, infl = macro()
    cases.append(fit_case("macrodata_c", labels, names, y, 2, "c", 8, 10, ["realinv"], ["realgdp"], dmax=0))
    cases.append(fit_case("macrodata_ct", labels, names, y, 3, "ct", 6, 8, ["realcons", "realinv"], ["realgdp"]))
    cases.append(fit_case("macrodata_exog", labels, names, y, 2, "c", 4, 6, ["realgdp"], ["realinv"],
                          exog=infl.reshape(-1, 1), exog_names=["infl"]))
    dl, dn, dy = denmark()
    cases.append(fit_case("denmark_levels", dl, dn, dy, 2, "c", 5, 12, ["LRY"], ["LRM"], dmax=1))
    cl, cn, cy = china_us()
    cases.append(fit_case("china_us_levels", cl, cn, cy, 1, "c", 3, 8, ["lnimp"], ["lnexp"], dmax=1,
                          whiteness_lags=6))
    vecm = vecm_cases(dl, dn, dy)
    json.dump({"statsmodels": statsmodels.__version__, "cases": cases, "vecm": vecm}, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
