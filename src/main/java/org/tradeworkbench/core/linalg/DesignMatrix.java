package org.tradeworkbench.core.linalg;

import java.util.List;
import java.util.Objects;

/**
 * A regression design matrix: {@code rows x cols} doubles stored column by column in one array (column
 * {@code j} occupies {@code values[j*rows .. j*rows+rows-1]}), so that a column is contiguous in memory, and a
 * name per column for messages. The array is owned by the matrix and must not be changed by callers.
 */
public final class DesignMatrix {
    private final int rows;
    private final int cols;
    private final double[] values;
    private final List<String> names;

    public DesignMatrix(int rows, int cols, double[] values, List<String> names) {
        if (rows < 0 || cols < 0 || (long) rows * cols != values.length) {
            throw new IllegalArgumentException("a " + rows + " x " + cols + " matrix needs " + (long) rows * cols
                    + " values, got " + values.length);
        }
        if (names.size() != cols) {
            throw new IllegalArgumentException(cols + " columns but " + names.size() + " names");
        }
        this.rows = rows;
        this.cols = cols;
        this.values = values;
        this.names = List.copyOf(names);
    }

    /** Copies the given columns (each of the same length) into one column-major matrix. */
    public static DesignMatrix ofColumns(List<String> names, List<double[]> columns) {
        Objects.requireNonNull(names);
        if (names.size() != columns.size()) {
            throw new IllegalArgumentException(columns.size() + " columns but " + names.size() + " names");
        }
        int n = columns.isEmpty() ? 0 : columns.get(0).length;
        double[] v = new double[n * columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            double[] c = columns.get(j);
            if (c.length != n) {
                throw new IllegalArgumentException("column " + names.get(j) + " has " + c.length
                        + " rows, expected " + n);
            }
            System.arraycopy(c, 0, v, j * n, n);
        }
        return new DesignMatrix(n, columns.size(), v, names);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public List<String> names() {
        return names;
    }

    public String name(int col) {
        return names.get(col);
    }

    public double get(int row, int col) {
        return values[col * rows + row];
    }

    /** The backing column-major array (not copied). */
    public double[] values() {
        return values;
    }

    /** A copy of column {@code col}. */
    public double[] column(int col) {
        double[] c = new double[rows];
        System.arraycopy(values, col * rows, c, 0, rows);
        return c;
    }

    /** {@code X b} for a coefficient vector as long as the number of columns. */
    public double[] times(double[] b) {
        if (b.length != cols) {
            throw new IllegalArgumentException(b.length + " coefficients for " + cols + " columns");
        }
        double[] out = new double[rows];
        for (int j = 0; j < cols; j++) {
            double bj = b[j];
            int off = j * rows;
            for (int i = 0; i < rows; i++) {
                out[i] += values[off + i] * bj;
            }
        }
        return out;
    }

    /** True when column {@code col} is 1 in every row (an intercept). */
    public boolean isConstantOne(int col) {
        int off = col * rows;
        for (int i = 0; i < rows; i++) {
            if (values[off + i] != 1.0) {
                return false;
            }
        }
        return rows > 0;
    }
}
