#!/usr/bin/python3
"""Reference values for the impulse responses and variance decomposition of a VECM (core/analysis/var) from
statsmodels 0.13.5.

Run: /usr/bin/python3 src/test/reference/vecm_responses_statsmodels.py \
         > src/test/resources/fixtures/vecm_responses_statsmodels.json

Data: urca's denmark (Johansen-Juselius 1990, Danish money demand 1974Q1-1987Q3), LRM, LRY, IBO, IDE in levels,
read with R as in var_fixtures.py.

statsmodels' VECMResults.irf(H) gives the responses of the VAR in levels the VECM implies (var_rep): unit shocks
(irfs) and Cholesky shocks of the VECM's sigma_u (orth_irfs). statsmodels has no variance decomposition for a
VECM (its FEVD class calls VARResults-only methods), so the shares are formed here as statsmodels' FEVD does for
a VAR: cumulated squared orth_irfs over the forecast-error variance sum_h Phi_h sigma_u Phi_h' (Phi_h = irfs).
A second fit with the columns reversed gives the responses under the reversed Cholesky order.
"""
import json
import sys

import numpy as np
import pandas as pd
import statsmodels
from statsmodels.tsa.vector_ar.vecm import VECM

from var_fixtures import denmark


def shares(res, horizon):
    irfs = res.irf(horizon).irfs
    orth = res.irf(horizon).orth_irfs
    k = res.neqs
    out = []
    cum = np.zeros((k, k))
    mse = np.zeros((k, k))
    for h in range(horizon):
        cum += orth[h] ** 2
        mse += irfs[h] @ res.sigma_u @ irfs[h].T
        out.append((cum.T / np.diag(mse)).T.tolist())
    return out


def main():
    labels, names, y = denmark()
    fits = []
    horizon = 12
    for det, case in (("ci", 2), ("co", 3)):
        for p, r in ((2, 1), (3, 2)):
            res = VECM(pd.DataFrame(y, columns=names), k_ar_diff=p - 1, coint_rank=r, deterministic=det).fit()
            rev = VECM(pd.DataFrame(y[:, ::-1], columns=names[::-1]), k_ar_diff=p - 1, coint_rank=r,
                       deterministic=det).fit()
            irf = res.irf(horizon)
            fits.append({"deterministic": det, "case": case, "lags": p, "rank": r, "horizon": horizon,
                         "sigma_u": np.asarray(res.sigma_u).tolist(),
                         "unit": np.asarray(irf.irfs).tolist(), "orth": np.asarray(irf.orth_irfs).tolist(),
                         "orth_reversed_order": np.asarray(rev.irf(horizon).orth_irfs).tolist(),
                         "fevd": shares(res, horizon)})
    json.dump({"statsmodels": statsmodels.__version__, "labels": labels, "variables": names, "data": y.tolist(),
               "fits": fits}, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
