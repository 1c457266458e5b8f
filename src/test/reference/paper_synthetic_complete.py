"""A SYNTHETIC annual US-China ATP series for 2004-2018 (made-up numbers, a TEST FIXTURE, not data) and the
statsmodels values of equation (2) and Table 3 on the bundled sample completed with it.

Writes src/test/resources/fixtures/paper/SYNTHETIC_TEST_FIXTURE_atp_annual_china.csv and
src/test/resources/fixtures/paper/synthetic_complete_reference.json. Run from the repository root:
    /usr/bin/python3 src/test/reference/paper_synthetic_complete.py
"""
import csv
import json

import numpy as np
import statsmodels
import statsmodels.api as sm
from statsmodels.tsa.stattools import grangercausalitytests

OUT = "src/test/resources/fixtures/paper/"
rng = np.random.default_rng(20041218)
years = list(range(2004, 2019))
exports = [round(20000 + 1500 * i + rng.normal(0, 800), 1) for i in range(len(years))]
imports = [round(75000 + 9000 * i + rng.normal(0, 4000), 1) for i in range(len(years))]
with open(OUT + "SYNTHETIC_TEST_FIXTURE_atp_annual_china.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["year", "us_china_atp_exports_musd", "us_china_atp_imports_musd"])
    for y, x, m in zip(years, exports, imports):
        w.writerow([y, x, m])

sample = {int(r["year"]): r for r in csv.DictReader(open("sample-data/china_us_annual.csv"))}


def col(name):
    return np.array([float(sample[y][name]) if sample[y][name] else np.nan for y in years])


ex = np.array(exports)
im = np.array(imports)
lny = np.log((im - ex) / 100)
ratio = ex / col("us_atp_exports_world_musd")
patent = np.log(col("cn_patent_apps_nonresident"))
fdigdp = col("cn_fdi_net_inflows_pct_gdp")
lag = np.concatenate([[np.nan], lny[:-1]])
X = np.column_stack([np.ones(len(years)), lag, ratio, patent, fdigdp])
ok = ~np.isnan(X).any(axis=1) & ~np.isnan(lny)
fit = sm.OLS(lny[ok], X[ok]).fit()
out = {"tool": "statsmodels " + statsmodels.__version__, "eq2": {}, "granger_lags": 2, "table3": {}}
for name, b in zip(["const", "lny(-1)", "RATIO", "PATENT", "FDIGDP"], fit.params):
    out["eq2"][name] = float(b)
out["eq2_nobs"] = int(fit.nobs)
series = {"lny": lny, "RATIO": ratio, "PATENT": patent, "FDIGDP": fdigdp}
for cause in ["RATIO", "PATENT", "FDIGDP"]:
    for c, e in [(cause, "lny"), ("lny", cause)]:
        data = np.column_stack([series[e], series[c]])
        data = data[~np.isnan(data).any(axis=1)]
        res = grangercausalitytests(data, maxlag=[2], verbose=False)[2][0]["ssr_ftest"]
        out["table3"][c + "->" + e] = {"f": float(res[0]), "p": float(res[1])}
with open(OUT + "synthetic_complete_reference.json", "w") as f:
    json.dump(out, f, indent=2)
    f.write("\n")
