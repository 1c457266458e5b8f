package org.tradeworkbench.core.data;

import java.util.Objects;

/**
 * A named column of doubles aligned with a dataset's {@link TimeIndex}. Missing values are {@code NaN}.
 * Immutable: the array is owned by the series and must not be modified by callers of {@link #values()}
 * (it is exposed without copying because datasets can hold millions of rows).
 *
 * @param expression the defining expression of a generated series, or {@code null} for data
 * @param description free text (source, unit) shown to the user; may be empty
 */
public record Series(String name, double[] values, String expression, String description) {

    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
        description = description == null ? "" : description;
    }

    public static Series of(String name, double... values) {
        return new Series(name, values, null, "");
    }

    public int size() {
        return values.length;
    }

    public double get(int row) {
        return values[row];
    }

    public boolean isGenerated() {
        return expression != null;
    }

    public int missingCount() {
        int n = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /** First and last row holding a value, or {@code null} when every value is missing. */
    public int[] span() {
        int first = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return null;
        }
        int last = first;
        for (int i = values.length - 1; i > first; i--) {
            if (!Double.isNaN(values[i])) {
                last = i;
                break;
            }
        }
        return new int[] {first, last};
    }

    public Series withName(String newName) {
        return new Series(newName, values, expression, description);
    }

    public Series withValue(int row, double value) {
        double[] copy = values.clone();
        copy[row] = value;
        return new Series(name, copy, expression, description);
    }

    public Series withDescription(String text) {
        return new Series(name, values, expression, text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && s.name.equals(name) && java.util.Arrays.equals(s.values, values)
                && Objects.equals(s.expression, expression) && s.description.equals(description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, java.util.Arrays.hashCode(values), expression);
    }

    @Override
    public String toString() {
        return "Series[" + name + ", n=" + values.length + (expression != null ? ", = " + expression : "") + "]";
    }
}
