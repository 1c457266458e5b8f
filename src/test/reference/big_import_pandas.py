#!/usr/bin/python3
"""Reference side of the big-file measurement (docs/formats.md, Big files): pandas reads the files that
`SyntheticLoadFiles DIR 10000000 100` writes, the wide table with `read_csv` and the product-level file with
`read_csv` and a sum of `value` by period and partner (the series our long-format import makes). Prints the
seconds of each, the first series' sum as a check, and the load (uptime) before and after.

    /usr/bin/python3 src/test/reference/big_import_pandas.py DIR
"""
import subprocess
import sys
import time

import pandas as pd

d = sys.argv[1]
print("load before:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
t = time.perf_counter()
w = pd.read_csv(f"{d}/wide.csv")
print(f"wide.csv read_csv: {time.perf_counter() - t:.1f} s, rows={len(w)} firstSum={w['x1'].sum():.6f}")
del w
t = time.perf_counter()
p = pd.read_csv(f"{d}/products.csv", dtype={"period": str, "partner": str, "product": str})
s = p.groupby(["partner", "period"])["value"].sum()
print(f"products.csv read_csv + groupby sum: {time.perf_counter() - t:.1f} s, rows={len(p)} series={s.index.get_level_values(0).nunique()} "
      f"firstSum={s.loc['P001'].sum():.6f}")
print("load after:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
