package org.tradeworkbench.core.stats.unitroot;

import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Samples;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.expr.Expression;

/**
 * The gap-free stretch of a series a time-series test uses: leading and trailing missing values are trimmed, a
 * missing value inside is an error naming its period.
 *
 * @param values   the values from {@code firstRow} on, none missing
 * @param firstRow the row of {@code values[0]} in the original series
 * @param index    the original series' time index, or {@code null} (rows are then named by observation number)
 */
public record TimeSeriesSample(String name, double[] values, int firstRow, TimeIndex index) {

    private static final int LARGEST_EXPONENT = 150;
    /**
     * The largest magnitude a test takes: squares and their sums over any realistic sample stay below the largest
     * double (1.8e308), so no statistic becomes NaN from an overflow.
     */
    private static final double LARGEST_MAGNITUDE = Math.pow(10, LARGEST_EXPONENT);

    public static TimeSeriesSample trim(String name, double[] series, TimeIndex index) {
        if (index != null && index.size() != series.length) {
            throw new IllegalArgumentException("index of " + index.size() + " rows for " + series.length + " values");
        }
        Samples.Range range = Samples.contiguous(index != null ? index : TimeIndex.undated(series.length), name,
                series);
        for (int i = range.first(); i <= range.last(); i++) {
            if (Double.isInfinite(series[i])) {
                throw new DataException("\"" + name + "\" is infinite at " + label(index, i));
            }
            if (Math.abs(series[i]) > LARGEST_MAGNITUDE) {
                throw new DataException("\"" + name + "\" is " + series[i] + " at " + label(index, i)
                        + ": too large for the test, whose sums of squares overflow a double beyond about 1e"
                        + LARGEST_EXPONENT + "; rescale the series (e.g. divide it by 1e"
                        + (int) Math.floor(Math.log10(Math.abs(series[i]))) + ")");
            }
        }
        return new TimeSeriesSample(name, range.extract(series), range.first(), index);
    }

    /** The trimmed sample of a series expression evaluated on {@code data} (e.g. {@code log(exports)}). */
    public static TimeSeriesSample of(Dataset data, String expression) {
        return trim(expression.trim(), Expression.parse(expression).evaluate(data), data.index());
    }

    public int size() {
        return values.length;
    }

    /** The label of the value at {@code offset} in {@link #values()} (a period, or an observation number). */
    public String label(int offset) {
        return label(index, firstRow + offset);
    }

    private static String label(TimeIndex index, int row) {
        return index == null ? "observation " + (row + 1) : index.label(row);
    }

    /** The {@code d}-th difference; the result's first value belongs to the period {@code d} rows later. */
    public TimeSeriesSample differenced(int d) {
        double[] v = values;
        for (int k = 0; k < d; k++) {
            if (v.length < 2) {
                throw new DataException("series " + name + " is too short to difference " + d + " times");
            }
            double[] out = new double[v.length - 1];
            for (int i = 0; i < out.length; i++) {
                out[i] = v[i + 1] - v[i];
            }
            v = out;
        }
        return new TimeSeriesSample(name, v, firstRow + d, index);
    }
}
