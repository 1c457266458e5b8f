#!/usr/bin/python3
"""Reference values for the short-run Granger causality test inside a VECM from statsmodels 0.13.5
(VECMResults.test_granger_causality).

Run: /usr/bin/python3 src/test/reference/vecm_causality_statsmodels.py \
         > src/test/resources/fixtures/vecm_causality_statsmodels.json

Data: urca's denmark (LRM, LRY, IBO, IDE in levels), read with R as in var_fixtures.py. For every ordered pair
(causing, caused): the F statistic, its degrees of freedom and p-value.
"""
import json
import sys

import pandas as pd
import statsmodels
from statsmodels.tsa.vector_ar.vecm import VECM

from var_fixtures import denmark


def main():
    labels, names, y = denmark()
    fits = []
    for det, case in (("ci", 2), ("co", 3)):
        for p, r in ((2, 1), (3, 2)):
            res = VECM(pd.DataFrame(y, columns=names), k_ar_diff=p - 1, coint_rank=r, deterministic=det).fit()
            tests = []
            for caused in names:
                for causing in names:
                    if causing == caused:
                        continue
                    t = res.test_granger_causality(caused, [causing])
                    tests.append({"causing": causing, "caused": caused, "f": float(t.test_statistic),
                                  "df": [int(t.df[0]), int(t.df[1])], "p_value": float(t.pvalue)})
            fits.append({"deterministic": det, "case": case, "lags": p, "rank": r, "tests": tests})
    json.dump({"statsmodels": statsmodels.__version__, "labels": labels, "variables": names, "data": y.tolist(),
               "fits": fits}, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
