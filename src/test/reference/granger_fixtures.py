#!/usr/bin/python3
"""Reference values for Granger causality and VAR lag order selection.

Run from the repository root:  /usr/bin/python3 src/test/reference/granger_fixtures.py
Writes src/test/resources/fixtures/granger_reference.json with, for each case and lag order, statsmodels'
grangercausalitytests 'ssr_ftest' and 'ssr_chi2test' and R's lmtest::grangertest F and p-value (called through
Rscript), plus statsmodels' VAR(...).select_order(maxlags) criteria. Data: lmtest's ChickEgg, urca's denmark,
the project's curated China-US files.
"""
import io
import json
import math
import subprocess
import sys

import numpy as np
import pandas as pd
import statsmodels
from statsmodels.tsa.api import VAR
from statsmodels.tsa.stattools import grangercausalitytests


def r_dataset(expr):
    code = "options(digits=17); d <- %s; write.csv(d, stdout(), row.names=FALSE)" % expr
    out = subprocess.run(["Rscript", "-e", code], check=True, capture_output=True, text=True).stdout
    return pd.read_csv(io.StringIO(out), float_precision="round_trip")


def r_grangertest(effect, cause, order):
    """lmtest::grangertest(effect ~ cause): does cause Granger-cause effect."""
    csv = pd.DataFrame({"effect": effect, "cause": cause}).to_csv(index=False, float_format="%.17g")
    code = ("suppressMessages(library(lmtest)); d <- read.csv(file('stdin')); "
            "g <- grangertest(effect ~ cause, order=%d, data=d); "
            "cat(sprintf('%%.17g %%.17g %%d %%d', g$F[2], g[['Pr(>F)']][2], -g$Df[2], g$Res.Df[1]))" % order)
    out = subprocess.run(["Rscript", "-e", code], input=csv, check=True, capture_output=True, text=True).stdout
    f, p, df1, df2 = out.split()
    return {"f": float(f), "p": float(p), "df_num": int(df1), "df_denom": int(df2)}


def num(v):
    v = float(v)
    return None if not math.isfinite(v) else v


def granger_case(name, raw, cause_expr, effect_expr, cause, effect, max_lag, var_maxlags):
    pair = pd.concat([effect.rename("effect"), cause.rename("cause")], axis=1)
    valid = pair.dropna()
    # the workbench trims leading/trailing gaps; the cases below have none inside
    assert len(valid) == valid.index[-1] - valid.index[0] + 1, name
    lags = []
    res = grangercausalitytests(valid[["effect", "cause"]].to_numpy(), max_lag, verbose=False)
    for p in range(1, max_lag + 1):
        t = res[p][0]
        f, fp, dfd, dfn = t["ssr_ftest"]
        c, cp, cdf = t["ssr_chi2test"]
        lags.append({"lags": p, "f": num(f), "p": num(fp), "df_num": int(dfn), "df_denom": int(dfd),
                     "chi2": num(c), "chi2_p": num(cp), "nobs": len(valid) - p,
                     "r": r_grangertest(valid["effect"].to_numpy(), valid["cause"].to_numpy(), p)})
    sel = VAR(valid[["effect", "cause"]].to_numpy()).select_order(var_maxlags)
    var = {"maxlags": var_maxlags,
           "aic": [num(v) for v in sel.ics["aic"]], "bic": [num(v) for v in sel.ics["bic"]],
           "hqic": [num(v) for v in sel.ics["hqic"]], "fpe": [num(v) for v in sel.ics["fpe"]],
           "selected": {k: int(v) for k, v in sel.selected_orders.items()}}
    return {"name": name, "columns": {c: [num(v) for v in raw[c]] for c in raw.columns},
            "cause": cause_expr, "effect": effect_expr, "first_row": int(valid.index[0]),
            "last_row": int(valid.index[-1]), "tests": lags, "var": var}


def main():
    cases = []
    ce = r_dataset("{library(lmtest); data(ChickEgg); as.data.frame(ChickEgg)}")
    cases.append(granger_case("chickegg_egg_causes_chicken", ce, "egg", "chicken", ce["egg"], ce["chicken"], 4,
                              4))
    cases.append(granger_case("chickegg_chicken_causes_egg", ce, "chicken", "egg", ce["chicken"], ce["egg"], 4,
                              4))
    dk = r_dataset("{library(urca); data(denmark); denmark[, c('LRM','LRY','IBO')]}")
    cases.append(granger_case("denmark_income_money", dk, "LRY", "LRM", dk["LRY"], dk["LRM"], 5, 5))
    cases.append(granger_case("denmark_diff_rate_money", dk, "d(IBO)", "d(LRM)", dk["IBO"].diff(),
                              dk["LRM"].diff(), 3, 4))
    cur = pd.read_csv("../shared/data/curated/china_us_hitech_annual.csv", float_precision="round_trip")
    raw = cur[["cn_patent_apps_nonresident", "us_goods_imports_china_musd", "us_goods_exports_china_musd"]]
    cases.append(granger_case("curated_patents_deficit", raw, "log(cn_patent_apps_nonresident)",
                              "log(us_goods_imports_china_musd - us_goods_exports_china_musd)",
                              np.log(cur["cn_patent_apps_nonresident"]),
                              np.log(cur["us_goods_imports_china_musd"] - cur["us_goods_exports_china_musd"]), 2,
                              2))
    mon = pd.read_csv("../shared/data/curated/us_china_goods_monthly.csv", float_precision="round_trip")
    mraw = mon[["us_exports_to_china_musd", "us_imports_from_china_musd"]]
    cases.append(granger_case("monthly_exports_imports", mraw, "d(log(us_exports_to_china_musd))",
                              "d(log(us_imports_from_china_musd))",
                              np.log(mon["us_exports_to_china_musd"]).diff(),
                              np.log(mon["us_imports_from_china_musd"]).diff(), 12, 12))
    out = {"generator": "src/test/reference/granger_fixtures.py", "statsmodels": statsmodels.__version__,
           "cases": cases}
    with open("src/test/resources/fixtures/granger_reference.json", "w") as f:
        json.dump(out, f, indent=1)
    print("wrote %d cases" % len(cases), file=sys.stderr)


if __name__ == "__main__":
    main()
