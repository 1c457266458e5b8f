package org.tradeworkbench.core.analysis.cointegration;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.LeastSquares;
import org.tradeworkbench.core.linalg.LeastSquaresFit;

/**
 * What Johansen's procedure needs from the data: the moment matrices S00, S01, S11 (divided by the rows) of the
 * residuals of d(y)_t (R0) and z_t (R1) on the lagged differences and free terms z2, and the coefficients of those
 * partialling-out regressions, {@code b0[i]} and {@code b1[i]} one row per response in z2's column order.
 * Everything per rank follows from these small matrices: least squares is linear in the response, so the
 * short-run coefficients at rank r are B0 - Pi B1 and the residual covariance is that of R0 - Pi R1.
 */
record JohansenMoments(double[][] s00, double[][] s01, double[][] s11, double[][] b0, double[][] b1) {

    /** Residual covariance of R0 - Pi R1: S00 - Pi S10 - S01 Pi' + Pi S11 Pi'. */
    double[][] residualCovariance(double[][] pi) {
        int n = s00.length;
        double[][] piS10 = Matrices.multiply(pi, Matrices.transpose(s01));
        double[][] piS11Pi = Matrices.multiply(Matrices.multiply(pi, s11), Matrices.transpose(pi));
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = s00[i][j] - piS10[i][j] - piS10[j][i] + piS11Pi[i][j];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double m = 0.5 * (out[i][j] + out[j][i]);
                out[i][j] = m;
                out[j][i] = m;
            }
        }
        return out;
    }

    /** Short-run coefficients of d(y) - Pi z on z2: row i of {@code b0 - pi b1}. */
    double[][] shortRun(double[][] pi) {
        double[][] out = new double[b0.length][];
        for (int i = 0; i < b0.length; i++) {
            double[] row = b0[i].clone();
            for (int j = 0; j < b1.length; j++) {
                double w = pi[i][j];
                for (int c = 0; c < row.length; c++) {
                    row[c] -= w * b1[j][c];
                }
            }
            out[i] = row;
        }
        return out;
    }

    /**
     * The columns of d(y)_t, z_t (levels and the restricted term) and z2 (lagged differences and free terms) of
     * the series {@code y} for {@code k} lagged differences, partialled out by QR; {@code z2Names} name z2's columns.
     */
    static JohansenMoments byQr(double[][] y, int k, JohansenCase det, int rows, List<String> z2Names) {
        int n = y.length;
        int p1 = n + (det.hasRestrictedTerm() ? 1 : 0);
        int p2 = n * k + det.unrestrictedTermCount();
        double[][] z0 = new double[n][rows];
        double[][] z1 = new double[p1][rows];
        double[][] z2 = new double[p2][rows];
        for (int r = 0; r < rows; r++) {
            int t = r + k + 1;
            for (int j = 0; j < n; j++) {
                z0[j][r] = y[j][t] - y[j][t - 1];
                z1[j][r] = y[j][t - 1];
                for (int l = 1; l <= k; l++) {
                    z2[(l - 1) * n + j][r] = y[j][t - l] - y[j][t - l - 1];
                }
            }
            // The trend counts observations from 1 at the sample's first period.
            if (det == JohansenCase.RESTRICTED_CONSTANT) {
                z1[n][r] = 1;
            } else if (det == JohansenCase.RESTRICTED_TREND) {
                z1[n][r] = t + 1;
            }
            if (det.unrestrictedTermCount() >= 1) {
                z2[n * k][r] = 1;
            }
            if (det.unrestrictedTermCount() >= 2) {
                z2[n * k + 1][r] = t + 1;
            }
        }
        return byQr(z0, z1, z2, z2Names);
    }

    /**
     * By Householder QR of z2 (one factorisation for every response) and moments of the residuals; column arrays
     * {@code double[col][row]}. Collinear lagged differences are refused with their names.
     */
    static JohansenMoments byQr(double[][] z0, double[][] z1, double[][] z2, List<String> z2Names) {
        int n = z0.length;
        int p1 = z1.length;
        double[][] ys = new double[n + p1][];
        System.arraycopy(z0, 0, ys, 0, n);
        System.arraycopy(z1, 0, ys, n, p1);
        double[][] coef = new double[n + p1][];
        double[][] resid = new double[n + p1][];
        if (z2.length == 0) {
            for (int j = 0; j < ys.length; j++) {
                coef[j] = new double[0];
                resid[j] = ys[j];
            }
        } else {
            List<LeastSquaresFit> fits = LeastSquares.fitEach(DesignMatrix.ofColumns(z2Names, List.of(z2)), ys);
            for (int j = 0; j < ys.length; j++) {
                coef[j] = fits.get(j).coefficients();
                resid[j] = fits.get(j).residuals();
            }
        }
        double[][] r0 = java.util.Arrays.copyOfRange(resid, 0, n);
        double[][] r1 = java.util.Arrays.copyOfRange(resid, n, n + p1);
        return new JohansenMoments(Matrices.moment(r0, r0), Matrices.moment(r0, r1), Matrices.moment(r1, r1),
                java.util.Arrays.copyOfRange(coef, 0, n), java.util.Arrays.copyOfRange(coef, n, n + p1));
    }

    /**
     * From the cross products of the columns, formed in one pass over shifted copies of the series (the lagged
     * differences are offset views of one difference array each), then Cholesky of z2's scaled cross products.
     * With an unrestricted constant each column is shifted by its mean first, so the constant is partialled out
     * exactly and the sums do not cancel; without one nothing is shifted. Returns null when z2's scaled cross
     * products have a condition number above 1e8 (the squared one of z2 itself, which normal equations would
     * lose to rounding) or a column without variation: the caller then uses {@link #byQr}, which is exact to
     * rounding there and names collinear columns.
     */
    static JohansenMoments byCrossProducts(double[][] y, int k, JohansenCase det, int rows) {
        return byCrossProducts(y, 0, y[0].length, k, det, rows);
    }

    /** As {@link #byCrossProducts(double[][], int, JohansenCase, int)} on {@code y[j][first .. first + size - 1]}. */
    static JohansenMoments byCrossProducts(double[][] y, int first, int size, int k, JohansenCase det, int rows) {
        int n = y.length;
        boolean centre = det.unrestrictedTermCount() >= 1;
        List<Column> cols = new ArrayList<>();
        double[] diffShift = new double[n];
        double[] levelShift = new double[n];
        if (centre) {
            for (int j = 0; j < n; j++) {
                // Any shift near the mean serves (the exact means are taken out below): the differences' mean
                // telescopes, the levels' is summed.
                double[] v = y[j];
                diffShift[j] = (v[first + size - 1] - v[first]) / (size - 1);
                levelShift[j] = mean(v, first, size);
            }
        }
        CrossProducts.Family diff = new Differences(y, first, size, diffShift);
        CrossProducts.Family level = new Levels(y, first, size, levelShift);
        List<CrossProducts.Run> runs = new ArrayList<>();
        runs.add(new CrossProducts.Run(diff, k + 1));
        runs.add(new CrossProducts.Run(level, k));
        for (int j = 0; j < n; j++) {
            cols.add(new Column(k + 1, diffShift[j]));
        }
        for (int j = 0; j < n; j++) {
            cols.add(new Column(k, levelShift[j]));
        }
        // The trend counts observations from 1 at the sample's first period: row r is period r + k + 1.
        double trendShift = centre ? (rows + 1) / 2.0 + k + 1 : 0;
        double[] trend = null;
        if (det == JohansenCase.RESTRICTED_TREND || det.unrestrictedTermCount() >= 2) {
            trend = new double[rows];
            for (int r = 0; r < rows; r++) {
                trend[r] = r + k + 2 - trendShift;
            }
        }
        if (det == JohansenCase.RESTRICTED_CONSTANT) {
            double[] ones = new double[rows];
            java.util.Arrays.fill(ones, 1);
            cols.add(new Column(0, 0));
            runs.add(new CrossProducts.Run(new double[][] {ones}, 0));
        } else if (det == JohansenCase.RESTRICTED_TREND) {
            cols.add(new Column(0, trendShift));
            runs.add(new CrossProducts.Run(new double[][] {trend}, 0));
        }
        int a = cols.size();
        int firstLagRun = runs.size();
        for (int l = 1; l <= k; l++) {
            for (int j = 0; j < n; j++) {
                cols.add(new Column(k + 1 - l, diffShift[j]));
            }
            runs.add(new CrossProducts.Run(diff, k + 1 - l));
        }
        if (det.unrestrictedTermCount() >= 2) {
            cols.add(new Column(0, trendShift));
            runs.add(new CrossProducts.Run(new double[][] {trend}, 0));
        }
        int m = cols.size();
        // The levels' products with d(y)_t and with the lagged differences beyond the first follow from those
        // with d(y)_{t-1} (see levelProducts): summed directly are only the pairs the predicate keeps.
        int lagRuns = k;
        CrossProducts.Products products = CrossProducts.of(runs, rows, (i, j) -> k >= 1
                && ((i == 0 && j == 1) || (i == 1 && j > firstLagRun && j < firstLagRun + lagRuns)));
        double[][] c = products.c();
        double[] sums = products.sums();
        if (k >= 1) {
            levelProducts(c, sums, diff, level, diffShift, n, k, rows, a);
        }
        if (centre) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    c[i][j] -= sums[i] * sums[j] / rows;
                }
            }
        }
        for (int i = 0; i < m; i++) {
            if (!Double.isFinite(c[i][i])) {
                return null;
            }
        }
        int q = m - a;
        double[][] czz = new double[q][q];
        double[][] cza = new double[q][a];
        double[][] caa = new double[a][a];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                czz[i][j] = c[a + i][a + j];
            }
            for (int j = 0; j < a; j++) {
                cza[i][j] = c[a + i][j];
            }
        }
        for (int i = 0; i < a; i++) {
            System.arraycopy(c[i], 0, caa[i], 0, a);
        }
        double[][] beta = new double[q][a];
        if (q > 0) {
            double[] d = new double[q];
            double[][] scaled = new double[q][q];
            for (int i = 0; i < q; i++) {
                if (!(czz[i][i] > 0)) {
                    return null;
                }
                d[i] = Math.sqrt(czz[i][i]);
            }
            for (int i = 0; i < q; i++) {
                for (int j = 0; j < q; j++) {
                    scaled[i][j] = czz[i][j] / (d[i] * d[j]);
                }
            }
            double[] ev = Matrices.symmetricEigen(scaled).values();
            if (!(ev[q - 1] > 1e-8 * ev[0])) {
                return null;
            }
            double[][] l = Matrices.cholesky(scaled);
            if (l == null) {
                return null;
            }
            double[][] li = Matrices.lowerInverse(l);
            double[][] inv = Matrices.multiply(Matrices.transpose(li), li);
            for (int i = 0; i < q; i++) {
                for (int j = 0; j < a; j++) {
                    double s = 0;
                    for (int h = 0; h < q; h++) {
                        s += inv[i][h] * cza[h][j] / d[h];
                    }
                    beta[i][j] = s / d[i];
                }
            }
        }
        double[][] s = new double[a][a];
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < a; j++) {
                double v = caa[i][j];
                for (int h = 0; h < q; h++) {
                    v -= cza[h][i] * beta[h][j];
                }
                s[i][j] = v / rows;
            }
        }
        for (int i = 0; i < a; i++) {
            for (int j = i + 1; j < a; j++) {
                double v = 0.5 * (s[i][j] + s[j][i]);
                s[i][j] = v;
                s[j][i] = v;
            }
        }
        // Coefficients in z2's order: the lagged differences, then the constant (recovered from the means), then
        // the unrestricted trend.
        int lagged = n * k;
        int p2 = lagged + det.unrestrictedTermCount();
        double[][] coef = new double[a][p2];
        for (int i = 0; i < a; i++) {
            for (int h = 0; h < lagged; h++) {
                coef[i][h] = beta[h][i];
            }
            if (centre) {
                double constant = sums[i] / rows + cols.get(i).shift();
                for (int h = 0; h < q; h++) {
                    constant -= beta[h][i] * (sums[a + h] / rows + cols.get(a + h).shift());
                }
                coef[i][lagged] = constant;
            }
            if (det.unrestrictedTermCount() >= 2) {
                coef[i][lagged + 1] = beta[q - 1][i];
            }
        }
        double[][] s00 = new double[n][n];
        double[][] s01 = new double[n][a - n];
        double[][] s11 = new double[a - n][a - n];
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < a; j++) {
                if (i < n && j < n) {
                    s00[i][j] = s[i][j];
                } else if (i < n) {
                    s01[i][j - n] = s[i][j];
                } else if (j >= n) {
                    s11[i - n][j - n] = s[i][j];
                }
            }
        }
        return new JohansenMoments(s00, s01, s11, java.util.Arrays.copyOfRange(coef, 0, n),
                java.util.Arrays.copyOfRange(coef, n, a));
    }

    /**
     * Fills in the products of the levels y_{t-1} (columns n..2n-1, sample index k + r at row r) with d(y)_t
     * (columns 0..n-1, index k + 1 + r) and with the lagged differences d(y)_{t-l}, l = 2..k (columns
     * a + (l-1) n .., index k + 1 - l + r), from those with d(y)_{t-1} (l = 1, summed directly). With l_p and d_q
     * the shifted level and difference and c_p the differences' shift, l_p(s) = l_p(s-1) + d_p(s) + c_p, so
     * <pre>
     * sum_r l_p(k+r) d_q(k+1+r)   = X_1 - l_p(k) d_q(k) + l_p(k+rows) d_q(k+rows) - [d_p d_q]_t - c_p [d_q]_t
     * sum_r l_p(k+r) d_q(k+1-l+r) = X_{l-1} - l_p(k+rows-1) d_q(k+1-l+rows) + l_p(k-1) d_q(k+1-l)
     *                               + [d_p(-1) d_q(-l)] + c_p [d_q(-l)]
     * </pre>
     * where X_l is the second sum (X_1 summed), [..] a sum of products or a column sum already formed. Each
     * step adds terms no larger than the sums themselves, so no accuracy is lost to cancellation.
     */
    private static void levelProducts(double[][] c, double[] sums, CrossProducts.Family diff,
                                      CrossProducts.Family level, double[] diffShift, int n, int k, int rows, int a) {
        for (int p = 0; p < n; p++) {
            int lp = n + p;
            for (int q = 0; q < n; q++) {
                double x1 = c[lp][a + q];
                double v = x1 - level.value(p, k) * diff.value(q, k)
                        + level.value(p, k + rows) * diff.value(q, k + rows) - c[p][q] - diffShift[p] * sums[q];
                c[lp][q] = v;
                c[q][lp] = v;
                double prev = x1;
                for (int l = 2; l <= k; l++) {
                    int col = a + (l - 1) * n + q;
                    double x = prev - level.value(p, k + rows - 1) * diff.value(q, k + 1 - l + rows)
                            + level.value(p, k - 1) * diff.value(q, k + 1 - l) + c[a + p][col]
                            + diffShift[p] * sums[col];
                    c[lp][col] = x;
                    c[col][lp] = x;
                    prev = x;
                }
            }
        }
    }

    /** A column read from {@code offset} of a family whose series are shifted by {@code shift}. */
    record Column(int offset, double shift) {
    }

    private static double mean(double[] x, int from, int size) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        int to = from + size;
        for (; i + 4 <= to; i += 4) {
            s0 += x[i];
            s1 += x[i + 1];
            s2 += x[i + 2];
            s3 += x[i + 3];
        }
        for (; i < to; i++) {
            s0 += x[i];
        }
        return ((s0 + s1) + (s2 + s3)) / size;
    }

    /**
     * d(y_j) minus {@code shift[j]} at sample index s >= 1 (0 at s = 0, never read), computed from the series as
     * they are summed rather than stored.
     */
    private record Differences(double[][] y, int first, int length, double[] shift) implements CrossProducts.Family {
        @Override
        public int size() {
            return y.length;
        }

        @Override
        public double value(int p, int s) {
            return s == 0 ? 0 : (y[p][first + s] - y[p][first + s - 1]) - shift[p];
        }

        @Override
        public void fill(int p, int from, int to, double[] dst, int at) {
            double[] v = y[p];
            double c = shift[p];
            int s = from;
            if (s == 0 && s < to) {
                dst[at] = 0;
                s++;
            }
            int move = at - from;
            for (; s < to; s++) {
                dst[s + move] = (v[first + s] - v[first + s - 1]) - c;
            }
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** y_j minus {@code shift[j]} at sample index s. */
    private record Levels(double[][] y, int first, int length, double[] shift) implements CrossProducts.Family {
        @Override
        public int size() {
            return y.length;
        }

        @Override
        public double value(int p, int s) {
            return y[p][first + s] - shift[p];
        }

        @Override
        public void fill(int p, int from, int to, double[] dst, int at) {
            double[] v = y[p];
            double c = shift[p];
            for (int s = from; s < to; s++) {
                dst[at + s - from] = v[first + s] - c;
            }
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
