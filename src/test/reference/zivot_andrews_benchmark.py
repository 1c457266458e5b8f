#!/usr/bin/python3
"""Zivot-Andrews speed: ZivotAndrewsBenchmark (JMH) against statsmodels' zivot_andrews on the same
10,000-point seeded random walk, in the same run.

Run from the repository root after
    mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
with
    /usr/bin/python3 src/test/reference/zivot_andrews_benchmark.py [--repeat 3]

The walk comes from the project's RandomWalk (java.util.Random is specified exactly), so both sides test the
same numbers. statsmodels: the median of --repeat calls after one warm-up. Ours: JMH's average (5 warm-up and
10 measured iterations of 1 s, one fork). Prints the machine load (uptime) before and after, both sides' times,
the ratio (statsmodels / ours, > 1 means we are faster) and checks that the statistics, lags and break index agree.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np
from statsmodels.tsa.stattools import zivot_andrews

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
CASES = {
    "interceptAic": dict(regression="c", autolag="AIC"),
    "interceptDefaultLags": dict(regression="c", autolag=None),
    "bothDefaultLags": dict(regression="ct", autolag=None),
}


def classpath():
    with open(os.path.join(ROOT, "target", "cp.txt")) as f:
        deps = f.read().strip()
    return ":".join([os.path.join(ROOT, "target", "test-classes"), os.path.join(ROOT, "target", "classes"), deps])


def uptime():
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    cp = classpath()
    load_before = uptime()
    walk = subprocess.run(["java", "-cp", cp, "org.tradeworkbench.core.bench.RandomWalk", "10000"], check=True,
                          capture_output=True, text=True).stdout.split()
    x = np.array([float(v) for v in walk])
    ours = {}
    for line in subprocess.run(["java", "-cp", cp, "org.tradeworkbench.bench.ZivotAndrewsBenchmark"], check=True,
                               capture_output=True, text=True).stdout.splitlines():
        name, stat, p, lags, bp = line.split()
        ours[name] = (float(stat), float(p), int(lags), int(bp))
    reference = {}
    for name, kw in CASES.items():
        zivot_andrews(x.copy(), **kw)
        times = []
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            res = zivot_andrews(x.copy(), **kw)
            times.append((time.perf_counter() - t0) * 1000)
        reference[name] = (statistics.median(times), res)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "jmh.json")
        subprocess.run(["java", "-cp", cp, "org.openjdk.jmh.Main", "ZivotAndrewsBenchmark", "-rf", "json", "-rff", out],
                       check=True, capture_output=True, text=True)
        with open(out) as f:
            jmh = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"] for r in json.load(f)}
    load_after = uptime()
    print("load before:", load_before)
    print("load after: ", load_after)
    ok = True
    for name in CASES:
        ref_ms, res = reference[name]
        m = jmh[name]
        stat, p, lags, bp = ours[name]
        same = abs(stat - res[0]) <= 1e-8 * abs(res[0]) and abs(p - res[1]) <= 1e-8 and lags == res[3] \
            and bp == res[4]
        ok &= same
        print("%-22s ours %8.2f ms ± %.2f   statsmodels %9.1f ms   ratio %6.0f×   lags %d, break %d, stat %.6f %s" % (
            name, m["score"], m["scoreError"], ref_ms, ref_ms / m["score"], lags, bp, stat,
            "(same as statsmodels)" if same else "(DIFFERS: statsmodels %r)" % (res,)))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
