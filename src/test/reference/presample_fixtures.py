#!/usr/bin/python3
"""Reference values for tests run with presample values (the EViews convention).

Run from the repository root:  /usr/bin/python3 src/test/reference/presample_fixtures.py
Writes src/test/resources/fixtures/presample_reference.json.

With a sample 2005-2018 and presample values, the estimation sample of every test is exactly 2005-2018: the
lags and differences of the first observations reach into 2004, 2003, ... Each regression below is fitted with
statsmodels OLS by hand on those rows (the design built here, not by the project), and cross-checked against
statsmodels' adfuller on the stretch of data whose regression sample is 2005-2018. Data: the bundled
sample-data/china_us_annual.csv (U.S. goods exports to and imports from China, millions of USD, Census).
"""
import json

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm
from statsmodels.tsa.stattools import adfuller

SOURCE = "sample-data/china_us_annual.csv"
OUT = "src/test/resources/fixtures/presample_reference.json"

raw = pd.read_csv(SOURCE, index_col=0)
years = [int(y) for y in raw.index]
x = raw["us_goods_exports_china_musd"].astype(float)
m = raw["us_goods_imports_china_musd"].astype(float)
lx = np.log(x)
lm = np.log(m)


def rows(first, last):
    return [y for y in years if first <= y <= last]


def fit(y, cols, names):
    X = np.column_stack(cols)
    r = sm.OLS(np.asarray(y, dtype=float), X).fit()
    return r, {"names": names, "coefficients": list(map(float, r.params)), "std_errors": list(map(float, r.bse)),
               "t": list(map(float, r.tvalues)), "nobs": int(r.nobs), "ssr": float(r.ssr), "aic": float(r.aic)}


def adf_rows(s, t_years, lags, trend):
    """d(s)_t on s_{t-1}, d(s)_{t-1..t-lags}, const[, trend 1..n] for t in t_years."""
    d = s.diff()
    y = [d[t] for t in t_years]
    cols = [[s[t - 1] for t in t_years]]
    names = ["level(-1)"]
    for j in range(1, lags + 1):
        cols.append([d[t - j] for t in t_years])
        names.append("d(-%d)" % j)
    cols.append([1.0] * len(t_years))
    names.append("const")
    if trend == "ct":
        cols.append(list(range(1, len(t_years) + 1)))
        names.append("trend")
    return fit(y, cols, names)


cases = {}

# A: log exports in levels, constant, 1 lag, sample 2005-2018.
sample = rows(2005, 2018)
_, a = adf_rows(lx, sample, 1, "c")
stretch = lx[(lx.index >= 2003) & (lx.index <= 2018)].values
check = adfuller(stretch, maxlag=1, autolag=None, regression="c", regresults=False)
a["adfuller_on_2003_2018"] = float(check[0])
a["sample"] = [2005, 2018]
cases["adf_level_c_1"] = a

# B: first difference of log exports, constant and trend, 2 lags: the differences of 2005.. use 2002-2004.
dlx = lx.diff()
_, b = adf_rows(dlx, sample, 2, "ct")
stretch = dlx[(dlx.index >= 2002) & (dlx.index <= 2018)].values
b["adfuller_on_2002_2018"] = float(adfuller(stretch, maxlag=2, autolag=None, regression="ct")[0])
b["sample"] = [2005, 2018]
cases["adf_diff_ct_2"] = b

# C: AIC among 0..3 lags, every candidate on 2005-2018 (as EViews with presample values).
by_lag = []
best = None
for p in range(0, 4):
    _, c = adf_rows(lx, sample, p, "c")
    by_lag.append(c["aic"])
    if best is None or c["aic"] < best[1]["aic"]:
        best = (p, c)
cases["adf_level_c_aic3"] = {"aic_by_lag": by_lag, "lags": best[0], "t": best[1]["t"], "nobs": best[1]["nobs"],
                             "sample": [2005, 2018]}

# D: too few presample values: sample 1996-2010, 2 lags, only 1995 before it; the regression starts in 1998.
_, dd = adf_rows(lx, rows(1998, 2010), 2, "c")
stretch = lx[(lx.index >= 1995) & (lx.index <= 2010)].values
dd["adfuller_on_1995_2010"] = float(adfuller(stretch, maxlag=2, autolag=None, regression="c")[0])
dd["sample"] = [1996, 2010]
dd["first"] = 1998
cases["adf_short_presample"] = dd

# E: OLS of log imports on its lag, d(log exports) and its lag, constant, 2005-2018.
_, e = fit([lm[t] for t in sample],
           [[1.0] * len(sample), [lm[t - 1] for t in sample], [dlx[t] for t in sample], [dlx[t - 1] for t in sample]],
           ["const", "log(m)(-1)", "d(log(x))", "d(log(x))(-1)"])
e["sample"] = [2005, 2018]
cases["ols_lags"] = e

# F: Granger, 2 lags, 2005-2018: does log exports Granger-cause log imports, and the reverse.
def granger(cause, effect, p):
    y = [effect[t] for t in sample]
    base = [[1.0] * len(sample)] + [[effect[t - j] for t in sample] for j in range(1, p + 1)]
    rr, _ = fit(y, base, ["c"] * (1 + p))
    ru, _ = fit(y, base + [[cause[t - j] for t in sample] for j in range(1, p + 1)], ["c"] * (1 + 2 * p))
    df_denom = len(sample) - 2 * p - 1
    f = (rr.ssr - ru.ssr) / p / (ru.ssr / df_denom)
    return {"f": float(f), "df_num": p, "df_denom": df_denom, "nobs": len(sample), "ssr_restricted": float(rr.ssr),
            "ssr_unrestricted": float(ru.ssr)}


cases["granger_x_to_m_2"] = granger(lx, lm, 2)
cases["granger_m_to_x_2"] = granger(lm, lx, 2)

cases["granger_x_to_m_1"] = granger(lx, lm, 1)

# G: VAR(2) with a constant of (log(x), log(m)) on 2005-2018: each equation by OLS on those rows.
var = {}
for name, dep in (("log(x)", lx), ("log(m)", lm)):
    cols = [[1.0] * len(sample)]
    names = ["const"]
    for j in (1, 2):
        for vn, v in (("log(x)", lx), ("log(m)", lm)):
            cols.append([v[t - j] for t in sample])
            names.append("%s(-%d)" % (vn, j))
    _, eq = fit([dep[t] for t in sample], cols, names)
    var[name] = eq
cases["var2"] = {"equations": var, "nobs": len(sample), "sample": [2005, 2018]}

out = {
    "generated_by": "src/test/reference/presample_fixtures.py",
    "statsmodels": statsmodels.__version__,
    "source": SOURCE,
    "series": {"years": years, "x": [None if np.isnan(v) else float(v) for v in x],
               "m": [None if np.isnan(v) else float(v) for v in m]},
    "cases": cases,
}
with open(OUT, "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print("wrote", OUT)
