# DF-GLS with the lag order chosen by Ng and Perron's modified AIC, from gretl's "adf --gls --test-down=MAIC",
# for DfGlsGretlFixtureTest. Run from the repository root with gretl installed (gretlcli on the PATH):
#   /usr/bin/python3 src/test/reference/unitroot_dfgls_gretl_fixtures.py
# The input series are those of the urca fixture (unitroot_pp_ers_r.json); writes unitroot_dfgls_gretl.json.
import json
import os
import re
import subprocess
import tempfile

FIXTURES = "src/test/resources/fixtures/"
series = json.load(open(FIXTURES + "unitroot_pp_ers_r.json"))["series"]
# Largest orders: about Schwert's rule, smaller for the short annual series.
MAX_LAG = {"ln_us_goods_imports_china": 4, "ln_patent_nonresident": 4, "denmark_LRM": 6,
           "us_exports_to_china_monthly": 16, "Nile": 8, "LakeHuron": 8, "npext_realgnp": 8}
cases = []
with tempfile.TemporaryDirectory() as tmp:
    for name, values in series.items():
        csv = os.path.join(tmp, name + ".csv")
        with open(csv, "w") as f:
            f.write("x\n" + "\n".join(repr(float(v)) for v in values) + "\n")
        for det in ("c", "ct"):
            script = os.path.join(tmp, "run.inp")
            with open(script, "w") as f:
                f.write("open %s --quiet\nadf %d x --gls --%s --test-down=MAIC\nprintf \"TAU %%.17g\\n\", $test\n"
                        % (csv, MAX_LAG[name], det))
            out = subprocess.run(["gretlcli", "-b", script], capture_output=True, text=True, check=True).stdout
            nobs = int(re.search(r"sample size (\d+)", out).group(1))
            tau = float(re.search(r"^TAU (\S+)", out, re.M).group(1))
            cases.append({"series": name, "model": "constant" if det == "c" else "trend",
                          "max_lag": MAX_LAG[name], "criterion": "MAIC", "nobs_regression": nobs,
                          "used_lags": len(values) - 1 - nobs, "statistic": tau})
version = subprocess.run(["gretlcli", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
with open(FIXTURES + "unitroot_dfgls_gretl.json", "w") as f:
    json.dump({"generator": "src/test/reference/unitroot_dfgls_gretl_fixtures.py", "gretl": version.strip(),
               "series_from": "unitroot_pp_ers_r.json", "cases": cases}, f, indent=1)
    f.write("\n")
