package org.tradeworkbench.core.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Householder QR factorisation {@code X = Q R} of a tall column-major matrix, without forming {@code X'X}.
 *
 * <p>Columns are processed in their given order. Before column {@code j} becomes a pivot, the part of it that
 * the previous columns cannot explain (the norm of its rows below the current pivot row, i.e. the would-be
 * {@code |R_jj|}) is compared with its original norm; a ratio below {@link #DEFAULT_TOLERANCE} means the
 * column is (numerically) a linear combination of the columns before it. The factorisation then either records
 * the column as dependent and skips it (rank-revealing use, e.g. White's auxiliary regression with repeated
 * products) or the caller reports it by name.
 *
 * <p>Memory layout and loops are chosen for very tall matrices (10^6 rows): every reflector is applied to all
 * trailing columns in row blocks, so the reflector's block stays in cache while the columns stream through.
 */
public final class HouseholderQr {
    /**
     * Relative size of the unexplained part of a column below which it counts as linearly dependent. Far above
     * rounding noise (about 1e-16 times the square root of the row count) and far below the genuinely
     * ill-conditioned but full-rank designs of NIST StRD (Filip's smallest ratio is about 5e-8).
     */
    public static final double DEFAULT_TOLERANCE = 1e-11;

    private static final int BLOCK = 2048;

    private final int n;
    private final int k;
    /** Column-major n x k: R on and above the pivot rows of kept columns, reflector tails below. */
    private final double[] a;
    /** Kept (independent) columns in order; pivot row p belongs to column kept[p]. */
    private final int[] kept;
    private final double[] tau;
    private final double[] rDiag;
    private final int firstDependent;
    /** Euclidean norms of the original columns. */
    private final double[] columnNorms;

    private HouseholderQr(int n, int k, double[] a, int[] kept, double[] tau, double[] rDiag, int firstDependent,
            double[] columnNorms) {
        this.columnNorms = columnNorms;
        this.n = n;
        this.k = k;
        this.a = a;
        this.kept = kept;
        this.tau = tau;
        this.rDiag = rDiag;
        this.firstDependent = firstDependent;
    }

    /**
     * Factorises a copy of {@code x}.
     *
     * @param stopAtDependent stop at the first dependent column (its index is then {@link #firstDependent()}),
     *                        instead of skipping it and going on
     */
    public static HouseholderQr factor(DesignMatrix x, double tolerance, boolean stopAtDependent) {
        int n = x.rows();
        int k = x.cols();
        double[] a = x.values().clone();
        double[] norm0 = new double[k];
        for (int j = 0; j < k; j++) {
            norm0[j] = norm(a, j * n, n);
        }
        int[] kept = new int[k];
        double[] tau = new double[k];
        double[] rDiag = new double[k];
        int p = 0;
        int firstDependent = -1;
        double[] dots = new double[k];
        for (int j = 0; j < k; j++) {
            int col = j * n;
            double rest = p < n ? norm(a, col + p, n - p) : 0.0;
            if (!(rest > tolerance * norm0[j]) || norm0[j] == 0.0) {
                if (firstDependent < 0) {
                    firstDependent = j;
                }
                if (stopAtDependent) {
                    break;
                }
                continue;
            }
            // Reflector H = I - tau v v', v(p) = 1, chosen so that H a_j = beta e_p with no cancellation.
            double alpha = a[col + p];
            double beta = alpha >= 0 ? -rest : rest;
            double scale = 1.0 / (alpha - beta);
            for (int i = col + p + 1; i < col + n; i++) {
                a[i] *= scale;
            }
            tau[p] = (beta - alpha) / beta;
            rDiag[p] = beta;
            a[col + p] = beta;
            kept[p] = j;
            applyToTrailing(a, n, p, j, k, tau[p], dots);
            p++;
        }
        return new HouseholderQr(n, k, a, Arrays.copyOf(kept, p), Arrays.copyOf(tau, p), Arrays.copyOf(rDiag, p),
                firstDependent, norm0);
    }

    /** Applies reflector p (stored in column j) to columns j+1..k-1, in row blocks. */
    private static void applyToTrailing(double[] a, int n, int p, int j, int k, double t, double[] dots) {
        if (j + 1 >= k) {
            return;
        }
        int v = j * n;
        for (int c = j + 1; c < k; c++) {
            dots[c] = a[c * n + p];
        }
        for (int start = p + 1; start < n; start += BLOCK) {
            int end = Math.min(n, start + BLOCK);
            for (int c = j + 1; c < k; c++) {
                dots[c] += dot(a, v, a, c * n, start, end);
            }
        }
        for (int c = j + 1; c < k; c++) {
            dots[c] *= t;
        }
        for (int start = p + 1; start < n; start += BLOCK) {
            int end = Math.min(n, start + BLOCK);
            for (int c = j + 1; c < k; c++) {
                double f = dots[c];
                if (f != 0.0) {
                    int off = c * n;
                    for (int i = start; i < end; i++) {
                        a[off + i] -= f * a[v + i];
                    }
                }
            }
        }
        for (int c = j + 1; c < k; c++) {
            a[c * n + p] -= dots[c];
        }
    }

    /** Sum of x[xo+i]*y[yo+i] for i in [start, end), four accumulators for instruction-level parallelism. */
    private static double dot(double[] x, int xo, double[] y, int yo, int start, int end) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = start;
        for (; i + 3 < end; i += 4) {
            s0 += x[xo + i] * y[yo + i];
            s1 += x[xo + i + 1] * y[yo + i + 1];
            s2 += x[xo + i + 2] * y[yo + i + 2];
            s3 += x[xo + i + 3] * y[yo + i + 3];
        }
        for (; i < end; i++) {
            s0 += x[xo + i] * y[yo + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Euclidean norm of a[off .. off+len), scaled so that it neither overflows nor underflows. */
    static double norm(double[] a, int off, int len) {
        double max = 0;
        for (int i = off; i < off + len; i++) {
            max = Math.max(max, Math.abs(a[i]));
        }
        if (max == 0 || !Double.isFinite(max)) {
            return max;
        }
        double s;
        if (max > 1e150 || max < 1e-150) {
            double inv = 1.0 / max;
            double acc = 0;
            for (int i = off; i < off + len; i++) {
                double v = a[i] * inv;
                acc += v * v;
            }
            s = max * Math.sqrt(acc);
        } else {
            s = Math.sqrt(dot(a, off, a, off, 0, len));
        }
        return s;
    }

    public int rows() {
        return n;
    }

    public int cols() {
        return k;
    }

    /** Number of independent columns found. */
    public int rank() {
        return kept.length;
    }

    /** Indices of the independent columns, in order. */
    public int[] keptColumns() {
        return kept.clone();
    }

    /** The first column found to depend on the columns before it, or -1. */
    public int firstDependent() {
        return firstDependent;
    }

    /** All columns found dependent (when the factorisation skipped rather than stopped). */
    public List<Integer> dependentColumns() {
        List<Integer> out = new ArrayList<>();
        int p = 0;
        for (int j = 0; j < k; j++) {
            if (p < kept.length && kept[p] == j) {
                p++;
            } else {
                out.add(j);
            }
        }
        return out;
    }

    /**
     * When the factorisation stopped at dependent column {@code j = firstDependent()}: the coefficients that
     * express that column through the kept columns before it (one per kept column), so that a message can name
     * the regressors it duplicates.
     */
    public double[] dependencyOfFirstDependent() {
        if (firstDependent < 0) {
            throw new IllegalStateException("no dependent column");
        }
        double[] c = new double[kept.length];
        System.arraycopy(a, firstDependent * n, c, 0, kept.length);
        return backSubstitute(c);
    }

    /** {@code R(i, jj)} for the reduced upper-triangular factor over the kept columns (i <= jj). */
    public double r(int i, int jj) {
        return i == jj ? rDiag[i] : a[kept[jj] * n + i];
    }

    /** Overwrites {@code v} (length rows) with {@code Q' v}. */
    public void applyQTranspose(double[] v) {
        if (v.length != n) {
            throw new IllegalArgumentException("vector of " + v.length + " for " + n + " rows");
        }
        for (int p = 0; p < kept.length; p++) {
            int col = kept[p] * n;
            double s = v[p] + dot(a, col, v, 0, p + 1, n);
            s *= tau[p];
            v[p] -= s;
            for (int i = p + 1; i < n; i++) {
                v[i] -= s * a[col + i];
            }
        }
    }

    /** Overwrites {@code v} (length rows) with {@code Q v}. */
    public void applyQ(double[] v) {
        if (v.length != n) {
            throw new IllegalArgumentException("vector of " + v.length + " for " + n + " rows");
        }
        for (int p = kept.length - 1; p >= 0; p--) {
            int col = kept[p] * n;
            double s = v[p] + dot(a, col, v, 0, p + 1, n);
            s *= tau[p];
            v[p] -= s;
            for (int i = p + 1; i < n; i++) {
                v[i] -= s * a[col + i];
            }
        }
    }

    /**
     * The thin orthonormal factor {@code Q1} (rows x rank, column-major): {@code X[:, kept] = Q1 R}. Built by
     * applying the reflectors to the leading columns of the identity, so its columns are orthonormal to working
     * precision however ill-conditioned {@code X} is.
     */
    public double[] thinQ() {
        int m = kept.length;
        double[] q = new double[n * m];
        for (int j = 0; j < m; j++) {
            q[j * n + j] = 1.0;
        }
        double[] dots = new double[m];
        for (int p = m - 1; p >= 0; p--) {
            int v = kept[p] * n;
            // Columns j < p are still e_j, which H_p (acting on rows >= p) leaves alone.
            for (int c = p; c < m; c++) {
                dots[c] = q[c * n + p];
            }
            for (int start = p + 1; start < n; start += BLOCK) {
                int end = Math.min(n, start + BLOCK);
                for (int c = p; c < m; c++) {
                    dots[c] += dot(a, v, q, c * n, start, end);
                }
            }
            for (int c = p; c < m; c++) {
                double f = dots[c] * tau[p];
                int off = c * n;
                q[off + p] -= f;
                if (f != 0.0) {
                    for (int i = p + 1; i < n; i++) {
                        q[off + i] -= f * a[v + i];
                    }
                }
            }
        }
        return q;
    }

    /** Solves {@code R' h = g} (forward substitution; g has one entry per kept column). */
    public double[] solveRTranspose(double[] g) {
        int m = kept.length;
        double[] h = new double[m];
        for (int i = 0; i < m; i++) {
            double s = g[i];
            for (int l = 0; l < i; l++) {
                s -= r(l, i) * h[l];
            }
            h[i] = s / rDiag[i];
        }
        return h;
    }

    /** Solves {@code R b = c} using the first rank entries of c. */
    public double[] solveR(double[] c) {
        return backSubstitute(c);
    }

    /**
     * Least-squares coefficients over the kept columns for the right-hand side {@code y}: {@code R^-1 (Q'y)}.
     * The result has one entry per kept column.
     */
    public double[] solve(double[] y) {
        double[] qty = y.clone();
        applyQTranspose(qty);
        return backSubstitute(qty);
    }

    /** Solves {@code R b = c[0..rank)}. */
    private double[] backSubstitute(double[] c) {
        int m = kept.length;
        double[] b = new double[m];
        for (int i = m - 1; i >= 0; i--) {
            double s = c[i];
            for (int jj = i + 1; jj < m; jj++) {
                s -= r(i, jj) * b[jj];
            }
            b[i] = s / rDiag[i];
        }
        return b;
    }

    /** {@code R^-1} (upper triangular, rank x rank, row-major). */
    public double[][] rInverse() {
        int m = kept.length;
        double[][] inv = new double[m][m];
        for (int col = 0; col < m; col++) {
            // Solve R x = e_col; x is zero below row col.
            inv[col][col] = 1.0 / rDiag[col];
            for (int i = col - 1; i >= 0; i--) {
                double s = 0;
                for (int jj = i + 1; jj <= col; jj++) {
                    s -= r(i, jj) * inv[jj][col];
                }
                inv[i][col] = s / rDiag[i];
            }
        }
        return inv;
    }

    /**
     * Frobenius-norm condition estimate of the design after scaling every kept column to unit length (the
     * scaling that matters for the accuracy of a Householder solution): {@code ||R D^-1|| ||D R^-1||}.
     */
    public double scaledConditionEstimate() {
        int m = kept.length;
        if (m == 0) {
            return 1;
        }
        double[][] ri = rInverse();
        double fr = 0;
        double fi = 0;
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                double d = columnNorms[kept[j]];
                double rs = r(i, j) / d;
                double is = ri[i][j] * columnNorms[kept[i]];
                fr += rs * rs;
                fi += is * is;
            }
        }
        return Math.sqrt(fr) * Math.sqrt(fi);
    }

    /** {@code (X'X)^-1 = R^-1 R^-T} over the kept columns (rank x rank). */
    public double[][] xtxInverse() {
        double[][] ri = rInverse();
        int m = ri.length;
        double[][] out = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                double s = 0;
                for (int l = Math.max(i, j); l < m; l++) {
                    s += ri[i][l] * ri[j][l];
                }
                out[i][j] = s;
                out[j][i] = s;
            }
        }
        return out;
    }
}
