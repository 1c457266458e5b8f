package org.tradeworkbench.core.figures;

import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Frequency;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;

/**
 * A column's values by calendar year. Annual data are taken as they are; monthly and quarterly data are summed
 * (flows such as exports) or averaged (levels such as a ratio) over each year, and a year with any missing
 * month or quarter is missing rather than a partial total.
 */
final class AnnualValues {
    private AnnualValues() {
    }

    /** Whether a column is a flow (summed over a year) or a level (averaged). */
    enum Aggregation { SUM, MEAN }

    /** First and last calendar year the dataset covers, or {@code null} for undated or empty data. */
    static int[] yearSpan(Dataset d) {
        TimeIndex t = d.index();
        if (t.size() == 0 || !t.frequency().isDated()) {
            return null;
        }
        return new int[] {t.start().year(), t.end().year()};
    }

    /** Values for the years {@code from..to}; NaN where missing or outside the data. */
    static double[] of(Dataset d, String column, int from, int to, Aggregation how) {
        Series s = d.get(column);
        TimeIndex t = d.index();
        double[] out = new double[to - from + 1];
        java.util.Arrays.fill(out, Double.NaN);
        Frequency f = t.frequency();
        for (int y = from; y <= to; y++) {
            if (f == Frequency.ANNUAL) {
                var row = t.rowOf(Period.annual(y));
                if (row.isPresent()) {
                    out[y - from] = s.get(row.getAsInt());
                }
                continue;
            }
            int per = f.periodsPerYear();
            Period first = f == Frequency.MONTHLY ? Period.monthly(y, 1) : Period.quarterly(y, 1);
            double sum = 0;
            boolean complete = true;
            for (int k = 0; k < per && complete; k++) {
                var row = t.rowOf(first.plus(k));
                if (row.isEmpty() || Double.isNaN(s.get(row.getAsInt()))) {
                    complete = false;
                } else {
                    sum += s.get(row.getAsInt());
                }
            }
            if (complete) {
                out[y - from] = how == Aggregation.SUM ? sum : sum / per;
            }
        }
        return out;
    }
}
