#!/usr/bin/python3
"""Cross-check of the VAR toolkit against gretl (R `vars` is not packaged for this system): gretl's `var` on
urca's Danish money demand data (LRM, LRY, IBO, IDE in levels, stored in vecm_responses_statsmodels.json), VAR(1)
and VAR(2) with a constant.

Recorded: $coeff (rows: const, then each variable's lags 1..p, variable by variable), $sigma (gretl divides by
T), irf(target, shock) for every pair (Cholesky shocks of $sigma, h = 0..H-1), and for every ordered pair the
Granger F test computed by gretl's `ols` and `omit --test-only` on the VAR's equation ($test, $pvalue: F(p, T - m)).

Run from the repository root:  /usr/bin/python3 src/test/reference/var_gretl.py
"""
import json
import os
import subprocess
import tempfile

DATA = "src/test/resources/fixtures/vecm_responses_statsmodels.json"
OUT = "src/test/resources/fixtures/var_gretl.json"
HORIZON = 8


def read_mat(path):
    with open(path) as f:
        lines = f.read().split("\n")
    r, _ = map(int, lines[0].split())
    return [[float(v) for v in lines[1 + i].split()] for i in range(r)]


def run(names, y, p):
    with tempfile.TemporaryDirectory() as tmp:
        csv = os.path.join(tmp, "d.csv")
        with open(csv, "w") as f:
            f.write(",".join(names) + "\n")
            for row in y:
                f.write(",".join(repr(v) for v in row) + "\n")
        k = len(names)
        lines = ["set verbose off", f'open "{csv}" --quiet', f"set horizon {HORIZON}",
                 f"var {p} {' '.join(names)} --quiet", f'mwrite($coeff, "{tmp}/b.mat")',
                 f'mwrite($sigma, "{tmp}/s.mat")']
        for t in range(k):
            for s in range(k):
                lines.append(f'mwrite(irf({t + 1}, {s + 1}), "{tmp}/irf_{t}_{s}.mat")')
        lags = " ".join(f"{v}(-1 to -{p})" for v in names)
        lines.append(f"matrix G = zeros({k * k}, 2)")
        row = 1
        for caused in names:
            for causing in names:
                if causing == caused:
                    continue
                lines.append(f"ols {caused} const {lags} --quiet")
                lines.append(f"omit {causing}(-1 to -{p}) --test-only --quiet")
                lines.append(f"G[{row}, 1] = $test")
                lines.append(f"G[{row}, 2] = $pvalue")
                row += 1
        lines.append(f'mwrite(G, "{tmp}/g.mat")')
        inp = os.path.join(tmp, "s.inp")
        with open(inp, "w") as f:
            f.write("\n".join(lines) + "\n")
        subprocess.run(["gretlcli", "-b", inp], check=True, capture_output=True, text=True)
        b = read_mat(f"{tmp}/b.mat")
        s = read_mat(f"{tmp}/s.mat")
        irf = [[[r[0] for r in read_mat(f"{tmp}/irf_{t}_{sh}.mat")] for sh in range(k)] for t in range(k)]
        g = read_mat(f"{tmp}/g.mat")
    tests = []
    row = 0
    for caused in names:
        for causing in names:
            if causing == caused:
                continue
            tests.append({"causing": causing, "caused": caused, "f": g[row][0], "p_value": g[row][1]})
            row += 1
    return {"lags": p, "coeff": b, "sigma": s, "irf": irf, "granger": tests}


def main():
    with open(DATA) as f:
        d = json.load(f)
    ver = subprocess.run(["gretlcli", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    fits = [run(d["variables"], d["data"], p) for p in (1, 2)]
    with open(OUT, "w") as f:
        json.dump({"gretl": ver.strip(), "variables": d["variables"], "data": d["data"], "horizon": HORIZON,
                   "fits": fits}, f, indent=1)


if __name__ == "__main__":
    main()
