package org.tradeworkbench.core.stats.unitroot;

import org.tradeworkbench.core.data.DataException;

/**
 * Ordinary least squares by Householder QR on column-major data (one array per regressor), with classical
 * standard errors. Small and self-contained because the unit-root tests need nothing more than coefficients,
 * standard errors, t and the residual sum of squares.
 */
final class LeastSquaresFit {
    final double[] coefficients;
    final double[] standardErrors;
    final double[] tValues;
    final double ssr;
    final int nobs;
    final double[] residuals;

    private LeastSquaresFit(double[] b, double[] se, double[] t, double ssr, int nobs, double[] residuals) {
        this.coefficients = b;
        this.standardErrors = se;
        this.tValues = t;
        this.ssr = ssr;
        this.nobs = nobs;
        this.residuals = residuals;
    }

    /**
     * Fits {@code y} on the columns; {@code names} name the columns in the error raised for a regressor that is
     * collinear with the ones before it.
     */
    static LeastSquaresFit fit(double[][] columns, double[] y, String[] names, boolean keepResiduals) {
        int k = columns.length;
        int n = y.length;
        if (n <= k) {
            throw new DataException("the regression has " + n + " observations for " + k
                    + " coefficients: too few observations");
        }
        double[][] a = new double[k][];
        for (int j = 0; j < k; j++) {
            a[j] = columns[j].clone();
        }
        double[] qty = y.clone();
        double[] diag = new double[k];
        double[] norms = new double[k];
        for (int j = 0; j < k; j++) {
            norms[j] = norm(a[j], 0);
        }
        for (int j = 0; j < k; j++) {
            double[] col = a[j];
            double alpha = norm(col, j);
            // A column whose part orthogonal to the earlier ones is negligible is collinear with them.
            if (alpha <= 1e-11 * Math.max(norms[j], Double.MIN_NORMAL)) {
                throw new DataException("the regressor " + names[j]
                        + " is a linear combination of the other regressors (perfect collinearity)");
            }
            if (col[j] > 0) {
                alpha = -alpha;
            }
            // v = col[j..] - alpha e_j, stored in place; beta = 1 / (alpha * v_j) with sign folded in.
            double vj = col[j] - alpha;
            col[j] = vj;
            double vtv = -alpha * vj; // = v'v / 2
            for (int c = j + 1; c < k; c++) {
                applyReflection(col, a[c], j, n, vtv);
            }
            applyReflection(col, qty, j, n, vtv);
            diag[j] = alpha;
        }
        // R: diag on the diagonal, a[c][r] above it (r < c).
        double[] b = new double[k];
        for (int r = k - 1; r >= 0; r--) {
            double s = qty[r];
            for (int c = r + 1; c < k; c++) {
                s -= a[c][r] * b[c];
            }
            b[r] = s / diag[r];
        }
        double ssr = 0;
        for (int i = k; i < n; i++) {
            ssr += qty[i] * qty[i];
        }
        double s2 = ssr / (n - k);
        // Rinv by back substitution, column by column; diag((R'R)^-1) = squared row norms of Rinv.
        double[][] rinv = new double[k][k];
        for (int c = 0; c < k; c++) {
            rinv[c][c] = 1.0 / diag[c];
            for (int r = c - 1; r >= 0; r--) {
                double s = 0;
                for (int m = r + 1; m <= c; m++) {
                    s += a[m][r] * rinv[m][c];
                }
                rinv[r][c] = -s / diag[r];
            }
        }
        double[] se = new double[k];
        double[] t = new double[k];
        for (int r = 0; r < k; r++) {
            double q = 0;
            for (int c = r; c < k; c++) {
                q += rinv[r][c] * rinv[r][c];
            }
            se[r] = Math.sqrt(s2 * q);
            t[r] = b[r] / se[r];
        }
        double[] resid = null;
        if (keepResiduals) {
            resid = y.clone();
            for (int j = 0; j < k; j++) {
                double[] col = columns[j];
                double bj = b[j];
                for (int i = 0; i < n; i++) {
                    resid[i] -= bj * col[i];
                }
            }
        }
        return new LeastSquaresFit(b, se, t, ssr, n, resid);
    }

    private static void applyReflection(double[] v, double[] x, int from, int n, double vtvHalf) {
        double dot = 0;
        for (int i = from; i < n; i++) {
            dot += v[i] * x[i];
        }
        double f = dot / vtvHalf;
        for (int i = from; i < n; i++) {
            x[i] -= f * v[i];
        }
    }

    private static double norm(double[] x, int from) {
        double s = 0;
        for (int i = from; i < x.length; i++) {
            s += x[i] * x[i];
        }
        if (s > 1e-290 && s < 1e290) {
            return Math.sqrt(s);
        }
        // Rescaled only when the plain sum of squares under- or overflows.
        double scale = 0;
        for (int i = from; i < x.length; i++) {
            scale = Math.max(scale, Math.abs(x[i]));
        }
        if (scale == 0) {
            return 0;
        }
        s = 0;
        for (int i = from; i < x.length; i++) {
            double v = x[i] / scale;
            s += v * v;
        }
        return scale * Math.sqrt(s);
    }

    /** Gaussian log-likelihood at the ML variance, as statsmodels' {@code OLSResults.llf}. */
    static double logLikelihood(double ssr, int nobs) {
        double half = nobs / 2.0;
        return -half * Math.log(2 * Math.PI) - half * Math.log(ssr / nobs) - half;
    }
}
