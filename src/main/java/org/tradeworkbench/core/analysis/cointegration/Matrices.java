package org.tradeworkbench.core.analysis.cointegration;

import java.util.List;
import org.tradeworkbench.core.data.DataException;

/**
 * The few dense-matrix operations the Johansen procedure needs on its small (variables x variables) moment
 * matrices, row-major {@code double[row][col]}. Data matrices are column arrays {@code double[col][row]}.
 */
final class Matrices {
    private Matrices() {
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int m = b[0].length;
        int k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < k; l++) {
                double v = a[i][l];
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

    /** {@code a' b / n} for column arrays a (p columns) and b (q columns) of n rows. */
    static double[][] moment(double[][] a, double[][] b) {
        int n = a[0].length;
        double[][] s = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                double v = 0;
                for (int t = 0; t < n; t++) {
                    v += a[i][t] * b[j][t];
                }
                s[i][j] = v / n;
            }
        }
        return s;
    }

    /** Lower Cholesky factor of a symmetric positive definite matrix, or null when it is not (numerically). */
    static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > 1e-12 * Math.abs(a[j][j])) || !(a[j][j] > 0)) {
                return null;
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return l;
    }

    /** Inverse of a lower-triangular matrix. */
    static double[][] lowerInverse(double[][] l) {
        int n = l.length;
        double[][] inv = new double[n][n];
        for (int c = 0; c < n; c++) {
            inv[c][c] = 1.0 / l[c][c];
            for (int r = c + 1; r < n; r++) {
                double s = 0;
                for (int k = c; k < r; k++) {
                    s += l[r][k] * inv[k][c];
                }
                inv[r][c] = -s / l[r][r];
            }
        }
        return inv;
    }

    /** Inverse of a symmetric positive definite matrix; {@code what} names it in the error. */
    static double[][] spdInverse(double[][] a, String what) {
        double[][] l = cholesky(a);
        if (l == null) {
            throw new DataException(what);
        }
        double[][] li = lowerInverse(l);
        return multiply(transpose(li), li);
    }

    /** General inverse by Gauss-Jordan with partial pivoting (small matrices); {@code what} names it. */
    static double[][] inverse(double[][] a, String what) {
        int n = a.length;
        double[][] m = new double[n][2 * n];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n + i] = 1;
            for (int j = 0; j < n; j++) {
                scale = Math.max(scale, Math.abs(a[i][j]));
            }
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
                    p = r;
                }
            }
            if (!(Math.abs(m[p][c]) > 1e-12 * scale)) {
                throw new DataException(what);
            }
            double[] tmp = m[p];
            m[p] = m[c];
            m[c] = tmp;
            double piv = m[c][c];
            for (int j = 0; j < 2 * n; j++) {
                m[c][j] /= piv;
            }
            for (int r = 0; r < n; r++) {
                if (r != c && m[r][c] != 0) {
                    double f = m[r][c];
                    for (int j = 0; j < 2 * n; j++) {
                        m[r][j] -= f * m[c][j];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], n, inv[i], 0, n);
        }
        return inv;
    }

    /**
     * Eigenvalues (descending) and eigenvectors (columns of {@code vectors}) of a symmetric matrix by cyclic
     * Jacobi rotations: exact to rounding for the small matrices here and free of the ordering ambiguity of
     * a general solver.
     */
    record Eigen(double[] values, double[][] vectors) {
    }

    static Eigen symmetricEigen(double[][] s) {
        int n = s.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = s[i].clone();
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double diag = 0;
            for (int i = 0; i < n; i++) {
                diag += a[i][i] * a[i][i];
                for (int j = i + 1; j < n; j++) {
                    off += a[i][j] * a[i][j];
                }
            }
            if (off <= 1e-30 * diag || off == 0) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double sn = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - sn * akq;
                        a[k][q] = sn * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - sn * aqk;
                        a[q][k] = sn * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - sn * vkq;
                        v[k][q] = sn * vkp + c * vkq;
                    }
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(a[y][y], a[x][x]));
        double[] vals = new double[n];
        double[][] vecs = new double[n][n];
        for (int j = 0; j < n; j++) {
            vals[j] = a[order[j]][order[j]];
            for (int i = 0; i < n; i++) {
                vecs[i][j] = v[i][order[j]];
            }
        }
        return new Eigen(vals, vecs);
    }
}
