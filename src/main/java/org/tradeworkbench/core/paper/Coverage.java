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

    /**
     * Where each of {@code variables} that has gaps in the frame holds values, e.g. "lny has 2015–2016 (2 obs.;
     * missing 2004–2014, 2017–2018)", joined by "; ", or empty when none has gaps.
     */
    static String gaps(PaperData.PaperFrame frame, List<String> variables) {
        List<String> parts = new ArrayList<>();
        for (String v : variables) {
            double[] x = frame.values(v);
            if (x != null && count(x) < x.length) {
                parts.add(v + " has " + (count(x) == 0 ? "no values" : describe(frame.data().index(), x)));
            }
        }
        return String.join("; ", parts);
    }

    /** {@code note} followed by the {@link #gaps} of {@code variables}, if any. */
    static String withGaps(String note, PaperData.PaperFrame frame, List<String> variables) {
        String g = gaps(frame, variables);
        return g.isEmpty() ? note : note + " (" + g + ")";
    }

    /** "the span" of a frame, e.g. "2004–2018". */
    static String span(Dataset d) {
        return d.index().label(0) + "–" + d.index().label(d.rowCount() - 1);
    }
}
