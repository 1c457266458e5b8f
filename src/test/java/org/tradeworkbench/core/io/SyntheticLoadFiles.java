package org.tradeworkbench.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic load files for the big-file checks: seeded random numbers in the shape of real tables, not data about
 * anything. {@link #writeWide} writes a numbered table ({@code obs, x1..xk}, random walks with 10 decimals);
 * {@link #writeProductLevel} writes a long product-level table ({@code period, partner, product, value}, one row per
 * month, partner and HS-like product code, as customs statistics are published) and returns what the aggregation
 * must give. Every number is written from an integer, so the expected sums are exact.
 */
final class SyntheticLoadFiles {
    private SyntheticLoadFiles() {
    }

    /**
     * What {@link #writeWide} wrote: rows and, per column, the sum in row order of the values as doubles (each the
     * double nearest to the decimal written, so a reader that parses correctly and adds in row order gets the same).
     */
    record Wide(long rows, double[] sums, long bytes) {
    }

    /**
     * {@code rows} rows of {@code obs} (1..rows) and {@code columns} random walks {@code x1..}: each value has
     * 10 decimals, e.g. {@code -12345.6789012345}.
     */
    static Wide writeWide(Path file, long rows, int columns, long seed) throws IOException {
        Random rnd = new Random(seed);
        long[] level = new long[columns];
        double[] sums = new double[columns];
        byte[] line = new byte[32 * (columns + 1)];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            StringBuilder h = new StringBuilder("obs");
            for (int j = 1; j <= columns; j++) {
                h.append(",x").append(j);
            }
            out.write(h.append('\n').toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            for (long i = 1; i <= rows; i++) {
                int n = putLong(line, 0, i);
                for (int j = 0; j < columns; j++) {
                    // steps of at most +-50 keep |level| below 2^53 / 1e10 over 1e7 rows, so level / 1e10 is exact
                    level[j] += (long) ((rnd.nextDouble() - 0.5) * 1e12);
                    sums[j] += level[j] / 1e10;
                    line[n++] = ',';
                    n = putFixed(line, n, level[j], 10);
                }
                line[n++] = '\n';
                out.write(line, 0, n);
            }
        }
        return new Wide(rows, sums, Files.size(file));
    }

    /** What {@link #writeProductLevel} wrote: rows, and per partner the monthly sums (index = month from the start). */
    record ProductLevel(long rows, int firstYear, int months, Map<String, long[]> sums, long bytes) {
        long[] total() {
            long[] t = new long[months];
            for (long[] s : sums.values()) {
                for (int m = 0; m < months; m++) {
                    t[m] += s[m];
                }
            }
            return t;
        }
    }

    /**
     * Rows {@code period (YYYY-MM), partner, product, value} for {@code months} months from January of
     * {@code firstYear}, {@code partners} partner codes {@code P001..} and {@code products} six-digit codes; a
     * product is traded with a partner in a month with probability {@code share}; values are whole dollars.
     * Sorted by period, partner, product.
     */
    static ProductLevel writeProductLevel(Path file, int firstYear, int months, int partners, int products,
            double share, long seed) throws IOException {
        Random rnd = new Random(seed);
        String[] partnerCodes = new String[partners];
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (int p = 0; p < partners; p++) {
            partnerCodes[p] = String.format(java.util.Locale.ROOT, "P%03d", p + 1);
            sums.put(partnerCodes[p], new long[months]);
        }
        int[] productCodes = new int[products];
        for (int k = 0; k < products; k++) {
            productCodes[k] = 10_000 + k * (989_999 / Math.max(1, products));
        }
        long rows = 0;
        byte[] line = new byte[64];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write("period,partner,product,value\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            for (int m = 0; m < months; m++) {
                int year = firstYear + m / 12;
                int month = m % 12 + 1;
                for (int p = 0; p < partners; p++) {
                    long[] s = sums.get(partnerCodes[p]);
                    for (int k = 0; k < products; k++) {
                        if (rnd.nextDouble() >= share) {
                            continue;
                        }
                        long value = (long) Math.exp(6 + 4 * rnd.nextDouble());
                        s[m] += value;
                        int n = putLong(line, 0, year);
                        line[n++] = '-';
                        line[n++] = (byte) ('0' + month / 10);
                        line[n++] = (byte) ('0' + month % 10);
                        line[n++] = ',';
                        for (int c = 0; c < 4; c++) {
                            line[n++] = (byte) partnerCodes[p].charAt(c);
                        }
                        line[n++] = ',';
                        n = putPadded(line, n, productCodes[k], 6);
                        line[n++] = ',';
                        n = putLong(line, n, value);
                        line[n++] = '\n';
                        out.write(line, 0, n);
                        rows++;
                    }
                }
            }
        }
        return new ProductLevel(rows, firstYear, months, sums, Files.size(file));
    }

    private static int putLong(byte[] b, int at, long v) {
        if (v < 0) {
            b[at++] = '-';
            v = -v;
        }
        byte[] digits = new byte[20];
        int d = 0;
        do {
            digits[d++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        while (d > 0) {
            b[at++] = digits[--d];
        }
        return at;
    }

    private static int putPadded(byte[] b, int at, long v, int width) {
        byte[] digits = new byte[width];
        Arrays.fill(digits, (byte) '0');
        for (int i = width - 1; i >= 0 && v > 0; i--) {
            digits[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        System.arraycopy(digits, 0, b, at, width);
        return at + width;
    }

    /** {@code scaled / 10^decimals} written with exactly {@code decimals} decimals. */
    private static int putFixed(byte[] b, int at, long scaled, int decimals) {
        long unit = 1;
        for (int i = 0; i < decimals; i++) {
            unit *= 10;
        }
        if (scaled < 0) {
            b[at++] = '-';
            scaled = -scaled;
        }
        at = putLong(b, at, scaled / unit);
        b[at++] = '.';
        return putPadded(b, at, scaled % unit, decimals);
    }

    /** Writes the files for a manual run: {@code SyntheticLoadFiles DIR ROWS [PARTNERS]} (see docs/formats.md, Big files). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        Files.createDirectories(dir);
        Wide w = writeWide(dir.resolve("wide.csv"), rows, 5, 20261206L);
        System.out.println("wide.csv: " + w.rows() + " rows, " + w.bytes() + " bytes");
        int partners = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        ProductLevel p = writeProductLevel(dir.resolve("products.csv"), 2005, 240, partners, 1000, 0.8, 20261207L);
        System.out.println("products.csv: " + p.rows() + " rows, " + p.bytes() + " bytes");
    }
}
