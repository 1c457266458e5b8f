package org.tradeworkbench.core.stats.ols;

import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.HouseholderQr;

/**
 * HAC covariances with an automatic bandwidth, VAR(1) prewhitening and the small-sample factor, with R sandwich's
 * conventions ({@code NeweyWest}, {@code kernHAC}, {@code vcovHAC}, {@code bwNeweyWest}, {@code bwAndrews}): the
 * scores {@code u_t = x_t e_t}; prewhitened, {@code v_t = u_t - A u_{t-1}} by least squares without intercept,
 * smoothed over the n - 1 prewhitened scores and recoloured by {@code D = (I - A)^-1}; the bandwidth rules give the
 * constant's score weight 0. The smoothing runs in the orthonormal basis {@code Q1} (the prewhitening VAR is
 * equivariant), the bandwidth rules on the scores of the regressors as they are ({@code R' u_Q}).
 */
final class HacEstimator {
    /** R {@code weightsAndrews}' tolerance: weights after the last one above it are dropped. */
    private static final double WEIGHT_TOL = 1e-7;

    private HacEstimator() {
    }

    static HacEstimate estimate(DesignMatrix x, HouseholderQr qr, double[] e, CovarianceType kernel, int fixedLags,
            HacSettings s) {
        int n = qr.rows();
        int k = qr.rank();
        double[][] u = new double[k][n];
        double[] q = qr.thinQ();
        for (int a = 0; a < k; a++) {
            for (int i = 0; i < n; i++) {
                u[a][i] = q[a * n + i] * e[i];
            }
        }
        double[][] v = u;
        double[][] d = null;
        if (s.prewhite()) {
            if (n < k + 3) {
                throw new DataException("HAC prewhitening needs more observations than " + n + " for " + k
                        + " coefficients");
            }
            double[][] a = var1(u);
            v = new double[k][n - 1];
            for (int i = 1; i < n; i++) {
                for (int r = 0; r < k; r++) {
                    double sum = u[r][i];
                    for (int c = 0; c < k; c++) {
                        sum -= a[r][c] * u[c][i - 1];
                    }
                    v[r][i - 1] = sum;
                }
            }
            double[][] ia = new double[k][k];
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < k; c++) {
                    ia[r][c] = (r == c ? 1 : 0) - a[r][c];
                }
            }
            d = inverse(ia, "I - A of the VAR(1) prewhitening the scores (a unit root in the scores)");
        }
        int m = v[0].length;
        double selected;
        double bw;
        double[] w;
        if (s.bandwidth() == HacBandwidth.FIXED) {
            selected = fixedLags + 1.0;
            bw = selected;
            int last = kernel.lastLag(fixedLags, m);
            w = new double[last + 1];
            for (int l = 0; l <= last; l++) {
                w[l] = kernel.kernelWeight(l, fixedLags);
            }
        } else {
            double[][] raw = rawScores(qr, v);
            double[] sw = scoreWeights(x, qr);
            selected = s.bandwidth() == HacBandwidth.NEWEY_WEST
                    ? neweyWest(raw, sw, kernel, s.prewhite(), n)
                    : andrews(raw, sw, kernel);
            if (!Double.isFinite(selected) || selected <= 0) {
                throw new DataException("the " + s.bandwidth().label() + " bandwidth is undefined for these residuals"
                        + " (got " + selected + "); give the HAC lags instead");
            }
            if (s.bandwidth() == HacBandwidth.NEWEY_WEST && kernel == CovarianceType.HAC) {
                int lag = (int) Math.min(Math.floor(selected), m - 1);
                bw = Math.floor(selected) + 1;
                w = new double[lag + 1];
                for (int l = 0; l <= lag; l++) {
                    w[l] = 1 - l / bw;
                }
            } else {
                bw = selected;
                double[] all = new double[m];
                int last = 0;
                for (int l = 0; l < m; l++) {
                    all[l] = kernel.kernelAt(l / bw);
                    if (Math.abs(all[l]) > WEIGHT_TOL) {
                        last = l;
                    }
                }
                w = java.util.Arrays.copyOf(all, last + 1);
            }
        }
        int lags = w.length - 1;
        while (lags > 0 && w[lags] == 0) {
            lags--;
        }
        double[][] meat = smooth(v, w);
        if (s.adjust()) {
            scale(meat, (double) n / (n - k));
        }
        if (d != null) {
            meat = multiply(multiply(d, meat), transpose(d));
        }
        return new HacEstimate(Covariances.sandwich(qr.rInverse(), meat, 1.0), selected, bw, lags);
    }

    /** {@code w_0 G_0 + sum_l w_l (G_l + G_l')}, {@code G_l = sum_t v_t v_{t-l}'}. */
    private static double[][] smooth(double[][] v, double[] w) {
        int k = v.length;
        int n = v[0].length;
        double[][] out = new double[k][k];
        for (int l = 0; l < w.length && l < n; l++) {
            if (w[l] == 0) {
                continue;
            }
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    double g = Covariances.dot(v[a], l, v[b], 0, n - l);
                    if (l == 0) {
                        out[a][b] += w[0] * g;
                    } else {
                        out[a][b] += w[l] * g;
                        out[b][a] += w[l] * g;
                    }
                }
            }
        }
        return out;
    }

    /** The least-squares VAR(1) without intercept: {@code A} with {@code u_t = A u_{t-1} + v_t}. */
    private static double[][] var1(double[][] u) {
        int k = u.length;
        int n = u[0].length;
        double[][] xx = new double[k][k];
        double[][] yx = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                xx[a][b] = Covariances.dot(u[a], 0, u[b], 0, n - 1);
                yx[a][b] = Covariances.dot(u[a], 1, u[b], 0, n - 1);
            }
        }
        return multiply(yx, inverse(xx, "the lagged scores of the VAR(1) prewhitening (they are collinear)"));
    }

    /** The scores of the regressors as they are: {@code R' v_Q}. */
    private static double[][] rawScores(HouseholderQr qr, double[][] v) {
        int k = v.length;
        int n = v[0].length;
        double[][] out = new double[k][n];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i <= j; i++) {
                double r = qr.r(i, j);
                for (int t = 0; t < n; t++) {
                    out[j][t] += r * v[i][t];
                }
            }
        }
        return out;
    }

    /** 0 for a column of ones (the constant's score is the residual), 1 otherwise; all 1 when every one is 0. */
    private static double[] scoreWeights(DesignMatrix x, HouseholderQr qr) {
        int[] kept = qr.keptColumns();
        double[] w = new double[kept.length];
        boolean any = false;
        for (int a = 0; a < kept.length; a++) {
            w[a] = x.isConstantOne(kept[a]) ? 0 : 1;
            any |= w[a] > 0;
        }
        if (!any) {
            java.util.Arrays.fill(w, 1);
        }
        return w;
    }

    /** R {@code bwNeweyWest}: {@code n} the observations before prewhitening. */
    static double neweyWest(double[][] v, double[] sw, CovarianceType kernel, boolean prewhite, int n) {
        double rate = switch (kernel) {
            case HAC -> 2.0 / 9;
            case HAC_PARZEN -> 4.0 / 25;
            default -> 2.0 / 25;
        };
        int m = (int) Math.floor((prewhite ? 3 : 4) * Math.pow(n / 100.0, rate));
        int len = v[0].length;
        double[] hw = new double[len];
        for (int a = 0; a < v.length; a++) {
            for (int t = 0; t < len; t++) {
                hw[t] += sw[a] * v[a][t];
            }
        }
        m = Math.min(m, len - 1);
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        for (int j = 0; j <= m; j++) {
            double sigma = Covariances.dot(hw, 0, hw, j, len - j) / len;
            s0 += j == 0 ? sigma : 2 * sigma;
            s1 += 2 * j * sigma;
            s2 += 2.0 * j * j * sigma;
        }
        return switch (kernel) {
            case HAC -> 1.1447 * Math.pow(Math.pow(s1 / s0, 2) * n, 1.0 / 3);
            case HAC_PARZEN -> 2.6614 * Math.pow(Math.pow(s2 / s0, 2) * n, 1.0 / 5);
            default -> 1.3221 * Math.pow(Math.pow(s2 / s0, 2) * n, 1.0 / 5);
        };
    }

    /** R {@code bwAndrews} with {@code approx = "AR(1)"}: an AR(1) with intercept fitted to each score. */
    static double andrews(double[][] v, double[] sw, CovarianceType kernel) {
        int n = v[0].length;
        double denom = 0;
        double a1 = 0;
        double a2 = 0;
        for (int a = 0; a < v.length; a++) {
            if (sw[a] == 0) {
                continue;
            }
            double[] z = v[a];
            double mean = 0;
            for (double zi : z) {
                mean += zi;
            }
            mean /= n;
            // Least squares of z_t on 1 and z_{t-1}, t = 2..n.
            double mx = 0;
            double my = 0;
            for (int t = 1; t < n; t++) {
                mx += z[t - 1] - mean;
                my += z[t] - mean;
            }
            mx /= n - 1;
            my /= n - 1;
            double sxy = 0;
            double sxx = 0;
            for (int t = 1; t < n; t++) {
                double dx = z[t - 1] - mean - mx;
                sxy += dx * (z[t] - mean - my);
                sxx += dx * dx;
            }
            double rho = sxy / sxx;
            double ssr = 0;
            for (int t = 1; t < n; t++) {
                double r = z[t] - mean - my - rho * (z[t - 1] - mean - mx);
                ssr += r * r;
            }
            double s2 = ssr / (n - 1);
            double s4 = s2 * s2;
            denom += sw[a] * s4 / Math.pow(1 - rho, 4);
            a2 += sw[a] * 4 * rho * rho * s4 / Math.pow(1 - rho, 8);
            a1 += sw[a] * 4 * rho * rho * s4 / (Math.pow(1 - rho, 6) * Math.pow(1 + rho, 2));
        }
        a1 /= denom;
        a2 /= denom;
        return switch (kernel) {
            case HAC -> 1.1447 * Math.pow(n * a1, 1.0 / 3);
            case HAC_PARZEN -> 2.6614 * Math.pow(n * a2, 1.0 / 5);
            default -> 1.3221 * Math.pow(n * a2, 1.0 / 5);
        };
    }

    private static double[][] inverse(double[][] m, String what) {
        org.apache.commons.math3.linear.LUDecomposition lu = new org.apache.commons.math3.linear.LUDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(m, true), 1e-14);
        if (!lu.getSolver().isNonSingular()) {
            throw new DataException("HAC prewhitening failed: singular " + what + "; turn prewhitening off");
        }
        return lu.getSolver().getInverse().getData();
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int r = a.length;
        int c = b[0].length;
        double[][] out = new double[r][c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                double s = 0;
                for (int l = 0; l < b.length; l++) {
                    s += a[i][l] * b[l][j];
                }
                out[i][j] = s;
            }
        }
        return out;
    }

    private static double[][] transpose(double[][] a) {
        double[][] out = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[j][i] = a[i][j];
            }
        }
        return out;
    }

    private static void scale(double[][] m, double f) {
        for (double[] row : m) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= f;
            }
        }
    }
}
