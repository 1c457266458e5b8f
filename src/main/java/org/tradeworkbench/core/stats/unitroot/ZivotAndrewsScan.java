package org.tradeworkbench.core.stats.unitroot;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.LeastSquares;
import org.tradeworkbench.core.linalg.LeastSquaresFit;

/**
 * The t statistic of the lagged level in the Zivot-Andrews regression at every candidate break date.
 *
 * <p>Rows r = 0..R-1 of the regression explain d(y) at index t = lags + 1 + r. The fixed regressors W (constant,
 * trend, lagged differences) are orthonormalised once (classical Gram-Schmidt, two passes), and the lagged level
 * and d(y) are replaced by their residuals on W. At a break date only the break regressors D change: an
 * intercept dummy DU = 1(r &gt;= s) and a trend dummy DT = max(0, r - s + 1). Their products with the orthonormal
 * columns and the two residuals are suffix sums (for DT, sums of suffix sums), so one backward pass per column
 * gives every date's cross products. Each date then needs only a Cholesky factor of the 3x3 or 4x4 matrix of
 * [D, level, d(y)] after W: O(R k) for all dates together instead of a regression of O(R k^2) per date.
 *
 * <p>Accuracy guard: a date where the partialled break regressors or the residual sum of squares cancel to a small
 * fraction of their size (near-collinear or near-exact fits, where cross products lose digits) is refitted by
 * Householder QR of its full design.
 *
 * <p>statsmodels' dummies, in row terms with c = break index - lags: DU starts at row c for models c and ct, and
 * the trend dummy starts at row c for ct (where its offset is absorbed by DU) but at row c - 1 for t.
 */
final class ZivotAndrewsScan {
    /** Below this share of its own sum of squares a partialled column is refitted by QR. */
    private static final double REFIT_BELOW = 1e-6;

    private final ZivotAndrewsBreak type;
    private final int lags;
    private final int rows;
    private final double[] dep;
    private final double[] level;
    /** Column-major: const, trend, lagged differences 1..lags. */
    private final double[] fixed;
    private final int fixedCols;

    ZivotAndrewsScan(double[] x, ZivotAndrewsBreak type, int lags) {
        this.type = type;
        this.lags = lags;
        this.rows = x.length - 1 - lags;
        this.fixedCols = lags + 2;
        dep = new double[rows];
        level = new double[rows];
        fixed = new double[rows * fixedCols];
        for (int r = 0; r < rows; r++) {
            int t = lags + r;
            dep[r] = x[t + 1] - x[t];
            level[r] = x[t];
            fixed[r] = 1.0;
            fixed[rows + r] = r + 1;
            for (int j = 1; j <= lags; j++) {
                fixed[(j + 1) * rows + r] = x[t - j + 1] - x[t - j];
            }
        }
    }

    ZivotAndrewsBreak breakType() {
        return type;
    }

    /** The first regression row where the break regressors are non-zero, for a break at {@code breakIndex}. */
    int dummyStart(int breakIndex) {
        int c = breakIndex - lags;
        return type == ZivotAndrewsBreak.TREND ? c - 1 : c;
    }

    /** Rows of the regression whose break regressors are zero. */
    int rowsBefore(int breakIndex) {
        return dummyStart(breakIndex);
    }

    private int dof() {
        return rows - (fixedCols + 1 + type.dummyCount());
    }

    /** The statistic at every break index first..last. */
    double[] statistics(int first, int last, String what) {
        int sMin = dummyStart(first);
        int sMax = dummyStart(last);
        int count = sMax - sMin + 1;
        double[] q = orthonormalFixed(what);
        double[] lt = residual(q, level);
        double[] yt = residual(q, dep);
        double ll = dot(lt, lt);
        double ly = dot(lt, yt);
        double yy = dot(yt, yt);
        double levelSs = dot(level, level);
        double depSs = dot(dep, dep);
        if (!(ll > 1e-20 * levelSs)) {
            throw new DataException(what + ": the lagged level is a linear combination of the constant, the trend "
                    + "and the lagged differences, so its coefficient is not identified");
        }
        if (!(yy > 1e-24 * depSs)) {
            throw exactFit(what);
        }
        boolean du = type != ZivotAndrewsBreak.TREND;
        boolean dt = type != ZivotAndrewsBreak.INTERCEPT;
        // Products of the orthonormal columns with DU and DT, summed over the columns.
        double[] uu = new double[count];
        double[] ut = new double[count];
        double[] tt = new double[count];
        for (int i = 0; i < fixedCols; i++) {
            int off = i * rows;
            double u = 0;
            double t = 0;
            for (int r = rows - 1; r >= sMin; r--) {
                u += q[off + r];
                t += u;
                if (r <= sMax) {
                    int k = r - sMin;
                    uu[k] += u * u;
                    ut[k] += u * t;
                    tt[k] += t * t;
                }
            }
        }
        double[] ul = new double[count];
        double[] tl = new double[count];
        double[] uy = new double[count];
        double[] ty = new double[count];
        suffixSums(lt, sMin, sMax, ul, tl);
        suffixSums(yt, sMin, sMax, uy, ty);
        int dof = dof();
        double[] out = new double[count];
        int d = type.dummyCount();
        double[] g = new double[(d + 2) * (d + 2)];
        double[] raw = new double[d];
        for (int k = 0; k < count; k++) {
            double big = rows - (sMin + k);
            int a = 0;
            if (du) {
                raw[a] = big;
                a++;
            }
            if (dt) {
                raw[a] = big * (big + 1) * (2 * big + 1) / 6;
            }
            fill(g, d, du, dt, big, uu[k], ut[k], tt[k], ul[k], tl[k], uy[k], ty[k], ll, ly, yy);
            double stat = fastStatistic(g, d, raw, yy, dof);
            out[k] = Double.isNaN(stat) ? exactStatistic(first + k, what) : stat;
        }
        return out;
    }

    private static void fill(double[] g, int d, boolean du, boolean dt, double big, double uu, double ut, double tt,
                             double ul, double tl, double uy, double ty, double ll, double ly, double yy) {
        int m = d + 2;
        int il = d;
        int iy = d + 1;
        int a = 0;
        if (du) {
            g[0] = big - uu;
            g[il] = ul;
            g[iy] = uy;
            a = 1;
        }
        if (dt) {
            double dtdt = big * (big + 1) * (2 * big + 1) / 6;
            g[a * m + a] = dtdt - tt;
            g[a * m + il] = tl;
            g[a * m + iy] = ty;
            if (du) {
                g[1] = big * (big + 1) / 2 - ut;
            }
        }
        g[il * m + il] = ll;
        g[il * m + iy] = ly;
        g[iy * m + iy] = yy;
    }

    /**
     * t of the level from the upper Cholesky factor of g (upper triangle used, overwritten), or NaN when a pivot
     * cancels below {@link #REFIT_BELOW} of its column's sum of squares.
     */
    private static double fastStatistic(double[] g, int d, double[] raw, double yy, int dof) {
        int m = d + 2;
        for (int j = 0; j < m; j++) {
            double s = g[j * m + j];
            for (int i = 0; i < j; i++) {
                s -= g[i * m + j] * g[i * m + j];
            }
            double scale = j < d ? raw[j] : g[j * m + j];
            if (!(s > REFIT_BELOW * scale)) {
                return Double.NaN;
            }
            double rjj = Math.sqrt(s);
            g[j * m + j] = rjj;
            for (int c = j + 1; c < m; c++) {
                double v = g[j * m + c];
                for (int i = 0; i < j; i++) {
                    v -= g[i * m + j] * g[i * m + c];
                }
                g[j * m + c] = v / rjj;
            }
        }
        double rly = g[d * m + d + 1];
        double ryy = g[(d + 1) * m + d + 1];
        return rly * Math.sqrt(dof) / ryy;
    }

    /** The statistic at one break index by Householder QR of the whole design: the reference path. */
    double exactStatistic(int breakIndex, String what) {
        int s = dummyStart(breakIndex);
        List<String> names = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        names.add("level");
        cols.add(level);
        names.add("const");
        cols.add(column(0));
        names.add("trend");
        cols.add(column(1));
        for (int j = 1; j <= lags; j++) {
            names.add("lag " + j);
            cols.add(column(j + 1));
        }
        if (type != ZivotAndrewsBreak.TREND) {
            double[] v = new double[rows];
            for (int r = Math.max(s, 0); r < rows; r++) {
                v[r] = 1;
            }
            names.add("intercept break");
            cols.add(v);
        }
        if (type != ZivotAndrewsBreak.INTERCEPT) {
            double[] v = new double[rows];
            for (int r = Math.max(s, 0); r < rows; r++) {
                v[r] = r - s + 1;
            }
            names.add("trend break");
            cols.add(v);
        }
        LeastSquaresFit fit;
        try {
            fit = LeastSquares.fit(DesignMatrix.ofColumns(names, cols), dep);
        } catch (DataException e) {
            throw new DataException(what + ": the regression with the break at index " + breakIndex
                    + " has collinear regressors: " + e.getMessage());
        }
        if (fit.ssr() <= 1e-24 * dot(dep, dep)) {
            throw exactFit(what);
        }
        return fit.tValues()[0];
    }

    private static DataException exactFit(String what) {
        return new DataException(what + ": the test regression fits the data exactly (a deterministic series), "
                + "so the statistic is undefined");
    }

    private double[] column(int j) {
        double[] v = new double[rows];
        System.arraycopy(fixed, j * rows, v, 0, rows);
        return v;
    }

    /** For s = sMin..sMax: u[s] = sum over r >= s of v[r], t[s] = sum over r >= s of (r - s + 1) v[r]. */
    private void suffixSums(double[] v, int sMin, int sMax, double[] u, double[] t) {
        double su = 0;
        double st = 0;
        for (int r = rows - 1; r >= sMin; r--) {
            su += v[r];
            st += su;
            if (r <= sMax) {
                u[r - sMin] = su;
                t[r - sMin] = st;
            }
        }
    }

    /** The fixed columns orthonormalised in order, column-major; collinear lagged differences are refused. */
    private double[] orthonormalFixed(String what) {
        double[] q = new double[rows * fixedCols];
        for (int j = 0; j < fixedCols; j++) {
            double[] v = column(j);
            double before = Math.sqrt(dot(v, v));
            project(q, j, v);
            project(q, j, v);
            double norm = Math.sqrt(dot(v, v));
            if (!(norm > 1e-10 * before)) {
                throw new DataException(what + ": " + (j == 1 ? "the trend" : "lagged difference " + (j - 1))
                        + " is a linear combination of the constant, the trend and the shorter lags (e.g. a series "
                        + "that changes by the same amount every period); use fewer lags");
            }
            for (int r = 0; r < rows; r++) {
                q[j * rows + r] = v[r] / norm;
            }
        }
        return q;
    }

    private double[] residual(double[] q, double[] v) {
        double[] out = v.clone();
        project(q, fixedCols, out);
        project(q, fixedCols, out);
        return out;
    }

    /** v -= Q_{0..cols-1} Q_{0..cols-1}' v (one classical Gram-Schmidt pass). */
    private void project(double[] q, int cols, double[] v) {
        double[] h = new double[cols];
        for (int i = 0; i < cols; i++) {
            double s = 0;
            int off = i * rows;
            for (int r = 0; r < rows; r++) {
                s += q[off + r] * v[r];
            }
            h[i] = s;
        }
        for (int i = 0; i < cols; i++) {
            double hi = h[i];
            int off = i * rows;
            for (int r = 0; r < rows; r++) {
                v[r] -= hi * q[off + r];
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
