package org.tradeworkbench.core.paper;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.TimeIndex;

/** Which periods of a frame hold values, written the way a reader scans it: "2004–2012, 2017". */
final class Coverage {
    private Coverage() {
    }

    static int count(double[] v) {
        int n = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                n++;
            }
        }
        return n;
    }

    /** The periods where {@code v} is missing ({@code missing = true}) or present, as ranges. */
    static String periods(TimeIndex index, double[] v, boolean missing) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < v.length) {
            if (Double.isNaN(v[i]) == missing) {
                int j = i;
                while (j + 1 < v.length && Double.isNaN(v[j + 1]) == missing) {
                    j++;
                }
                parts.add(j == i ? index.label(i) : index.label(i) + "–" + index.label(j));
                i = j + 1;
            } else {
                i++;
            }
        }
        return String.join(", ", parts);
    }

    /** E.g. "2004–2017 (14 obs.)" or "2013–2018 (6 obs.; missing 2004–2012)". */
    static String describe(TimeIndex index, double[] v) {
        int n = count(v);
        String present = periods(index, v, false);
        String absent = periods(index, v, true);
        return present + " (" + n + " obs." + (absent.isEmpty() ? "" : "; missing " + absent) + ")";
    }

    /** "the span" of a frame, e.g. "2004–2018". */
    static String span(Dataset d) {
        return d.index().label(0) + "–" + d.index().label(d.rowCount() - 1);
    }
}
