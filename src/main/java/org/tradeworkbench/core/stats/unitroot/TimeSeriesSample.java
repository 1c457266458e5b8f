package org.tradeworkbench.core.stats.unitroot;

import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Presample;
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
 * @param presample how many of {@code values} come before the sample's start ({@link Presample#USE}; 0 otherwise)
 * @param usesPresample whether the values before the sample's start were offered as presample values
 */
public record TimeSeriesSample(String name, double[] values, int firstRow, TimeIndex index, int presample,
        boolean usesPresample) {

    /** A sample without presample values. */
    public TimeSeriesSample(String name, double[] values, int firstRow, TimeIndex index) {
        this(name, values, firstRow, index, 0, false);
    }

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
        checkMagnitudes(name, series, index, range);
        return new TimeSeriesSample(name, range.extract(series), range.first(), index);
    }

    private static void checkMagnitudes(String name, double[] series, TimeIndex index, Samples.Range range) {
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
    }

    /**
     * The trimmed sample of a series expression evaluated on {@code data} (e.g. {@code log(exports)}). When
     * {@code data} carry presample rows ({@link Dataset#extended()}), the expression is evaluated on the whole
     * data and the sample keeps every value before the start back to the first gap.
     */
    public static TimeSeriesSample of(Dataset data, String expression) {
        String name = expression.trim();
        if (!data.usesPresample()) {
            return trim(name, Expression.parse(expression).evaluate(data), data.index());
        }
        Dataset whole = data.extended();
        double[] values = Expression.parse(expression).evaluate(whole);
        Samples.Presampled p = Samples.contiguous(whole.index(), java.util.Map.of(name, values),
                data.presampleRows(), Integer.MAX_VALUE);
        checkMagnitudes(name, values, whole.index(), p.range());
        return new TimeSeriesSample(name, p.range().extract(values), p.range().first(), whole.index(),
                p.presample(), true);
    }

    /** The same sample with at most {@code k} values before the sample's start (the earliest dropped). */
    public TimeSeriesSample keepPresample(int k) {
        int drop = Math.max(0, presample - k);
        if (drop == 0) {
            return this;
        }
        return new TimeSeriesSample(name, java.util.Arrays.copyOfRange(values, drop, values.length), firstRow + drop,
                index, presample - drop, usesPresample);
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
        return new TimeSeriesSample(name, v, firstRow + d, index, Math.max(0, presample - d), usesPresample);
    }
}
