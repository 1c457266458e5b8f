"""pandas read_csv on the import benchmark file, for the side-by-side figure in the README.

Usage: python3 src/test/reference/import_bench_pandas.py FILE [RUNS]
FILE is written by `java -cp <test classpath> org.tradeworkbench.bench.ImportBenchmark FILE` (1,000,000 rows x
10 seeded N(0, 1000) doubles). Prints the time of each run and the median, wall clock and CPU.
"""
import statistics
import sys
import time

import pandas as pd

path = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
wall, cpu = [], []
for _ in range(runs):
    t0, c0 = time.perf_counter(), time.process_time()
    df = pd.read_csv(path)
    wall.append(time.perf_counter() - t0)
    cpu.append(time.process_time() - c0)
    print(f"pandas {pd.__version__} read_csv: {df.shape[0]} x {df.shape[1]} in {wall[-1] * 1000:.0f} ms "
          f"(cpu {cpu[-1] * 1000:.0f} ms)")
print(f"median wall {statistics.median(wall) * 1000:.0f} ms, median cpu {statistics.median(cpu) * 1000:.0f} ms")
