"""Writes the SYNTHETIC Census high-tech (ATP) test fixtures under src/test/resources/fixtures/atp/.

The numbers are made up by a formula: they are test fixtures in the exact schema of the Census international
trade API (exports/hitech and imports/hitech), not data. Run from the repository root:
    python3 src/test/reference/atp_synthetic_fixtures.py
"""
import csv
import json
import os

OUT = "src/test/resources/fixtures/atp"
NAMES = ["BIOTECHNOLOGY", "LIFE SCIENCE", "OPTO-ELECTRONICS", "INFORMATION & COMMUNICATIONS", "ELECTRONICS",
         "FLEXIBLE MANUFACTURING", "ADVANCED MATERIALS", "AEROSPACE", "WEAPONS", "NUCLEAR TECHNOLOGY"]
# 2015 and 2016 complete, 2017 partial (January to March).
MONTHS = [(y, m) for y in (2015, 2016) for m in range(1, 13)] + [(2017, m) for m in (1, 2, 3)]


def value(flow, cat, year, month):
    base = 100_000_000 * cat + 1_000_000 * month + 10_000_000 * (year - 2015)
    return base * (3 if flow == "imports" else 1)


def rows(flow):
    mo, yr = ("ALL_VAL_MO", "ALL_VAL_YR") if flow == "exports" else ("GEN_VAL_MO", "GEN_VAL_YR")
    # The API repeats a filter column (CTY_CODE=5700) at the end of each row.
    out = [["CTY_CODE", "CTY_NAME", "HITECH", "HITECH_DESC", mo, yr, "time", "CTY_CODE"]]
    for cat in range(1, 11):
        code = "%02d" % cat
        ytd = 0
        for (y, m) in MONTHS:
            if m == 1:
                ytd = 0
            v = value(flow, cat, y, m)
            ytd += v
            out.append(["5700", "CHINA", code, "%s [%s]" % (NAMES[cat - 1], code), str(v), str(ytd),
                        "%d-%02d" % (y, m), "5700"])
    # Rows the importer must skip: not advanced technology (00) and the total for all commodities (blank).
    out.append(["5700", "CHINA", "00", "NOT ADVANCED TECHNOLOGY [00]", "999", "999", "2015-01", "5700"])
    out.append(["5700", "CHINA", "", "TOTAL FOR ALL COMMODITIES", "999", "999", "2015-01", "5700"])
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    for flow in ("exports", "imports"):
        data = rows(flow)
        name = "SYNTHETIC_TEST_FIXTURE_atp_%s_5700" % flow
        # The API's layout: one row per line, no spaces.
        with open(os.path.join(OUT, name + ".json"), "w", newline="\n") as f:
            f.write("[" + ",\n".join(json.dumps(r, separators=(",", ":")) for r in data) + "]")
        if flow == "exports":
            with open(os.path.join(OUT, name + ".csv"), "w", newline="") as f:
                csv.writer(f, lineterminator="\n").writerows(data)


if __name__ == "__main__":
    main()
