# Recursive least squares from statsmodels 0.13.5 RecursiveLS, for OlsCusumSquaresStatsmodelsTest and
# OlsRecursiveCoefficientsStatsmodelsTest: the CUSUM of squares (cusum_squares) with its 5% bounds
# (_cusum_squares_significance_bounds, Edgerton and Wells 1994, at the points k + 1 .. n), the recursive residuals
# and the recursive coefficients (recursive_coefficients: filtered values and the square roots of filtered_cov).
# The models and series are those of ols_hac_auto_r.json (the bundled paper sample, the Census monthly trade with
# China, the Nile on its lag and a trend). Run from the repository root with Debian's Python:
#   /usr/bin/python3 src/test/reference/ols_recursive_statsmodels_fixtures.py
import json

import numpy as np
import statsmodels
import statsmodels.api as sm

FIXTURES = "src/test/resources/fixtures/"
source = json.load(open(FIXTURES + "ols_hac_auto_r.json"))["cases"]
cases = []
for c in source:
    if not c["constant"]:
        continue
    y = np.array(c["columns"][c["y"]], dtype=float)
    x = sm.add_constant(np.column_stack([np.array(c["columns"][v], dtype=float) for v in c["x"]]))
    n, k = x.shape
    res = sm.RecursiveLS(y, x).fit()
    lower, upper = res._cusum_squares_significance_bounds(0.05, points=np.arange(k + 1, n + 1))
    rc = res.recursive_coefficients
    filtered = np.asarray(rc.filtered)          # k x n, column t after t + 1 observations
    se = np.sqrt(np.array([np.diag(rc.filtered_cov[:, :, t]) for t in range(n)]).T)
    cases.append({"name": c["name"], "y": c["y"], "x": c["x"], "n": n, "k": k,
                  "resid_recursive": res.resid_recursive[k:].tolist(),
                  "cusum_squares": np.asarray(res.cusum_squares).tolist(),
                  "lower": np.asarray(lower).tolist(), "upper": np.asarray(upper).tolist(),
                  "scale": float(res.scale),
                  # From the fit on the first k observations on.
                  "coefficients": filtered[:, k - 1:].tolist(), "standard_errors": se[:, k - 1:].tolist()})
with open(FIXTURES + "ols_recursive_statsmodels.json", "w") as f:
    json.dump({"generator": "src/test/reference/ols_recursive_statsmodels_fixtures.py",
               "statsmodels": statsmodels.__version__, "series_from": "ols_hac_auto_r.json",
               "cases": cases}, f, indent=1)
    f.write("\n")
