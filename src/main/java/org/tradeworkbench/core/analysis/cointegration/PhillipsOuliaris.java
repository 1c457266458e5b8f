package org.tradeworkbench.core.analysis.cointegration;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.LeastSquares;
import org.tradeworkbench.core.linalg.LeastSquaresFit;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * The Phillips-Ouliaris (1990) residual-based cointegration tests with R urca's {@code ca.po} semantics.
 *
 * <p>For a sample z_1..z_T of m variables, n = T - 1. The VAR(1) regression of z_t on z_{t-1} (plus a constant,
 * or a constant and the trend 1..n, as {@code demean}) over t = 2..T gives residuals xi_t, and their long-run
 * covariance Omega = Gamma_0 + sum_{j=1..l} (1 - j/(l+1)) (Gamma_j + Gamma_j'), Gamma_j = n^-1 sum_t xi_t
 * xi_{t-j}', with l the short or long truncation lag of n.
 * <ul>
 * <li>Pu = n omega_11.2 / (n^-1 sum u_t^2), omega_11.2 = omega_11 - omega_21' Omega_22^-1 omega_21 and u_t the
 * residuals of the cointegrating regression of the first variable on the others (plus the deterministic terms,
 * trend 1..T) over all T rows; urca divides their sum of squares by n, not T, and so does this test.</li>
 * <li>Pz = n tr(Omega M_zz^-1), M_zz = n^-1 sum_{t=2..T} z~_t z~_t'. With demean none z~ = z, as urca. With a
 * constant or a trend z~ is z demeaned (detrended) over t = 2..T, as in Phillips and Ouliaris (1990), where
 * urca uses the raw levels for every demeaning (see docs/cointegration.md).</li>
 * </ul>
 * Both reject "no cointegration" for large values; the critical values are {@link PhillipsOuliarisTables}.
 */
public final class PhillipsOuliaris implements Analysis<PhillipsOuliarisSpec, PhillipsOuliarisReport> {
    /** As Engle-Granger: R^2 above 1 - 100 sqrt(eps) counts as perfectly collinear. */
    private static final double COLLINEAR_R2 = 1 - 100 * Math.sqrt(Math.ulp(1.0));
    private static final String NAME = "Phillips-Ouliaris";

    @Override
    public String kind() {
        return "phillips-ouliaris";
    }

    @Override
    public Class<PhillipsOuliarisSpec> specType() {
        return PhillipsOuliarisSpec.class;
    }

    @Override
    public PhillipsOuliarisReport run(PhillipsOuliarisSpec spec, Dataset data, ProgressReporter progress) {
        return run(spec, CointegrationSample.of(data, spec.variables()));
    }

    static PhillipsOuliarisReport run(PhillipsOuliarisSpec spec, CointegrationSample s) {
        int total = s.size();
        int m = s.count();
        int d = spec.demean().termCount();
        int n = total - 1;
        String vars = String.join(", ", s.names());
        String sample = " (" + s.label(0) + ".." + s.label(total - 1) + ")";
        int needed = m + d + 3;
        if (total < needed) {
            throw new DataException(NAME + ": " + total + " observations of " + vars + sample + " are too few: the "
                    + "VAR(1) regression of each variable on the " + m + " lagged ones"
                    + (d == 0 ? "" : " and " + spec.demean().description()) + " needs at least " + needed);
        }
        int lags = spec.lag().truncation(n);
        if (lags >= n) {
            throw new DataException(NAME + ": the " + spec.lag().code() + " lag rule gives " + lags
                    + " lags for " + n + " observations of " + vars + sample + "; it needs more observations than lags"
                    + (spec.lag() == PhillipsOuliarisLag.LONG ? " (the short rule needs fewer)" : ""));
        }
        double[][] z = s.values();
        double[][] xi = varResiduals(z, s.names(), d);
        double[][] omega = longRunCovariance(xi, lags);
        double tol = spec.tolerance();
        double statistic;
        PhillipsOuliarisReport.CointegratingRegression regression = null;
        if (spec.type() == PhillipsOuliarisType.PU) {
            regression = cointegratingRegression(z, s.names(), d);
            double ssqr = regression.ssr() / n;
            double[][] o22 = new double[m - 1][m - 1];
            double[] w21 = new double[m - 1];
            for (int i = 1; i < m; i++) {
                w21[i - 1] = omega[i][0];
                for (int j = 1; j < m; j++) {
                    o22[i - 1][j - 1] = omega[i][j];
                }
            }
            double[][] o22i = invert(o22, tol, "the long-run covariance of the VAR(1) residuals of "
                    + String.join(", ", s.names().subList(1, m)));
            double w112 = omega[0][0];
            for (int i = 0; i < m - 1; i++) {
                for (int j = 0; j < m - 1; j++) {
                    w112 -= w21[i] * o22i[i][j] * w21[j];
                }
            }
            statistic = n * w112 / ssqr;
        } else {
            double[][] zt = levels(z, d);
            double[][] mzz = new double[m][m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j <= i; j++) {
                    double acc = 0;
                    for (int t = 0; t < n; t++) {
                        acc += zt[i][t] * zt[j][t];
                    }
                    mzz[i][j] = acc / n;
                    mzz[j][i] = mzz[i][j];
                }
            }
            double[][] mi = invert(mzz, tol, "the moment matrix M_zz of " + vars
                    + (d == 0 ? "" : d == 1 ? " (demeaned)" : " (detrended)"));
            double tr = 0;
            for (int i = 0; i < m; i++) {
                for (int k = 0; k < m; k++) {
                    tr += omega[i][k] * mi[k][i];
                }
            }
            statistic = n * tr;
        }
        if (!Double.isFinite(statistic)) {
            throw new DataException(NAME + ": the " + spec.type().code() + " statistic of " + vars + sample
                    + " is not a finite number (the series are too close to collinear)");
        }
        double[] cv = PhillipsOuliarisTables.criticalValues(spec.type(), spec.demean(), m);
        return new PhillipsOuliarisReport(spec, s.names(), statistic, cv, lags, n, total, s.label(0),
                s.label(total - 1), regression);
    }

    /** The residuals xi[t][i] of the VAR(1) regression of each variable on all lagged ones (and terms), t = 2..T. */
    private static double[][] varResiduals(double[][] z, List<String> names, int d) {
        int m = z.length;
        int n = z[0].length - 1;
        List<String> cols = new ArrayList<>();
        List<double[]> x = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            double[] c = new double[n];
            System.arraycopy(z[j], 0, c, 0, n);
            x.add(c);
            cols.add(names.get(j) + "(-1)");
        }
        addTerms(x, cols, d, n);
        double[][] ys = new double[m][n];
        for (int j = 0; j < m; j++) {
            System.arraycopy(z[j], 1, ys[j], 0, n);
        }
        List<LeastSquaresFit> fits;
        try {
            fits = LeastSquares.fitEach(DesignMatrix.ofColumns(cols, x), ys);
        } catch (DataException e) {
            throw new DataException(NAME + " VAR(1) regression of " + String.join(", ", names)
                    + " on their first lags: " + e.getMessage());
        }
        double[][] xi = new double[n][m];
        for (int j = 0; j < m; j++) {
            double[] r = fits.get(j).residuals();
            for (int t = 0; t < n; t++) {
                xi[t][j] = r[t];
            }
        }
        return xi;
    }

    /** Gamma_0 + sum_j (1 - j/(l+1)) (Gamma_j + Gamma_j'), each Gamma divided by n. */
    static double[][] longRunCovariance(double[][] xi, int lags) {
        int n = xi.length;
        int m = xi[0].length;
        double[][] omega = new double[m][m];
        for (int j = 0; j <= lags; j++) {
            double w = j == 0 ? 1 : 1 - j / (lags + 1.0);
            double[][] g = new double[m][m];
            for (int t = j; t < n; t++) {
                for (int a = 0; a < m; a++) {
                    for (int b = 0; b < m; b++) {
                        g[a][b] += xi[t][a] * xi[t - j][b];
                    }
                }
            }
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    omega[a][b] += j == 0 ? g[a][b] / n : w * (g[a][b] + g[b][a]) / n;
                }
            }
        }
        return omega;
    }

    /** The first variable on the others and the terms (trend 1..T), over all T rows. */
    private static PhillipsOuliarisReport.CointegratingRegression cointegratingRegression(double[][] z,
                                                                                         List<String> names, int d) {
        int m = z.length;
        int total = z[0].length;
        List<String> cols = new ArrayList<>(names.subList(1, m));
        List<double[]> x = new ArrayList<>();
        for (int j = 1; j < m; j++) {
            x.add(z[j]);
        }
        addTerms(x, cols, d, total);
        double[] y = z[0];
        LeastSquaresFit fit;
        try {
            fit = LeastSquares.fit(DesignMatrix.ofColumns(cols, x), y);
        } catch (DataException e) {
            throw new DataException(NAME + " cointegrating regression of " + names.get(0) + ": " + e.getMessage());
        }
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= total;
        double tss = 0;
        for (double v : y) {
            double c = d == 0 ? v : v - mean;
            tss += c * c;
        }
        double r2 = 1 - fit.ssr() / tss;
        if (!(r2 < COLLINEAR_R2)) {
            throw new DataException(NAME + ": " + names.get(0) + " is (almost) an exact linear combination of "
                    + String.join(", ", cols) + " (R-squared " + r2 + "); the residuals have no variation to test");
        }
        double[] b = fit.coefficients();
        double[][] xtxi = fit.xtxInverse();
        double s2 = fit.ssr() / (total - b.length);
        double[] se = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            se[i] = Math.sqrt(s2 * xtxi[i][i]);
        }
        return new PhillipsOuliarisReport.CointegratingRegression(names.get(0), cols, b, se, r2, fit.ssr());
    }

    /** z_t for t = 2..T as rows of [variable][t - 2], demeaned or detrended (trend 1..n) over those rows. */
    private static double[][] levels(double[][] z, int d) {
        int m = z.length;
        int n = z[0].length - 1;
        double[][] out = new double[m][n];
        for (int j = 0; j < m; j++) {
            System.arraycopy(z[j], 1, out[j], 0, n);
        }
        if (d == 0) {
            return out;
        }
        List<String> cols = new ArrayList<>();
        List<double[]> x = new ArrayList<>();
        addTerms(x, cols, d, n);
        List<LeastSquaresFit> fits = LeastSquares.fitEach(DesignMatrix.ofColumns(cols, x), out);
        for (int j = 0; j < m; j++) {
            out[j] = fits.get(j).residuals().clone();
        }
        return out;
    }

    private static void addTerms(List<double[]> x, List<String> names, int d, int rows) {
        if (d >= 1) {
            double[] c = new double[rows];
            java.util.Arrays.fill(c, 1);
            x.add(c);
            names.add("const");
        }
        if (d >= 2) {
            double[] t = new double[rows];
            for (int i = 0; i < rows; i++) {
                t[i] = i + 1;
            }
            x.add(t);
            names.add("trend");
        }
    }

    /**
     * The inverse of {@code a}, refused (as R's {@code solve(a, tol = tol)}) when its reciprocal condition number
     * in the 1-norm is below {@code tol}.
     */
    static double[][] invert(double[][] a, double tol, String what) {
        String singular = NAME + ": " + what + " is singular: the variables are collinear";
        double[][] inv = Matrices.inverse(a, singular);
        double rcond = 1 / (norm1(a) * norm1(inv));
        if (!(rcond >= tol)) {
            throw new DataException(NAME + ": " + what + " is computationally singular (reciprocal condition "
                    + "number " + String.format(java.util.Locale.ROOT, "%.3g", rcond) + " below the tolerance "
                    + tol + "): the variables are (nearly) collinear");
        }
        return inv;
    }

    private static double norm1(double[][] a) {
        double max = 0;
        for (int j = 0; j < a.length; j++) {
            double s = 0;
            for (double[] row : a) {
                s += Math.abs(row[j]);
            }
            max = Math.max(max, s);
        }
        return max;
    }
}
