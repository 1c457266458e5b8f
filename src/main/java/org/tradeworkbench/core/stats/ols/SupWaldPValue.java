package org.tradeworkbench.core.stats.ols;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Approximate asymptotic p-values of Andrews' (1993) sup-Wald (sup-F) statistic for a break at an unknown date:
 * Hansen, B. E. (1997), "Approximate asymptotic p values for structural-change tests", Journal of Business &amp;
 * Economic Statistics 15(1), 60–67. For k restrictions the limiting distribution depends on the candidate range
 * [π₁, π₂] only through λ = π₂(1 − π₁) / (π₁(1 − π₂)), or τ = 1 / (1 + √λ) (τ = π₀ for symmetric trimming π₀).
 * Hansen fits p(x) ≈ 1 − F_η(β₀ + β₁x) at τ = 0.01, 0.03, …, 0.49, F_η the chi-square distribution with η degrees
 * of freedom; between grid points the p-values are interpolated linearly in τ, towards the chi-square(k) of a
 * single date at τ = 0.5, and below 0.01 the 0.01 row is used. The coefficients are read from the data file
 * {@code hansen1997-sup-wald.csv} beside this class (written by src/test/reference/hansen1997_sup_wald_table.R).
 */
public final class SupWaldPValue {
    /** Hansen's table covers 1 to this many restrictions. */
    public static final int MAX_RESTRICTIONS = 40;
    private static final int TAUS = 25;
    private static final String RESOURCE = "hansen1997-sup-wald.csv";
    /** [k - 1][row][beta0, beta1, eta], rows at tau = 0.49, 0.47, ..., 0.01. */
    private static final double[][][] COEFFICIENTS = read();

    private SupWaldPValue() {
    }

    /**
     * λ of the candidate range gretl's {@code qlrtest} and R strucchange's {@code Fstats(from = π, to = 1 − π)} use
     * for the p-value: with a = floor(π n) and b = floor((1 − π) n), λ = (n − a) b / (a (n − b)).
     */
    public static double lambda(int n, double trimming) {
        double a = Math.floor(trimming * n);
        double b = Math.floor((1 - trimming) * n);
        return (n - a) * b / (a * (n - b));
    }

    /**
     * P(sup-Wald > {@code wald}) for {@code k} restrictions (1 to 40) and candidate range {@code lambda} (at least 1).
     */
    public static double upper(double wald, int k, double lambda) {
        if (k < 1 || k > MAX_RESTRICTIONS) {
            throw new IllegalArgumentException("Hansen's (1997) p-values cover 1 to " + MAX_RESTRICTIONS
                    + " restrictions, not " + k);
        }
        if (!(lambda >= 1) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be at least 1, got " + lambda);
        }
        double tau = 1 / (1 + Math.sqrt(lambda));
        if (tau >= 0.5) {
            return Distributions.chiSquareUpper(wald, k);
        }
        if (tau >= 0.49) {
            double w = (tau - 0.49) / 0.01;
            return (1 - w) * row(wald, k, 0) + w * Distributions.chiSquareUpper(wald, k);
        }
        if (tau <= 0.01) {
            return row(wald, k, TAUS - 1);
        }
        // Row i is tau = 0.49 - 0.02 i; position in rows.
        double pos = (0.49 - tau) / 0.02;
        int i = (int) Math.floor(pos);
        double w = pos - i;
        return (1 - w) * row(wald, k, i) + w * row(wald, k, i + 1);
    }

    private static double row(double wald, int k, int i) {
        double[] c = COEFFICIENTS[k - 1][i];
        return Distributions.chiSquareUpper(Math.max(0, c[0] + c[1] * wald), c[2]);
    }

    private static double[][][] read() {
        double[][][] t = new double[MAX_RESTRICTIONS][TAUS][];
        int rows = 0;
        try (InputStream in = SupWaldPValue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the table of Hansen's (1997) coefficients, " + RESOURCE
                        + ", is not in this build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("k,") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                int k = Integer.parseInt(f[0]);
                int i = (int) Math.round((0.49 - Double.parseDouble(f[1])) / 0.02);
                t[k - 1][i] = new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4])};
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the table " + RESOURCE + " cannot be read", e);
        }
        if (rows != MAX_RESTRICTIONS * TAUS) {
            throw new IllegalStateException(RESOURCE + " has " + rows + " rows, not " + MAX_RESTRICTIONS * TAUS);
        }
        return t;
    }
}
