#!/usr/bin/python3
"""Reference values for the Zivot-Andrews test.

Run with Debian's Python (statsmodels 0.13.5, numpy, pandas) and R with urca and jsonlite installed:
    /usr/bin/python3 src/test/reference/zivot_andrews_fixtures.py
from the repository root. Writes src/test/resources/fixtures/zivot_andrews_reference.json, which holds the input
series too, so the tests need neither Python nor R.

Series (all real, published data):
- the bundled sample data (sample-data/): ln of US goods imports from China 1995-2019 (annual, U.S. Census
  Bureau), ln of monthly US exports to and imports from China 1987-2024 (U.S. Census Bureau);
- statsmodels.datasets.macrodata (FRED, Federal Reserve Bank of St. Louis): ln realgdp, ln cpi, 1959Q1-2009Q3;
- statsmodels.datasets.nile: the Nile's annual volume at Aswan 1871-1970 (Cobb 1978);
- statsmodels.datasets.sunspots: yearly sunspot numbers 1700-2008 (SIDC).

statsmodels: zivot_andrews(x, trim, maxlag, regression, autolag) -> stat, p-value, critical values, lags, bpidx.
urca: ur.za(x, model, lag) -> the t statistic at every break date (slot tstats) for a fixed lag; ur.za has no
trimming and puts its dummies differently (see docs/unit-roots.md), so the tests compare its statistic at each
date the workbench considers, mapped to the same regression.
"""
import json
import os
import subprocess
import sys

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm
from statsmodels.tsa.stattools import zivot_andrews

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SAMPLE = os.path.join(ROOT, "sample-data")
OUT = os.path.join(ROOT, "src", "test", "resources", "fixtures", "zivot_andrews_reference.json")


def load_series():
    annual = pd.read_csv(os.path.join(SAMPLE, "china_us_annual.csv")).set_index("year")
    monthly = pd.read_csv(os.path.join(SAMPLE, "us_china_goods_monthly.csv"))
    macro = sm.datasets.macrodata.load_pandas().data
    series = {
        "ln_us_goods_imports_china_1995_2019": np.log(annual.loc[1995:2019, "us_goods_imports_china_musd"]),
        "ln_us_exports_to_china_monthly": np.log(monthly["us_exports_to_china_musd"].astype(float)),
        "ln_us_imports_from_china_monthly": np.log(monthly["us_imports_from_china_musd"].astype(float)),
        "ln_realgdp": np.log(macro["realgdp"]),
        "ln_cpi": np.log(macro["cpi"]),
        "nile_volume": sm.datasets.nile.load_pandas().data["volume"],
        "sunspots": sm.datasets.sunspots.load_pandas().data["SUNACTIVITY"],
    }
    out = {}
    for k, v in series.items():
        a = np.asarray(v, dtype=float)
        assert np.all(np.isfinite(a)), k
        out[k] = [float(z) for z in a]
    return out


def adf_default_maxlag(n):
    return min(n // 2 - 3, int(np.ceil(12.0 * (n / 100.0) ** 0.25)))


def refusal(n, lags, trim, regression):
    """Where the workbench refuses a case: statsmodels then fails or, with its row slices gone negative, builds a
    design from the wrong rows. Mirrors ZivotAndrews.checkIdentified."""
    rows = n - 1 - lags
    dummies = 2 if regression == "ct" else 1
    if rows - (lags + 3 + dummies) < 1:
        return "too few observations for the lags"
    trimcnt = int(n * trim)
    shift = 1 if regression == "t" else 0
    s_min = trimcnt - lags - shift
    if s_min < (1 if regression == "c" else 2):
        return "earliest break leaves too few rows before it"
    return None


def za_case(name, x, regression, autolag, maxlag, trim=0.15):
    n = len(x)
    case = {"series": name, "regression": regression, "autolag": autolag, "maxlag": maxlag, "trim": trim}
    if autolag is not None:
        m = maxlag if maxlag is not None else adf_default_maxlag(n)
        if (n - 1 - m) - (3 + m) <= 0:
            case["error"] = "no residual degrees of freedom in the lag search"
            return case
    if autolag is None:
        lags = maxlag if maxlag else int(12.0 * np.power(n / 100.0, 1 / 4.0))
    else:
        lags = sm.tsa.adfuller(np.array(x), maxlag=maxlag, regression="ct", autolag=autolag)[2]
    why = refusal(n, lags, trim, regression)
    if why is not None:
        case["error"] = why
        case["lags"] = int(lags)
        return case
    stat, p, cv, used, bpidx = zivot_andrews(np.array(x, dtype=float), trim=trim, maxlag=maxlag,
                                             regression=regression, autolag=autolag)
    case.update({"statistic": float(stat), "p_value": float(p), "crit_1": float(cv["1%"]),
                 "crit_5": float(cv["5%"]), "crit_10": float(cv["10%"]), "lags": int(used), "bpidx": int(bpidx)})
    return case


def urca_cases(series):
    wanted = []
    for name, x in series.items():
        for model in ("intercept", "trend", "both"):
            for lag in (0, 1, 4):
                wanted.append({"series": name, "model": model, "lag": lag})
    payload = [{"x": series[c["series"]], "model": c["model"], "lag": c["lag"]} for c in wanted]
    code = (
        "library(urca); library(jsonlite);"
        "cases <- fromJSON(file('stdin'), simplifyVector = FALSE);"
        "out <- lapply(cases, function(c) { z <- ur.za(unlist(c$x), model = c$model, lag = c$lag);"
        " list(tstats = as.numeric(z@tstats), teststat = as.numeric(z@teststat), bpoint = z@bpoint) });"
        "cat(toJSON(out, digits = NA, auto_unbox = TRUE))"
    )
    res = subprocess.run(["Rscript", "-e", code], input=json.dumps(payload), check=True,
                         capture_output=True, text=True)
    version = subprocess.run(["Rscript", "-e", "cat(as.character(packageVersion('urca')))"], check=True,
                             capture_output=True, text=True).stdout.strip()
    for c, r in zip(wanted, json.loads(res.stdout)):
        # tstats[z - 1] is urca's regression with the dummies zero on its first z observations, z = 1..n-1.
        c.update({"tstats": [float(v) if v is not None else None for v in r["tstats"]],
                  "teststat": float(r["teststat"]), "bpoint": int(r["bpoint"])})
    return wanted, version


def main():
    series = load_series()
    za = []
    for name, x in series.items():
        for regression in ("c", "t", "ct"):
            specs = [("AIC", None), ("BIC", None), ("t-stat", None), ("AIC", 2), ("t-stat", 4), (None, 1),
                     (None, 3), (None, None)]
            for autolag, maxlag in specs:
                za.append(za_case(name, x, regression, autolag, maxlag))
            for trim in (0.05, 0.25, 1.0 / 3.0):
                za.append(za_case(name, x, regression, "AIC", 2, trim=trim))
    urca, urca_version = urca_cases(series)
    out = {
        "generator": "src/test/reference/zivot_andrews_fixtures.py",
        "statsmodels": statsmodels.__version__,
        "numpy": np.__version__,
        "urca": urca_version,
        "series": series,
        "zivot_andrews": za,
        "urca_za": urca,
    }
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1)
    print("wrote %s: %d statsmodels cases (%d refused), %d urca cases" % (
        OUT, len(za), sum("error" in c for c in za), len(urca)), file=sys.stderr)


if __name__ == "__main__":
    main()
