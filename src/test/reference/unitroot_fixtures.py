#!/usr/bin/python3
"""Reference values for the ADF and KPSS tests.

Run with Debian's Python (statsmodels 0.13.5, numpy, pandas) and R with urca and jsonlite installed, after
`mvn -o -q test-compile` (the benchmark's random walk comes from the project's seeded generator):
    /usr/bin/python3 src/test/reference/unitroot_fixtures.py
from the repository root. Writes src/test/resources/fixtures/unitroot_statsmodels.json, which holds the input
series too, so the tests need neither Python nor R nor ../shared.

Series: R datasets Nile, lynx, LakeHuron, log(AirPassengers); urca's Danish money demand data (LRM, IBO);
the curated China/US annual file (ln of China's nonresident patent applications 2004-2017, the paper's PATENT;
ln of US goods imports from China 1995-2019) and the curated monthly US exports to China; a seeded Gaussian
random walk.
"""
import json
import math
import os
import subprocess
import sys
import warnings

import numpy as np
import pandas as pd
import statsmodels
from statsmodels.tools.sm_exceptions import InterpolationWarning
from statsmodels.tsa.adfvalues import mackinnoncrit, mackinnonp
from statsmodels.tsa.stattools import adfuller, kpss

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
CURATED = os.path.join(ROOT, "..", "shared", "data", "curated")
OUT = os.path.join(ROOT, "src", "test", "resources", "fixtures", "unitroot_statsmodels.json")

R_EXPORT = r"""
library(jsonlite)
data(denmark, package = "urca")
out <- list(
  Nile = as.numeric(Nile),
  lynx = as.numeric(lynx),
  LakeHuron = as.numeric(LakeHuron),
  log_AirPassengers = log(as.numeric(AirPassengers)),
  denmark_LRM = denmark$LRM,
  denmark_IBO = denmark$IBO
)
cat(toJSON(out, digits = NA))
"""


def r_json(code):
    res = subprocess.run(["Rscript", "-e", code], check=True, capture_output=True, text=True)
    return json.loads(res.stdout)


def load_series():
    series = {k: [float(v) for v in vals] for k, vals in r_json(R_EXPORT).items()}
    annual = pd.read_csv(os.path.join(CURATED, "china_us_hitech_annual.csv")).set_index("year")
    series["ln_patent_nonresident_2004_2017"] = list(np.log(annual.loc[2004:2017, "cn_patent_apps_nonresident"]))
    series["ln_us_goods_imports_china_1995_2019"] = list(
        np.log(annual.loc[1995:2019, "us_goods_imports_china_musd"]))
    monthly = pd.read_csv(os.path.join(CURATED, "us_china_goods_monthly.csv"))
    series["us_exports_to_china_monthly"] = list(monthly["us_exports_to_china_musd"].astype(float))
    rng = np.random.default_rng(20240607)
    series["random_walk_3000"] = list(np.cumsum(rng.standard_normal(3000)))
    return {k: [float(v) for v in vals] for k, vals in series.items()}


def finite(v):
    return v is not None and math.isfinite(v)


def adf_case(name, x, trend, diff, lags=None, autolag=None, maxlag=None):
    y = np.diff(np.asarray(x), n=diff) if diff else np.asarray(x)
    case = {"series": name, "trend": trend, "diff": diff, "lags": lags, "autolag": autolag, "maxlag": maxlag}
    if autolag is not None:
        # statsmodels fits a candidate with no residual degrees of freedom and may choose it (a meaningless
        # statistic). The workbench refuses such a maximum lag when the user set it; when it is the default rule's,
        # it lowers it to the largest that keeps one degree of freedom, (n - 3 - ntrend) // 2, and statsmodels is
        # asked with that maximum.
        n = len(y)
        ntrend = len(trend) if trend != "n" else 0
        m = maxlag if maxlag is not None else min(n // 2 - ntrend - 1, int(np.ceil(12.0 * (n / 100.0) ** 0.25)))
        if 0 <= m <= n // 2 - ntrend - 1 and (n - 1 - m) - (ntrend + 1 + m) <= 0:
            if maxlag is not None:
                case["error"] = "no residual degrees of freedom"
                return case
            case["lowered_maxlag"] = max(0, (n - 3 - ntrend) // 2)
    searched = case.get("lowered_maxlag", maxlag)
    try:
        if autolag is None:
            stat, p, used, nobs, crit = adfuller(y, maxlag=lags, regression=trend, autolag=None)
            ic = None
        else:
            stat, p, used, nobs, crit, ic = adfuller(y, maxlag=searched, regression=trend, autolag=autolag)
    except (ValueError, np.linalg.LinAlgError) as e:
        case["error"] = str(e)
        return case
    if not (finite(stat) and finite(p) and (ic is None or finite(ic))):
        return None
    case.update({"statistic": stat, "p_value": p, "used_lags": int(used), "nobs": int(nobs),
                 "crit_1": crit["1%"], "crit_5": crit["5%"], "crit_10": crit["10%"], "ic_best": ic})
    return case


def kpss_case(name, x, trend, diff, nlags):
    y = np.diff(np.asarray(x), n=diff) if diff else np.asarray(x)
    case = {"series": name, "trend": trend, "diff": diff, "nlags": nlags}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            stat, p, lags, crit = kpss(y, regression=trend, nlags=nlags)
        except ValueError as e:
            case["error"] = str(e)
            return case
    flagged = any(issubclass(w.category, InterpolationWarning) for w in caught)
    case.update({"statistic": stat, "p_value": p, "used_lags": int(lags), "beyond_table": flagged,
                 "crit_10": crit["10%"], "crit_5": crit["5%"], "crit_2_5": crit["2.5%"], "crit_1": crit["1%"]})
    return case


def urca_taus(series, cases):
    """R urca ur.df tau statistics for fixed-lag cases (type none/drift/trend, lags = lagged differences)."""
    wanted = [c for c in cases if c.get("autolag") is None and "statistic" in c and c["lags"] in (0, 2)]
    payload = [{"x": list(np.diff(series[c["series"]], n=c["diff"])) if c["diff"] else series[c["series"]],
                "type": {"n": "none", "c": "drift", "ct": "trend"}[c["trend"]], "lags": c["lags"]}
               for c in wanted]
    code = (
        "library(urca); library(jsonlite);"
        "cases <- fromJSON(file('stdin'), simplifyVector = FALSE);"
        "out <- sapply(cases, function(c) ur.df(unlist(c$x), type = c$type, lags = c$lags)@teststat[1]);"
        "cat(toJSON(out, digits = NA))"
    )
    res = subprocess.run(["Rscript", "-e", code], input=json.dumps(payload), check=True,
                         capture_output=True, text=True)
    taus = json.loads(res.stdout)
    for c, t in zip(wanted, taus):
        c["urca_tau"] = float(t)


def large_walk():
    """statsmodels on the benchmark's 100,000-point walk, generated by the project's own seeded generator
    (java.util.Random is specified exactly), so the fixture holds only the results."""
    cp = os.path.join(ROOT, "target", "classes")
    res = subprocess.run(["java", "-cp", cp, "org.tradeworkbench.core.bench.RandomWalk", "100000"], check=True,
                         capture_output=True, text=True)
    x = np.array([float(v) for v in res.stdout.split()])
    out = []
    for trend, autolag in (("c", "AIC"), ("c", "t-stat")):
        stat, p, used, nobs, crit, ic = adfuller(x, regression=trend, autolag=autolag)
        out.append({"n": len(x), "seed": 20240607, "trend": trend, "autolag": autolag, "statistic": stat,
                    "p_value": p, "used_lags": int(used), "nobs": int(nobs), "crit_1": crit["1%"],
                    "crit_5": crit["5%"], "crit_10": crit["10%"], "ic_best": ic})
    return out


def main():
    """Needs `mvn -o -q test-compile` first (for the random-walk generator)."""
    series = load_series()
    adf = []
    for name, x in series.items():
        for trend in ("n", "c", "ct"):
            for diff in (0, 1, 2):
                for spec in ({"lags": 0}, {"lags": 2}, {"lags": 4}, {"autolag": "AIC"}, {"autolag": "BIC"},
                             {"autolag": "t-stat"}, {"autolag": "AIC", "maxlag": 3}, {"autolag": "t-stat", "maxlag": 6}):
                    c = adf_case(name, x, trend, diff, **spec)
                    if c is not None:
                        adf.append(c)
    urca_taus(series, adf)
    kp = []
    for name, x in series.items():
        for trend in ("c", "ct"):
            for diff in (0, 1):
                for nlags in ("auto", "legacy", 0, 3):
                    kp.append(kpss_case(name, x, trend, diff, nlags))
    grid = []
    for trend in ("n", "c", "ct"):
        for t in np.arange(-20.0, 3.0001, 0.05):
            grid.append({"trend": trend, "statistic": float(round(t, 2)),
                         "p_value": float(mackinnonp(float(round(t, 2)), regression=trend, N=1))})
    crit = []
    for trend in ("n", "c", "ct"):
        for nobs in (10, 13, 25, 50, 100, 250, 1000, 99931):
            cv = mackinnoncrit(N=1, regression=trend, nobs=nobs)
            crit.append({"trend": trend, "nobs": nobs, "crit_1": cv[0], "crit_5": cv[1], "crit_10": cv[2]})
    out = {
        "generator": "src/test/reference/unitroot_fixtures.py",
        "statsmodels": statsmodels.__version__,
        "numpy": np.__version__,
        "series": series,
        "adf": adf,
        "kpss": kp,
        "mackinnonp": grid,
        "mackinnoncrit": crit,
        "large_walk": large_walk(),
    }
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1)
    print("wrote %s: %d ADF cases (%d with urca), %d KPSS cases" % (
        OUT, len(adf), sum("urca_tau" in c for c in adf), len(kp)), file=sys.stderr)


if __name__ == "__main__":
    main()
