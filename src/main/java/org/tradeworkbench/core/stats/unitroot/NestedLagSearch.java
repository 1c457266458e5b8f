package org.tradeworkbench.core.stats.unitroot;

import org.tradeworkbench.core.linalg.LeastSquaresFit;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/**
 * Chooses the ADF lag order as statsmodels' {@code adfuller(autolag=...)} does: every order 0..maxlag is fitted
 * on the same sample (the one the largest order allows) and compared by AIC, BIC or the t-statistic of the last
 * lag.
 *
 * <p>Why it is fast: the candidate regressions are nested (order p uses the level and lags 1..p), so with the
 * columns in that order every candidate is a leading column subset of the largest design. One Cholesky factor
 * R of the cross-product matrix of [level, lag 1..maxlag, y] (deterministic terms partialled out) gives every
 * candidate's SSR as a tail sum of squares of R's last column, and the last lag's t-statistic from one entry.
 * The cross products of lagged columns are shifts of each other and are updated along diagonals, so the whole
 * search costs O(n * maxlag) instead of maxlag separate regressions.
 *
 * <p>Accuracy guard: the chosen order and any order whose criterion lies within a small band of it are refitted
 * by QR on the common sample; the refitted criterion decides and is the one reported. If the refit disagrees
 * with the fast value beyond that band (an ill-conditioned design), every order is refitted by QR.
 */
final class NestedLagSearch {
    /** statsmodels' threshold: the 95% quantile of the standard normal. */
    static final double T_STOP = 1.6448536269514722;

    private final double[] x;
    private final UnitRootTrend trend;
    private final int maxLag;
    private final LagCriterion criterion;

    /** The chosen lag order and the criterion value (|t| of the last lag for {@link LagCriterion#T_STAT}). */
    record Choice(int lag, double icBest, double[] criterionByLag, boolean exactPath) {
    }

    NestedLagSearch(double[] x, UnitRootTrend trend, int maxLag, LagCriterion criterion) {
        this.x = x;
        this.trend = trend;
        this.maxLag = maxLag;
        this.criterion = criterion;
    }

    Choice run() {
        double[] fast = fastCriteria();
        if (fast == null) {
            return exactSearch();
        }
        Choice c = select(fast);
        if (c == null) {
            return exactSearch();
        }
        return c;
    }

    /** Every order refitted by QR: the reference path, also used when the fast path cannot be trusted. */
    Choice exactSearch() {
        double[] all = new double[maxLag + 1];
        for (int p = 0; p <= maxLag; p++) {
            all[p] = exactCriterion(p);
        }
        int best = decide(all);
        return new Choice(best, all[best], all, true);
    }

    private Choice select(double[] fast) {
        int best = decide(fast);
        int rows = x.length - 1 - maxLag;
        double band = criterion == LagCriterion.T_STAT ? 1e-6 : 1e-8 * (rows + Math.abs(fast[best]));
        double[] decided = fast.clone();
        boolean[] refitted = new boolean[maxLag + 1];
        // Refit exactly the chosen order and every order a rounding error could swap with it.
        for (int p = 0; p <= maxLag; p++) {
            boolean close = criterion == LagCriterion.T_STAT
                    ? Math.abs(fast[p] - T_STOP) < band
                    : Math.abs(fast[p] - fast[best]) < band;
            if (close || p == best) {
                decided[p] = exactCriterion(p);
                refitted[p] = true;
                if (Math.abs(decided[p] - fast[p]) > band / 10) {
                    return null;
                }
            }
        }
        int chosen = decide(decided);
        if (!refitted[chosen]) {
            decided[chosen] = exactCriterion(chosen);
            if (Math.abs(decided[chosen] - fast[chosen]) > band / 10) {
                return null;
            }
        }
        return new Choice(chosen, decided[chosen], decided, false);
    }

    /** statsmodels' rule: smallest criterion (ties: smallest order), or the t-stat walk down from maxlag. */
    private int decide(double[] values) {
        if (criterion == LagCriterion.T_STAT) {
            for (int p = maxLag; p > 0; p--) {
                if (values[p] >= T_STOP) {
                    return p;
                }
            }
            return 0;
        }
        int best = 0;
        for (int p = 1; p <= maxLag; p++) {
            if (values[p] < values[best]) {
                best = p;
            }
        }
        return best;
    }

    /** The criterion of order p on the common sample, by QR. */
    double exactCriterion(int p) {
        AdfRegression reg = AdfRegression.build(x, trend, p, maxLag);
        LeastSquaresFit fit = reg.fit();
        int k = reg.columnCount();
        if (criterion == LagCriterion.T_STAT) {
            // The last column of statsmodels' candidate design: the highest lag, or the level when p = 0.
            return Math.abs(fit.tValues()[reg.lastLagColumn()]);
        }
        return information(fit.ssr(), fit.nobs(), k);
    }

    private double information(double ssr, int nobs, int k) {
        double llf = logLikelihood(ssr, nobs);
        return criterion == LagCriterion.AIC ? -2 * llf + 2 * k : -2 * llf + Math.log(nobs) * k;
    }

    /** Gaussian log-likelihood at the ML variance, as statsmodels' {@code OLSResults.llf}. */
    static double logLikelihood(double ssr, int nobs) {
        double half = nobs / 2.0;
        return -half * Math.log(2 * Math.PI) - half * Math.log(ssr / nobs) - half;
    }

    /**
     * The criterion of every order from one Cholesky factor; {@code null} when the cross-product matrix is not
     * numerically positive definite.
     */
    private double[] fastCriteria() {
        int n = x.length;
        int nd = n - 1;
        int m = maxLag;
        int rows = nd - m;
        int terms = trend.termCount();
        double[] e = new double[nd];
        double[] lev = new double[nd];
        double shiftD = 0;
        double shiftX = 0;
        if (terms > 0) {
            // With a constant in the model, shifting y and the regressors changes nothing but rounding.
            for (int t = 0; t < nd; t++) {
                shiftD += x[t + 1] - x[t];
                shiftX += x[t];
            }
            shiftD /= nd;
            shiftX /= nd;
        }
        for (int t = 0; t < nd; t++) {
            e[t] = (x[t + 1] - x[t]) - shiftD;
            lev[t] = x[t] - shiftX;
        }
        int size = m + 2;
        int yi = m + 1;
        double[][] g = new double[size][size];
        // s0[k] = sum_t e[t] e[t-k] over the common sample t = m..nd-1.
        double[] s0 = new double[m + 1];
        for (int k = 0; k <= m; k++) {
            double s = 0;
            for (int t = m; t < nd; t++) {
                s += e[t] * e[t - k];
            }
            s0[k] = s;
        }
        // Cross products of lag columns j and k (lag 0 = y), filled along diagonals:
        // S(j+1,k+1) = S(j,k) + e[m-1-j] e[m-1-k] - e[nd-1-j] e[nd-1-k].
        double[][] lagCross = new double[m + 1][m + 1];
        for (int k = 0; k <= m; k++) {
            double s = s0[k];
            lagCross[0][k] = s;
            for (int j = 0; j + k + 1 <= m; j++) {
                int kk = j + k;
                s += e[m - 1 - j] * e[m - 1 - kk] - e[nd - 1 - j] * e[nd - 1 - kk];
                lagCross[j + 1][kk + 1] = s;
            }
        }
        double[] levCross = new double[m + 1];
        for (int j = 0; j <= m; j++) {
            double s = 0;
            for (int t = m; t < nd; t++) {
                s += lev[t] * e[t - j];
            }
            levCross[j] = s;
        }
        double levLev = 0;
        for (int t = m; t < nd; t++) {
            levLev += lev[t] * lev[t];
        }
        // Gram index: 0 = level, j = lag j (1..m), m+1 = y (lag 0).
        for (int a = 0; a <= m; a++) {
            for (int b = a; b <= m; b++) {
                double v = lagCross[a][b];
                int ia = a == 0 ? yi : a;
                int ib = b == 0 ? yi : b;
                g[ia][ib] = v;
                g[ib][ia] = v;
            }
        }
        g[0][0] = levLev;
        for (int j = 0; j <= m; j++) {
            int ij = j == 0 ? yi : j;
            g[0][ij] = levCross[j];
            g[ij][0] = levCross[j];
        }
        if (terms >= 1) {
            double[] sum = new double[size];
            for (int t = m; t < nd; t++) {
                sum[0] += lev[t];
            }
            for (int j = 0; j <= m; j++) {
                double s = 0;
                for (int t = m; t < nd; t++) {
                    s += e[t - j];
                }
                sum[j == 0 ? yi : j] = s;
            }
            subtractOuter(g, sum, 1.0 / rows);
        }
        if (terms >= 2) {
            double mid = (rows - 1) / 2.0;
            double[] tc = new double[size];
            for (int t = m; t < nd; t++) {
                tc[0] += (t - m - mid) * lev[t];
            }
            for (int j = 0; j <= m; j++) {
                double s = 0;
                for (int t = m; t < nd; t++) {
                    s += (t - m - mid) * e[t - j];
                }
                tc[j == 0 ? yi : j] = s;
            }
            double stt = rows * ((double) rows * rows - 1) / 12.0;
            subtractOuter(g, tc, 1.0 / stt);
        }
        double[][] r = cholesky(g);
        if (r == null) {
            return null;
        }
        double[] ssr = new double[m + 1];
        double tail = r[yi][yi] * r[yi][yi];
        for (int p = m; p >= 0; p--) {
            ssr[p] = tail;
            tail += r[p][yi] * r[p][yi];
        }
        double[] out = new double[m + 1];
        for (int p = 0; p <= m; p++) {
            int k = terms + p + 1;
            if (criterion == LagCriterion.T_STAT) {
                double s2 = ssr[p] / (rows - k);
                out[p] = Math.abs(r[p][yi]) / Math.sqrt(s2);
            } else {
                out[p] = information(ssr[p], rows, k);
            }
        }
        return out;
    }

    private static void subtractOuter(double[][] g, double[] v, double scale) {
        for (int a = 0; a < g.length; a++) {
            for (int b = 0; b < g.length; b++) {
                g[a][b] -= v[a] * v[b] * scale;
            }
        }
    }

    /** Upper factor R with G = R'R, or {@code null} if a pivot is not clearly positive. */
    private static double[][] cholesky(double[][] g) {
        int k = g.length;
        double[][] r = new double[k][k];
        for (int j = 0; j < k; j++) {
            double d = g[j][j];
            for (int i = 0; i < j; i++) {
                d -= r[i][j] * r[i][j];
            }
            if (!(d > 1e-13 * g[j][j]) || !(g[j][j] > 0)) {
                return null;
            }
            double rjj = Math.sqrt(d);
            r[j][j] = rjj;
            for (int c = j + 1; c < k; c++) {
                double s = g[j][c];
                for (int i = 0; i < j; i++) {
                    s -= r[i][j] * r[i][c];
                }
                r[j][c] = s / rjj;
            }
        }
        return r;
    }
}
