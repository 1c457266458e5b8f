package org.tradeworkbench.core.linalg;

import java.util.List;

/**
 * The outcome of {@link LeastSquares}: coefficients over the columns used, residuals, their sum of squares, and
 * the QR factor for {@code (X'X)^-1} and further right-hand sides.
 */
public final class LeastSquaresFit {
    private final double[] coefficients;
    private final int[] keptColumns;
    private final List<String> names;
    private final double[] residuals;
    private final double ssr;
    private final int nobs;
    private final HouseholderQr qr;
    private double[][] xtxInverse;

    LeastSquaresFit(double[] coefficients, int[] keptColumns, List<String> names, double[] residuals, double ssr,
            int nobs, HouseholderQr qr) {
        this.coefficients = coefficients;
        this.keptColumns = keptColumns;
        this.names = List.copyOf(names);
        this.residuals = residuals;
        this.ssr = ssr;
        this.nobs = nobs;
        this.qr = qr;
    }

    /** One coefficient per column used (all columns, for {@link LeastSquares#fit}). */
    public double[] coefficients() {
        return coefficients.clone();
    }

    public double coefficient(int i) {
        return coefficients[i];
    }

    /** Indices (in the design matrix) of the columns used. */
    public int[] keptColumns() {
        return keptColumns.clone();
    }

    public List<String> names() {
        return names;
    }

    /** {@code y - X b}; the array is shared, do not modify. */
    public double[] residuals() {
        return residuals;
    }

    public double ssr() {
        return ssr;
    }

    public int nobs() {
        return nobs;
    }

    /** Number of coefficients estimated (the rank of the design). */
    public int rank() {
        return coefficients.length;
    }

    public int dfResid() {
        return nobs - coefficients.length;
    }

    public HouseholderQr qr() {
        return qr;
    }

    /** {@code (X'X)^-1 = R^-1 R^-T} (rank x rank), computed once from R. Do not modify. */
    public synchronized double[][] xtxInverse() {
        if (xtxInverse == null) {
            xtxInverse = qr.xtxInverse();
        }
        return xtxInverse;
    }

    /**
     * Classical standard errors, {@code sqrt(s^2 diag((X'X)^-1))} with {@code s^2 = ssr / (nobs - rank)}: the
     * ones the unit-root test regressions report (statsmodels' nonrobust OLS).
     */
    public double[] standardErrors() {
        double s2 = ssr / dfResid();
        double[][] inv = xtxInverse();
        double[] se = new double[inv.length];
        for (int i = 0; i < se.length; i++) {
            se[i] = Math.sqrt(s2 * inv[i][i]);
        }
        return se;
    }

    /** Coefficient over its classical standard error, one per coefficient. */
    public double[] tValues() {
        double[] se = standardErrors();
        double[] t = new double[se.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = coefficients[i] / se[i];
        }
        return t;
    }

    /** {@code y - residual}, the fitted values. */
    public double[] fitted(double[] y) {
        double[] f = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            f[i] = y[i] - residuals[i];
        }
        return f;
    }
}
