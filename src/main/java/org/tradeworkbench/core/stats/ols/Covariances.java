package org.tradeworkbench.core.stats.ols;

import org.tradeworkbench.core.linalg.HouseholderQr;

/** Sandwich covariance estimators {@code (X'X)^-1 M (X'X)^-1}, as statsmodels computes them. */
final class Covariances {
    private static final int HAC_BLOCK = 512;
    private Covariances() {
    }

    static double[][] classical(double[][] xtxInv, double s2) {
        int k = xtxInv.length;
        double[][] v = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                v[i][j] = s2 * xtxInv[i][j];
            }
        }
        return v;
    }

    /**
     * HC0 to HC3: {@code c (X'X)^-1 X' diag(w) X (X'X)^-1} with {@code w_i = e_i^2} (HC0), the same with
     * {@code c = n/(n-k)} (HC1), {@code w_i = e_i^2 / (1 - h_i)} (HC2) or {@code e_i^2 / (1 - h_i)^2} (HC3),
     * {@code h_i} the leverage (the diagonal of the hat matrix, the squared row norms of {@code Q1}), as R's
     * {@code sandwich::vcovHC}. Evaluated as {@code R^-1 (Q1' diag(w) Q1) R^-T} so that the ill-conditioning of
     * {@code X} is not squared. HC2 and HC3 are refused when an observation has leverage 1 (the model fits it
     * exactly, whatever its error).
     */
    static double[][] hc(HouseholderQr qr, double[] e, CovarianceType type, String[] labels) {
        int n = qr.rows();
        int k = qr.rank();
        double[] q = qr.thinQ();
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = e[i] * e[i];
        }
        if (type == CovarianceType.HC2 || type == CovarianceType.HC3) {
            for (int i = 0; i < n; i++) {
                double h = 0;
                for (int a = 0; a < k; a++) {
                    double v = q[a * n + i];
                    h += v * v;
                }
                double m = 1 - h;
                if (m <= 1e-12) {
                    throw new org.tradeworkbench.core.data.DataException(type.key().toUpperCase(
                            java.util.Locale.ROOT) + " covariance is undefined: observation " + labels[i]
                            + " has leverage 1 (the model fits it exactly); use HC0 or HC1");
                }
                w[i] /= type == CovarianceType.HC2 ? m : m * m;
            }
        }
        double[][] meat = new double[k][k];
        double[] qw = new double[n];
        for (int a = 0; a < k; a++) {
            int oa = a * n;
            for (int i = 0; i < n; i++) {
                qw[i] = q[oa + i] * w[i];
            }
            for (int b = a; b < k; b++) {
                double s = dot(qw, 0, q, b * n, n);
                meat[a][b] = s;
                meat[b][a] = s;
            }
        }
        return sandwich(qr.rInverse(), meat, type == CovarianceType.HC1 ? (double) n / (n - k) : 1.0);
    }

    /**
     * Newey-West: {@code M = G_0 + sum_{l=1..L} (1 - l/(L+1)) (G_l + G_l')} with {@code G_l = sum_t u_t u_{t-l}'},
     * {@code u_t = x_t e_t}, without a small-sample factor: statsmodels' {@code cov_type='HAC'} with its default
     * {@code use_correction=False}. Evaluated in the orthonormal basis {@code Q1} as for HC1.
     */
    static double[][] hac(HouseholderQr qr, double[] e, int lags) {
        return hac(qr, e, lags, CovarianceType.HAC);
    }

    /** As {@link #hac(HouseholderQr, double[], int)} with the weights of {@code kernel}. */
    static double[][] hac(HouseholderQr qr, double[] e, int lags, CovarianceType kernel) {
        int n = qr.rows();
        int k = qr.rank();
        double[] u = qr.thinQ();
        for (int a = 0; a < k; a++) {
            int o = a * n;
            for (int i = 0; i < n; i++) {
                u[o + i] *= e[i];
            }
        }
        int maxLag = kernel.lastLag(lags, n);
        // g[l][a][b] = sum_{t>=l} u_{t,a} u_{t-l,b}, accumulated over blocks of rows so that the block and the
        // rows it lags back to stay in cache for every lag and pair of columns.
        double[][][] g = new double[maxLag + 1][k][k];
        for (int start = 0; start < n; start += HAC_BLOCK) {
            int end = Math.min(n, start + HAC_BLOCK);
            for (int l = 0; l <= maxLag; l++) {
                int from = Math.max(start, l);
                if (from >= end) {
                    continue;
                }
                int len = end - from;
                for (int a = 0; a < k; a++) {
                    for (int b = l == 0 ? a : 0; b < k; b++) {
                        g[l][a][b] += dot(u, a * n + from, u, b * n + from - l, len);
                    }
                }
            }
        }
        double[][] meat = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                meat[a][b] = g[0][a][b];
                meat[b][a] = g[0][a][b];
            }
        }
        for (int l = 1; l <= maxLag; l++) {
            double wl = kernel.kernelWeight(l, lags);
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    meat[a][b] += wl * (g[l][a][b] + g[l][b][a]);
                }
            }
        }
        return sandwich(qr.rInverse(), meat, 1.0);
    }

    /** {@code scale * B M B'} for an upper-triangular (or any) {@code B}. */
    static double[][] sandwich(double[][] bread, double[][] meat, double scale) {
        int k = bread.length;
        double[][] breadT = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                breadT[i][j] = bread[j][i];
            }
        }
        double[][] tmp = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int l = 0; l < k; l++) {
                    s += bread[i][l] * meat[l][j];
                }
                tmp[i][j] = s;
            }
        }
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int l = 0; l < k; l++) {
                    s += tmp[i][l] * breadT[l][j];
                }
                out[i][j] = s * scale;
            }
        }
        return out;
    }

    static double dot(double[] a, int ao, double[] b, int bo, int len) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < len; i += 4) {
            s0 += a[ao + i] * b[bo + i];
            s1 += a[ao + i + 1] * b[bo + i + 1];
            s2 += a[ao + i + 2] * b[bo + i + 2];
            s3 += a[ao + i + 3] * b[bo + i + 3];
        }
        for (; i < len; i++) {
            s0 += a[ao + i] * b[bo + i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
