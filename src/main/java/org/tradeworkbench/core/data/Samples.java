package org.tradeworkbench.core.data;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The estimation samples the tests use. Time-series tests (ADF, KPSS, Granger) need consecutive observations:
 * leading and trailing missing values are trimmed, and a gap inside is an error naming the first missing period
 * (silently closing the gap would make a lag span two periods). Cross-section estimation (OLS) drops incomplete
 * rows listwise and says how many. Values too large or small for sums of squares are refused ({@link Magnitudes}).
 */
public final class Samples {
    private Samples() {
    }

    /** Rows {@code first..last} of the index (inclusive). */
    public record Range(int first, int last) {
        public int size() {
            return last - first + 1;
        }

        public double[] extract(double[] values) {
            return java.util.Arrays.copyOfRange(values, first, last + 1);
        }
    }

    /** The span where all columns have values; a DataException if a value is missing inside it or none exist. */
    public static Range contiguous(TimeIndex index, Map<String, double[]> columns) {
        int n = index.size();
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (complete(columns, i)) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            throw new DataException("no period has values for " + String.join(", ", quoted(columns)));
        }
        for (int i = n - 1; i >= first; i--) {
            if (complete(columns, i)) {
                last = i;
                break;
            }
        }
        // Column by column (a row-by-row walk over the map costs more than the test itself on long series); the
        // earliest gap is reported, the first column's when two share a row.
        int gapRow = -1;
        String gapName = null;
        for (Map.Entry<String, double[]> e : columns.entrySet()) {
            double[] x = e.getValue();
            int end = gapRow < 0 ? last : gapRow - 1;
            for (int i = first; i <= end; i++) {
                if (Double.isNaN(x[i])) {
                    gapRow = i;
                    gapName = e.getKey();
                    break;
                }
            }
        }
        if (gapRow >= 0) {
            throw new DataException("\"" + gapName + "\" is missing at " + index.label(gapRow)
                    + ", inside the sample " + index.label(first) + ".." + index.label(last)
                    + "; a time-series test needs consecutive observations (narrow the sample or fill the gap)");
        }
        for (Map.Entry<String, double[]> e : columns.entrySet()) {
            int from = first;
            Magnitudes.check(e.getKey(), e.getValue(), first, last - first + 1, k -> index.label(from + k));
        }
        return new Range(first, last);
    }

    /**
     * The stretch a time-series test uses with presample values: on rows {@code sampleStart..} of {@code index}
     * (the extended data) the span {@link #contiguous} finds; when that span begins at {@code sampleStart}, it
     * reaches back over up to {@code wanted} earlier rows where every column has a value (a gap before the
     * sample ends the presample there, it is not an error).
     *
     * @return the range in rows of {@code index}, and how many of its rows come before {@code sampleStart}
     */
    public static Presampled contiguous(TimeIndex index, Map<String, double[]> columns, int sampleStart,
            int wanted) {
        Map<String, double[]> inSample = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : columns.entrySet()) {
            inSample.put(e.getKey(), java.util.Arrays.copyOfRange(e.getValue(), sampleStart, index.size()));
        }
        Range r = contiguous(new TimeIndex(index.period(sampleStart), index.size() - sampleStart), inSample);
        int first = r.first() + sampleStart;
        int before = 0;
        if (r.first() == 0) {
            while (before < wanted && first - before - 1 >= 0 && complete(columns, first - before - 1)) {
                before++;
            }
        }
        for (Map.Entry<String, double[]> e : columns.entrySet()) {
            int from = first - before;
            Magnitudes.check(e.getKey(), e.getValue(), from, before, k -> index.label(from + k));
        }
        return new Presampled(new Range(first - before, r.last() + sampleStart), before);
    }

    /** A range of rows of which the first {@code presample} lie before the sample's start. */
    public record Presampled(Range range, int presample) {
    }

    public static Range contiguous(TimeIndex index, String name, double[] values) {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put(name, values);
        return contiguous(index, m);
    }

    /** Listwise deletion: {@code keep[i]} is true when every column has a value at row i. */
    public record Listwise(boolean[] keep, int kept, int dropped) {
    }

    public static Listwise listwise(int rows, double[]... columns) {
        boolean[] keep = new boolean[rows];
        int kept = 0;
        for (int i = 0; i < rows; i++) {
            boolean ok = true;
            for (double[] c : columns) {
                if (Double.isNaN(c[i])) {
                    ok = false;
                    break;
                }
            }
            keep[i] = ok;
            if (ok) {
                kept++;
            }
        }
        return new Listwise(keep, kept, rows - kept);
    }

    private static boolean complete(Map<String, double[]> columns, int row) {
        for (double[] c : columns.values()) {
            if (Double.isNaN(c[row])) {
                return false;
            }
        }
        return true;
    }

    private static java.util.List<String> quoted(Map<String, double[]> columns) {
        return columns.keySet().stream().map(k -> "\"" + k + "\"").toList();
    }
}
