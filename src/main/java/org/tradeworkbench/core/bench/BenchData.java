package org.tradeworkbench.core.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The seeded inputs of the {@code bench} command's cases. java.util.Random's generator is specified exactly, so
 * every JVM produces the same numbers; the files written here let the reference script run statsmodels, pandas
 * and gretl on the very same data.
 */
public final class BenchData {
    public static final long SEED = RandomWalk.SEED;
    public static final int ADF_N = 100_000;
    public static final int OLS_ROWS = 1_000_000;
    public static final int OLS_REGRESSORS = 10;
    public static final int GRANGER_VARIABLES = 10;
    public static final int GRANGER_N = 10_000;
    public static final int GRANGER_MAX_LAG = 8;
    public static final int IMPORT_ROWS = 1_000_000;
    public static final int IMPORT_COLUMNS = 10;

    private BenchData() {
    }

    /**
     * Columns {@code y, x1..xk}: standard normal regressors and {@code y = 1 + sum_j x_j / j + e}, e ~ N(0, 1).
     */
    public static double[][] olsColumns(int rows, int regressors, long seed) {
        Random rnd = new Random(seed);
        double[][] cols = new double[regressors + 1][rows];
        for (int i = 0; i < rows; i++) {
            double y = 1;
            for (int j = 1; j <= regressors; j++) {
                double v = rnd.nextGaussian();
                cols[j][i] = v;
                y += v / j;
            }
            cols[0][i] = y + rnd.nextGaussian();
        }
        return cols;
    }

    /**
     * A stationary system of {@code vars} series: {@code v_j(t) = 0.5 v_j(t-1) + 0.2 v_{j-1}(t-1) + e}, so each
     * series Granger-causes the next one and most pairs do not.
     */
    public static double[][] grangerColumns(int vars, int n, long seed) {
        Random rnd = new Random(seed);
        double[][] cols = new double[vars][n];
        for (int t = 0; t < n; t++) {
            for (int j = 0; j < vars; j++) {
                double v = rnd.nextGaussian();
                if (t > 0) {
                    v += 0.5 * cols[j][t - 1] + (j > 0 ? 0.2 * cols[j - 1][t - 1] : 0);
                }
                cols[j][t] = v;
            }
        }
        return cols;
    }

    /** The import case's file: header {@code x1..xk}, then rows of seeded N(0, 1000) values in full precision. */
    public static void writeNumericCsv(Path path, int rows, int columns, long seed) throws IOException {
        Random rnd = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(256);
            for (int j = 1; j <= columns; j++) {
                line.append(j > 1 ? "," : "").append('x').append(j);
            }
            w.append(line).append('\n');
            for (int i = 0; i < rows; i++) {
                line.setLength(0);
                for (int j = 0; j < columns; j++) {
                    if (j > 0) {
                        line.append(',');
                    }
                    line.append(rnd.nextGaussian() * 1000);
                }
                w.append(line).append('\n');
            }
        }
    }

    /** One series as a CSV with a header naming it (the form {@code adf --data} and gretl's {@code open} read). */
    public static void writeSeriesCsv(Path path, String name, double[] values) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.US_ASCII)) {
            w.append(name).append('\n');
            for (double v : values) {
                w.append(Double.toString(v)).append('\n');
            }
        }
    }

    /** Columns one after another as little-endian doubles (numpy: {@code fromfile(f, "<f8").reshape(k, n)}). */
    public static void writeColumns(Path path, double[][] cols) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
            ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
            for (double[] c : cols) {
                for (double v : c) {
                    if (!buf.hasRemaining()) {
                        out.write(buf.array(), 0, buf.position());
                        buf.clear();
                    }
                    buf.putDouble(v);
                }
            }
            out.write(buf.array(), 0, buf.position());
        }
    }
}
