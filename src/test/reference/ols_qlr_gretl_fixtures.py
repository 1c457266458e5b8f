# Quandt likelihood-ratio (sup-F) test for a break at an unknown date, 15 percent trimming, from gretl's "qlrtest",
# for OlsQlrGretlTest, OlsQlrPValueTest and OlsQlrRobustTest (the robust form after "ols --robust", HAC at 3 lags).
# Run from the repository root with gretl installed (gretlcli on the PATH):
#   /usr/bin/python3 src/test/reference/ols_qlr_gretl_fixtures.py
# The models and their series are those of the R sandwich fixture (ols_hac_auto_r.json: the bundled paper sample,
# the Census monthly trade with China, the Nile); writes ols_qlr_gretl.json.
import json
import os
import re
import subprocess
import tempfile

FIXTURES = "src/test/resources/fixtures/"
source = json.load(open(FIXTURES + "ols_hac_auto_r.json"))["cases"]
cases = []
with tempfile.TemporaryDirectory() as tmp:
    for c in source:
        if not c["constant"]:
            continue
        names = c["x"] + [c["y"]]
        n = len(c["columns"][c["y"]])
        csv = os.path.join(tmp, c["name"] + ".csv")
        with open(csv, "w") as f:
            f.write(",".join(names) + "\n")
            for i in range(n):
                f.write(",".join(repr(float(c["columns"][v][i])) for v in names) + "\n")
        script = os.path.join(tmp, "run.inp")
        with open(script, "w") as f:
            f.write("open %s --quiet\nsetobs 1 1 --time-series\nols %s const %s --quiet\nqlrtest\n"
                    "printf \"X2 %%.17g\\nP %%.17g\\nBREAK %%d\\n\", $test, $pvalue, $qlrbreak\n"
                    # The robust form: HAC (Bartlett, 3 lags, no prewhitening) Wald statistics.
                    "set hac_lag 3\nols %s const %s --robust --quiet\nqlrtest\n"
                    "printf \"RX2 %%.17g\\nRP %%.17g\\nRBREAK %%d\\n\", $test, $pvalue, $qlrbreak\n"
                    % (csv, c["y"], " ".join(c["x"]), c["y"], " ".join(c["x"])))
        out = subprocess.run(["gretlcli", "-b", script], capture_output=True, text=True, check=True).stdout
        m = re.search(r"The maximum F\((\d+), (\d+)\) = (\S+) occurs at observation (\S+)", out)
        cases.append({"name": c["name"], "y": c["y"], "x": c["x"], "nobs": n,
                      "df_num": int(m.group(1)), "df_den": int(m.group(2)),
                      "printed_max_f": float(m.group(3)), "printed_break": m.group(4),
                      "chi_square": float(re.search(r"^X2 (\S+)", out, re.M).group(1)),
                      "p_value": float(re.search(r"^P (\S+)", out, re.M).group(1)),
                      "break_obs": int(re.search(r"^BREAK (\S+)", out, re.M).group(1)),
                      "robust_hac3_chi_square": float(re.search(r"^RX2 (\S+)", out, re.M).group(1)),
                      "robust_hac3_p_value": float(re.search(r"^RP (\S+)", out, re.M).group(1)),
                      "robust_hac3_break_obs": int(re.search(r"^RBREAK (\S+)", out, re.M).group(1))})
version = subprocess.run(["gretlcli", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
with open(FIXTURES + "ols_qlr_gretl.json", "w") as f:
    json.dump({"generator": "src/test/reference/ols_qlr_gretl_fixtures.py", "gretl": version.strip(),
               "series_from": "ols_hac_auto_r.json", "trimming": 0.15, "cases": cases}, f, indent=1)
    f.write("\n")
