package org.tradeworkbench.core.figures;

import java.util.List;
import java.util.Objects;

/**
 * One series of a figure, aligned with the figure's periods: {@code periods.get(i)} is the label of the point
 * {@code (x[i], y[i])}. A missing value is {@code NaN} and stays missing when drawn (a line breaks, a bar is
 * left out); nothing is interpolated.
 *
 * @param name    the column (or expression) the values come from
 * @param label   what the legend shows
 * @param periods the period labels, e.g. {@code 2006} or {@code 2017-03}
 * @param x       the position of each period on a continuous time axis, in years
 * @param y       the values, in the figure's unit
 */
public record FigureSeries(String name, String label, List<String> periods, double[] x, double[] y) {

    public FigureSeries {
        Objects.requireNonNull(name);
        Objects.requireNonNull(label);
        // Period labels of an index are immutable and made on demand; other lists are copied.
        periods = periods instanceof PeriodLabels ? periods : List.copyOf(periods);
        if (x.length != periods.size() || y.length != periods.size()) {
            throw new IllegalArgumentException("series " + name + ": " + periods.size() + " periods, " + x.length
                    + " x and " + y.length + " y values");
        }
    }

    public int size() {
        return y.length;
    }

    /** Number of points that have a value. */
    public int presentCount() {
        int n = 0;
        for (double v : y) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /** The contiguous runs of present values, as {@code [first, last]} index pairs: one line segment each. */
    public List<int[]> segments() {
        List<int[]> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= y.length; i++) {
            boolean present = i < y.length && !Double.isNaN(y[i]);
            if (present && start < 0) {
                start = i;
            } else if (!present && start >= 0) {
                out.add(new int[] {start, i - 1});
                start = -1;
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FigureSeries s && s.name.equals(name) && s.label.equals(label)
                && s.periods.equals(periods) && java.util.Arrays.equals(s.x, x) && java.util.Arrays.equals(s.y, y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, label, periods, java.util.Arrays.hashCode(y));
    }

    @Override
    public String toString() {
        return "FigureSeries[" + name + ", " + periods.size() + " periods, " + presentCount() + " values]";
    }
}
