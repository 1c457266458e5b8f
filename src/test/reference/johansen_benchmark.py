#!/usr/bin/python3
"""Johansen speed: JohansenBenchmark (JMH) against statsmodels' coint_johansen on the same six seeded
10,000-point random walks, two lagged differences, unrestricted constant (det_order=0), in the same run.

Run from the repository root after
    mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
with
    /usr/bin/python3 src/test/reference/johansen_benchmark.py [--repeat 5]

The walks come from the project's RandomWalk (java.util.Random is specified exactly), so both sides test the
same numbers. statsmodels: the median of --repeat calls after one warm-up. Ours: JMH's average (5 warm-up and
10 measured iterations of 1 s, one fork). Prints the machine load (uptime) before and after, both times, the
ratio (statsmodels / ours) and checks that the eigenvalues and trace statistics agree to 1e-8 relative.
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
from statsmodels.tsa.vector_ar.vecm import coint_johansen

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SEED = 20240607
N, K, LAGS = 10000, 6, 2


def classpath():
    with open(os.path.join(ROOT, "target", "cp.txt")) as f:
        deps = f.read().strip()
    return ":".join([os.path.join(ROOT, "target", "test-classes"), os.path.join(ROOT, "target", "classes"), deps])


def uptime():
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    cp = classpath()
    load_before = uptime()
    cols = []
    for j in range(K):
        out = subprocess.run(["java", "-cp", cp, "org.tradeworkbench.core.bench.RandomWalk", str(N), str(SEED + j)],
                             check=True, capture_output=True, text=True).stdout.split()
        cols.append([float(v) for v in out])
    x = np.column_stack(cols)
    eig, trace = [], []
    for line in subprocess.run(["java", "-cp", cp, "org.tradeworkbench.bench.JohansenBenchmark"], check=True,
                               capture_output=True, text=True).stdout.splitlines():
        kind, v = line.split()
        (eig if kind == "eig" else trace).append(float(v))
    coint_johansen(x, 0, LAGS)
    times = []
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        res = coint_johansen(x, 0, LAGS)
        times.append((time.perf_counter() - t0) * 1000)
    ref_ms = statistics.median(times)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "jmh.json")
        subprocess.run(["java", "-cp", cp, "org.openjdk.jmh.Main", "JohansenBenchmark", "-rf", "json", "-rff", out],
                       check=True, capture_output=True, text=True)
        with open(out) as f:
            m = json.load(f)[0]["primaryMetric"]
    load_after = uptime()
    same = np.allclose(eig, res.eig, rtol=1e-8, atol=0) and np.allclose(trace, res.lr1, rtol=1e-8, atol=0)
    print("load before:", load_before)
    print("load after: ", load_after)
    print("johansen 6 x %d, k_ar_diff %d: ours %.2f ms ± %.2f   statsmodels %.1f ms   ratio %.1f×   %s" % (
        N, LAGS, m["score"], m["scoreError"], ref_ms, ref_ms / m["score"],
        "(same eigenvalues and trace statistics)" if same else
        "(DIFFERS: ours %r %r, statsmodels %r %r)" % (eig, trace, list(res.eig), list(res.lr1))))
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
