#!/usr/bin/python3
"""Times statsmodels 0.13.5 Monte Carlo impulse-response bands for the VAR bootstrap benchmark
(src/test/java/org/tradeworkbench/bench/VarBootstrapBenchmark.java): a 6-variable VAR(8) with a constant on
n = 2,000 seeded observations of a stable VAR(1), orthogonalised responses to horizon 10, `irf_errband_mc`
with the given number of replications (default 1,000). Prints the seconds of one call.

Run: /usr/bin/python3 src/test/reference/var_bootstrap_statsmodels.py [REPLICATIONS]
"""
import sys
import time

import numpy as np
from statsmodels.tsa.api import VAR

K, N, P, H = 6, 2000, 8, 10


def simulate(seed=20261206):
    rng = np.random.default_rng(seed)
    a = 0.5 * np.eye(K) + 0.05 * (np.ones((K, K)) - np.eye(K))
    y = np.zeros((N + 100, K))
    for t in range(1, N + 100):
        y[t] = 0.1 + a @ y[t - 1] + rng.standard_normal(K)
    return y[100:]


def main():
    repl = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    res = VAR(simulate()).fit(P, trend="c")
    start = time.perf_counter()
    res.irf_errband_mc(orth=True, repl=repl, steps=H, signif=0.05, seed=1)
    print(f"statsmodels irf_errband_mc repl={repl}: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
