package org.tradeworkbench.core.linalg;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Magnitudes;

/**
 * Linear least squares {@code min ||y - X b||} by Householder QR of {@code X} (never the normal equations),
 * refined with residuals accumulated in double-double precision, which recovers the digits that the
 * ill-conditioned NIST StRD designs (Filip, Wampler) otherwise lose.
 */
public final class LeastSquares {
    private static final int MAX_REFINEMENTS = 4;
    /**
     * Below this scaled condition number the plain QR solution is already accurate to about 1e-13 relative and
     * refinement (which costs about two more passes over the data per step) is skipped.
     */
    private static final double REFINE_ABOVE_CONDITION = 100;

    private LeastSquares() {
    }

    /**
     * Fits {@code y} on every column of {@code x}; a column that is (numerically) a linear combination of the
     * columns before it is a {@link DataException} naming it and the regressors it duplicates.
     */
    public static LeastSquaresFit fit(DesignMatrix x, double[] y) {
        checkShape(x, y);
        if (x.rows() < x.cols()) {
            throw new DataException("too few observations: " + x.rows() + " for " + x.cols()
                    + " coefficients (" + String.join(", ", x.names()) + ")");
        }
        checkMagnitudes(x, y);
        HouseholderQr qr = HouseholderQr.factor(x, HouseholderQr.DEFAULT_TOLERANCE, true);
        if (qr.firstDependent() >= 0) {
            throw collinear(x, qr);
        }
        return solve(x, y, qr);
    }

    /**
     * Fits each of {@code ys} on every column of {@code x} with one factorisation of {@code x}: the same result as
     * calling {@link #fit} once per response, without refactoring the regressors for each (Johansen's partialling
     * out regresses every difference and every level on the same lagged differences).
     */
    public static List<LeastSquaresFit> fitEach(DesignMatrix x, double[][] ys) {
        if (x.rows() < x.cols()) {
            throw new DataException("too few observations: " + x.rows() + " for " + x.cols()
                    + " coefficients (" + String.join(", ", x.names()) + ")");
        }
        for (double[] y : ys) {
            checkShape(x, y);
            Magnitudes.check("a dependent variable", y, i -> "observation " + (i + 1) + " of the regression");
        }
        checkRegressorMagnitudes(x);
        HouseholderQr qr = HouseholderQr.factor(x, HouseholderQr.DEFAULT_TOLERANCE, true);
        if (qr.firstDependent() >= 0) {
            throw collinear(x, qr);
        }
        List<LeastSquaresFit> fits = new ArrayList<>(ys.length);
        for (double[] y : ys) {
            fits.add(solve(x, y, qr));
        }
        return fits;
    }

    /**
     * Fits {@code y} on the independent columns of {@code x}, silently leaving out each column that the ones
     * before it already span (for auxiliary regressions whose regressor lists repeat by construction, such as
     * White's squares and cross products). {@link LeastSquaresFit#keptColumns()} says which were used.
     */
    public static LeastSquaresFit fitIndependentColumns(DesignMatrix x, double[] y) {
        checkShape(x, y);
        HouseholderQr qr = HouseholderQr.factor(x, HouseholderQr.DEFAULT_TOLERANCE, false);
        return solve(x, y, qr);
    }

    /** Regressors and response within the range whose sums of squares a double holds, named if not. */
    private static void checkMagnitudes(DesignMatrix x, double[] y) {
        checkRegressorMagnitudes(x);
        Magnitudes.check("the dependent variable", y, i -> "observation " + (i + 1) + " of the regression");
    }

    private static void checkRegressorMagnitudes(DesignMatrix x) {
        for (int j = 0; j < x.cols(); j++) {
            Magnitudes.check(x.name(j), x.values(), j * x.rows(), x.rows(), i -> "observation " + (i + 1) + " of the regression");
        }
    }

    private static void checkShape(DesignMatrix x, double[] y) {
        if (y.length != x.rows()) {
            throw new IllegalArgumentException(y.length + " responses for " + x.rows() + " rows");
        }
    }

    /**
     * QR solution followed by iterative refinement of the augmented system {@code [I X; X' 0][r; b] = [y; 0]}
     * (Bjorck), with both of its residuals accumulated in double-double: unlike refining {@code b} alone, this
     * also corrects the error that grows with the square of the condition number when the residuals are large
     * (Wampler 4 and 5).
     */
    private static LeastSquaresFit solve(DesignMatrix x, double[] y, HouseholderQr qr) {
        int[] kept = qr.keptColumns();
        int n = x.rows();
        int m = kept.length;
        double[] b = qr.solve(y);
        double[] r = residuals(x, kept, b, y);
        int steps = m > 0 && qr.scaledConditionEstimate() > REFINE_ABOVE_CONDITION ? MAX_REFINEMENTS : 0;
        for (int it = 0; it < steps; it++) {
            // f = y - r - X b, g = -X' r, both in double-double.
            double[] f = residuals(x, kept, b, y);
            for (int i = 0; i < n; i++) {
                f[i] -= r[i];
            }
            double[] g = new double[m];
            for (int jj = 0; jj < m; jj++) {
                g[jj] = -dot2(x.values(), kept[jj] * n, r, n);
            }
            double[] h = qr.solveRTranspose(g);
            qr.applyQTranspose(f);
            double[] c1 = new double[m];
            for (int i = 0; i < m; i++) {
                c1[i] = f[i] - h[i];
                f[i] = h[i];
            }
            double[] db = qr.solveR(c1);
            qr.applyQ(f);
            double change = 0;
            double size = 0;
            for (int i = 0; i < m; i++) {
                b[i] += db[i];
                change = Math.max(change, Math.abs(db[i]));
                size = Math.max(size, Math.abs(b[i]));
            }
            for (int i = 0; i < n; i++) {
                r[i] += f[i];
            }
            if (change <= 1e-16 * size) {
                break;
            }
        }
        double[] resid = steps == 0 ? r : residuals(x, kept, b, y);
        double ssr = sumOfSquares(resid);
        List<String> names = new ArrayList<>();
        for (int j : kept) {
            names.add(x.name(j));
        }
        return new LeastSquaresFit(b, kept, names, resid, ssr, n, qr);
    }

    /** Dot product as accurate as if computed in twice the working precision (Ogita, Rump and Oishi's Dot2). */
    static double dot2(double[] a, int off, double[] b, int n) {
        double s = 0;
        double c = 0;
        for (int i = 0; i < n; i++) {
            double ai = a[off + i];
            double bi = b[i];
            double p = ai * bi;
            double pe = Math.fma(ai, bi, -p);
            double t = s + p;
            double z = t - s;
            double se = (s - (t - z)) + (p - z);
            s = t;
            c += se + pe;
        }
        return s + c;
    }

    /** {@code y - X b} over the kept columns, accumulated in double-double so cancellation loses nothing. */
    static double[] residuals(DesignMatrix x, int[] kept, double[] b, double[] y) {
        int n = x.rows();
        double[] v = x.values();
        double[] hi = y.clone();
        double[] lo = new double[n];
        for (int jj = 0; jj < kept.length; jj++) {
            int off = kept[jj] * n;
            double bj = b[jj];
            for (int i = 0; i < n; i++) {
                double xi = v[off + i];
                double prod = xi * bj;
                double prodErr = Math.fma(xi, bj, -prod);
                double h = hi[i];
                double s = h - prod;
                double bb = s - h;
                double err = (h - (s - bb)) - (prod + bb);
                hi[i] = s;
                lo[i] += err - prodErr;
            }
        }
        for (int i = 0; i < n; i++) {
            hi[i] += lo[i];
        }
        return hi;
    }

    /** Compensated (Kahan) sum of squares. */
    public static double sumOfSquares(double[] r) {
        double s = 0;
        double c = 0;
        for (double v : r) {
            double t = v * v - c;
            double u = s + t;
            c = (u - s) - t;
            s = u;
        }
        return s;
    }

    private static DataException collinear(DesignMatrix x, HouseholderQr qr) {
        int j = qr.firstDependent();
        String name = x.name(j);
        int[] kept = qr.keptColumns();
        if (kept.length == 0 || isZero(x, j)) {
            return new DataException("regressor \"" + name + "\" is zero in every observation used");
        }
        double[] c = qr.dependencyOfFirstDependent();
        double colNorm = HouseholderQr.norm(x.values(), j * x.rows(), x.rows());
        List<String> involved = new ArrayList<>();
        for (int p = 0; p < kept.length; p++) {
            double contribution = Math.abs(c[p]) * HouseholderQr.norm(x.values(), kept[p] * x.rows(), x.rows());
            if (contribution > 1e-6 * colNorm) {
                involved.add("\"" + x.name(kept[p]) + "\"");
            }
        }
        String with = involved.size() == 1 ? involved.get(0) : String.join(", ", involved);
        return new DataException("regressor \"" + name + "\" is collinear with " + with
                + " (an exact or near-exact linear combination of "
                + (involved.size() == 1 ? "it" : "them") + "); remove one of them");
    }

    private static boolean isZero(DesignMatrix x, int col) {
        for (int i = 0; i < x.rows(); i++) {
            if (x.get(i, col) != 0.0) {
                return false;
            }
        }
        return true;
    }
}
