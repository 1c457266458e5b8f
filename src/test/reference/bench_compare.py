#!/usr/bin/python3
"""Side-by-side performance: the `bench` command against statsmodels, pandas and gretl, same machine, same run.

Run from the repository root after `mvn -B -o -q package -DskipTests` (needs target/trade-workbench.jar):
    /usr/bin/python3 src/test/reference/bench_compare.py [--repeat 5] [--ref-repeat 3] [--slow-repeat 1]
        [--cases adf,ols,granger,import,memory,adf-process] [--json-out FILE]

1. `bench --write-data DIR` writes the seeded inputs (walk.csv, ols.f64, granger.f64, numeric.csv) to a
   temporary directory, so both sides work on exactly the same numbers.
2. `bench --json` times our cases (median of --repeat runs after warm-up).
3. The reference cases, each after one warm-up call except the slow ADF (median of --slow-repeat runs):
   statsmodels adfuller(x, autolag="AIC"); OLS(y, add_constant(X)).fit() and .bse; grangercausalitytests
   looped over all ordered pairs of the 10 variables with maxlag=8 (lags 1..8); pandas read_csv.
4. Whole processes, alternated: our `adf --data walk.csv --column x --autolag aic` against gretlcli running
   `open walk.csv` and `adf 68 x --c --test-down=AIC`.
Prints the medians, the ratios (reference time / ours, so > 1 means we are faster), the targets of issue 6, and
checks that both sides computed the same statistics.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm
from statsmodels.tsa.stattools import adfuller, grangercausalitytests

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
JAR = os.path.join(ROOT, "target", "trade-workbench.jar")
ALL = ["adf", "ols", "granger", "import", "memory", "adf-process"]


def timed(fn, runs, warmup=1):
    for _ in range(warmup):
        fn()
    out, last = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        last = fn()
        out.append((time.perf_counter() - t0) * 1000)
    return statistics.median(out), out, last


def process_ms(cmd, cwd=None):
    t0 = time.perf_counter()
    res = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    ms = (time.perf_counter() - t0) * 1000
    if res.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({res.returncode}):\n{res.stderr}")
    return ms, res.stdout


def close(a, b, rel=1e-6):
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-300)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--ref-repeat", type=int, default=3)
    ap.add_argument("--slow-repeat", type=int, default=1)
    ap.add_argument("--cases", default=",".join(ALL))
    ap.add_argument("--json-out")
    ap.add_argument("--jar", default=JAR, help="the workbench jar (default target/trade-workbench.jar)")
    a = ap.parse_args()
    jar = a.jar
    cases = a.cases.split(",")
    tmp = tempfile.mkdtemp(prefix="tw-compare-")
    rows, checks = [], []
    try:
        subprocess.run(["java", "-jar", jar, "bench", "--write-data", tmp], check=True, capture_output=True)
        bench_cases = [c for c in cases if c in ("adf", "ols", "granger", "import", "memory")]
        ours = {}
        for c in bench_cases:
            res = subprocess.run(["java", "-jar", jar, "bench", "--case", c, "--repeat", str(a.repeat), "--json"],
                                 check=True, capture_output=True, text=True)
            ours[c] = json.loads(res.stdout)["cases"][0]
        if "adf" in cases:
            x = pd.read_csv(os.path.join(tmp, "walk.csv"))["x"].to_numpy()
            med, runs, r = timed(lambda: adfuller(x, autolag="AIC"), a.slow_repeat, warmup=0)
            rows.append(("adf", ours["adf"]["median_ms"], med, "statsmodels adfuller(autolag='AIC')", 50))
            checks.append(("adf statistic", ours["adf"]["check"]["statistic"], r[0]))
            checks.append(("adf lags", ours["adf"]["check"]["lags"], r[2]))
        if "ols" in cases:
            k = 11
            cols = np.fromfile(os.path.join(tmp, "ols.f64"), dtype="<f8").reshape(k, -1)
            y, X = cols[0], np.ascontiguousarray(cols[1:].T)

            def ols():
                res = sm.OLS(y, sm.add_constant(X)).fit()
                return res.bse, res.rsquared
            med, runs, r = timed(ols, a.ref_repeat)
            rows.append(("ols", ours["ols"]["median_ms"], med, "statsmodels OLS(...).fit() + bse", 1))
            for j, (se_ours, se_ref) in enumerate(zip(ours["ols"]["check"]["bse"], r[0])):
                checks.append((f"ols bse[{j}]", se_ours, se_ref))
        if "granger" in cases:
            v = np.fromfile(os.path.join(tmp, "granger.f64"), dtype="<f8").reshape(10, -1)

            def granger():
                total, tests = 0.0, 0
                for effect in range(10):
                    for cause in range(10):
                        if cause == effect:
                            continue
                        with warnings.catch_warnings():
                            warnings.simplefilter("ignore")
                            out = grangercausalitytests(np.column_stack([v[effect], v[cause]]), maxlag=8,
                                                        verbose=False)
                        for lag in range(1, 9):
                            total += out[lag][0]["ssr_ftest"][0]
                            tests += 1
                return total, tests
            med, runs, r = timed(granger, a.ref_repeat)
            rows.append(("granger", ours["granger"]["median_ms"], med, "statsmodels grangercausalitytests x 90 pairs",
                         5))
            checks.append(("granger sum of F", ours["granger"]["check"]["sum_f"], r[0]))
            checks.append(("granger tests", ours["granger"]["check"]["tests"], r[1]))
        if "import" in cases or "memory" in cases:
            path = os.path.join(tmp, "numeric.csv")
            med, runs, df = timed(lambda: pd.read_csv(path), a.ref_repeat)
            if "import" in cases:
                rows.append(("import", ours["import"]["median_ms"], med, "pandas read_csv", 1))
                checks.append(("import x1 sum", ours["import"]["check"]["x1_sum"], float(df["x1"].sum())))
            if "memory" in cases:
                m = ours["memory"]["check"]
                pandas_bytes = int(df.memory_usage(deep=True).sum())
                rows.append(("memory", m["retained_bytes"] / 1048576, pandas_bytes / 1048576,
                             "pandas DataFrame memory_usage(deep=True), MB", None))
        if "adf-process" in cases and shutil.which("gretlcli"):
            script = os.path.join(tmp, "adf.inp")
            with open(script, "w") as f:
                f.write(f'open "{os.path.join(tmp, "walk.csv")}" --quiet\nadf 68 x --c --test-down=AIC\n')
            mine, theirs = [], []
            for _ in range(a.ref_repeat):
                mine.append(process_ms(["java", "-jar", jar, "adf", "--data", os.path.join(tmp, "walk.csv"),
                                        "--column", "x", "--autolag", "aic"])[0])
                theirs.append(process_ms(["gretlcli", "-b", script], cwd=tmp)[0])
            rows.append(("adf-process", statistics.median(mine), statistics.median(theirs),
                         "gretl: open walk.csv; adf 68 x --c --test-down=AIC", 1))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    load = os.getloadavg()
    print(f"statsmodels {statsmodels.__version__}, pandas {pd.__version__}, numpy {np.__version__}; "
          f"{os.cpu_count()} processors; load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    print(f"{'case':12} {'ours':>10} {'reference':>10} {'ratio':>8} {'target':>8}  reference")
    result = []
    for name, mine, ref, what, target in rows:
        if name == "memory":
            print(f"{name:12} {mine:9.1f}M {ref:9.1f}M {'':>8} {'<=1.5x raw':>8}  {what}; ours is "
                  f"{ours['memory']['check']['ratio']:.2f}x the raw doubles")
        else:
            ratio = ref / mine
            ok = "" if target is None else ("met" if ratio >= target else "MISSED")
            print(f"{name:12} {mine:8.0f}ms {ref:8.0f}ms {ratio:7.1f}x {('>=' + str(target) + 'x'):>8}  {what} {ok}")
        result.append({"case": name, "ours": mine, "reference": ref, "reference_is": what, "target_ratio": target})
    bad = 0
    for name, mine, ref in checks:
        same = close(float(mine), float(ref))
        bad += not same
        print(f"check {name}: ours {mine!r} reference {ref!r} {'same' if same else 'DIFFERENT'}")
    if a.json_out:
        with open(a.json_out, "w") as f:
            json.dump({"load": load, "rows": result, "ours": ours}, f, indent=1)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
