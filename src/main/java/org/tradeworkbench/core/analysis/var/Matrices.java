package org.tradeworkbench.core.analysis.var;

import org.tradeworkbench.core.data.DataException;

/** The few small dense-matrix operations of the VAR code ({@code double[row][col]}). */
final class Matrices {
    private Matrices() {
    }

    /** Lower-triangular L with {@code L L' = a}; a clear error when {@code a} is not positive definite. */
    static double[][] cholesky(double[][] a, String what) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int m = 0; m < j; m++) {
                    s -= l[i][m] * l[j][m];
                }
                if (i == j) {
                    if (!(s > 1e-300 * Math.max(1, Math.abs(a[i][i])))) {
                        throw new DataException(what + " is not positive definite (a residual series is a "
                                + "combination of the others, or constant)");
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }

    static double logDetSymmetric(double[][] a) {
        double[][] l = cholesky(a, "the residual covariance matrix");
        double s = 0;
        for (int i = 0; i < l.length; i++) {
            s += Math.log(l[i][i]);
        }
        return 2 * s;
    }

    /** Inverse of a symmetric positive definite matrix. */
    static double[][] inverseSpd(double[][] a, String what) {
        int n = a.length;
        double[][] l = cholesky(a, what);
        double[][] inv = new double[n][n];
        for (int c = 0; c < n; c++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                double s = i == c ? 1 : 0;
                for (int m = 0; m < i; m++) {
                    s -= l[i][m] * x[m];
                }
                x[i] = s / l[i][i];
            }
            for (int i = n - 1; i >= 0; i--) {
                double s = x[i];
                for (int m = i + 1; m < n; m++) {
                    s -= l[m][i] * x[m];
                }
                x[i] = s / l[i][i];
            }
            for (int i = 0; i < n; i++) {
                inv[i][c] = x[i];
            }
        }
        return inv;
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int m = b[0].length;
        int inner = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < inner; l++) {
                double v = a[i][l];
                if (v == 0) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    c[i][j] += v * b[l][j];
                }
            }
        }
        return c;
    }

    static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    /** {@code x' A^-1 x} for symmetric positive definite A. */
    static double quadraticFormInverse(double[] x, double[][] a, String what) {
        double[][] inv = inverseSpd(a, what);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                s += x[i] * inv[i][j] * x[j];
            }
        }
        return s;
    }

    static double trace(double[][] a) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i][i];
        }
        return s;
    }
}
