package org.tradeworkbench.core.stats.ols;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Magnitudes;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Samples;
import org.tradeworkbench.core.expr.Expression;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.LeastSquares;
import org.tradeworkbench.core.linalg.LeastSquaresFit;

/**
 * Ordinary least squares with the statistics of statsmodels' {@code OLS(...).fit()} (and Stata's
 * {@code regress}): QR-based estimation, classical / HC0-HC3 / Newey-West covariance, fit statistics and, on demand,
 * the specification tests of {@link OlsDiagnostics}.
 */
public final class Ols {
    public static final String CONSTANT = "const";

    private Ols() {
    }

    /**
     * Regresses the dependent expression on the regressor expressions over the rows of {@code data} where every
     * term has a value (listwise deletion; the result says how many rows were dropped).
     */
    public static OlsResult fit(Dataset data, String dependent, List<String> regressors, OlsOptions options) {
        if (regressors.isEmpty() && !options.constant()) {
            throw new DataException("no regressors: give at least one regressor or keep the constant");
        }
        List<String> seen = new ArrayList<>();
        for (String r : regressors) {
            String t = r.trim();
            if (t.isEmpty()) {
                throw new DataException("empty regressor in the list");
            }
            if (seen.contains(t)) {
                throw new DataException("regressor \"" + t + "\" is listed twice");
            }
            if (t.equals(CONSTANT) && options.constant()) {
                throw new DataException("\"const\" is added automatically; use the no-constant option to omit it");
            }
            seen.add(t);
        }
        Expression dep = Expression.parse(dependent);
        for (String r : seen) {
            if (Expression.parse(r).canonical().equals(dep.canonical())) {
                // The fit would be exact and every t statistic infinite: a slip, not a model.
                throw new DataException("regressor \"" + r + "\" is the dependent variable itself");
            }
        }
        double[] yAll = onSample(dep, data);
        List<double[]> xAll = new ArrayList<>();
        for (String r : seen) {
            xAll.add(onSample(Expression.parse(r), data));
        }
        double[][] cols = new double[xAll.size() + 1][];
        cols[0] = yAll;
        for (int j = 0; j < xAll.size(); j++) {
            cols[j + 1] = xAll.get(j);
        }
        Samples.Listwise lw = Samples.listwise(data.rowCount(), cols);
        if (lw.kept() == 0) {
            List<String> empty = new ArrayList<>();
            for (int j = 0; j < cols.length; j++) {
                if (Samples.listwise(data.rowCount(), cols[j]).kept() == 0) {
                    empty.add(j == 0 ? dependent.trim() : seen.get(j - 1));
                }
            }
            throw new DataException("no observation has values for " + dependent.trim() + " and all regressors"
                    + (empty.isEmpty() ? "" : " (" + String.join(", ", empty) + (empty.size() == 1 ? " has" : " have")
                    + " no value in any period)"));
        }
        int[] rows = new int[lw.kept()];
        int p = 0;
        for (int i = 0; i < data.rowCount(); i++) {
            if (lw.keep()[i]) {
                rows[p++] = i;
            }
        }
        double[] y = pick(yAll, rows);
        List<double[]> x = new ArrayList<>();
        for (double[] c : xAll) {
            x.add(pick(c, rows));
        }
        String[] labels = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            labels[i] = data.index().label(rows[i]);
        }

        OlsResult r = fit(dependent.trim(), y, seen, x, options, new OlsResult.Sample(rows, labels, lw.dropped()));
        double tss = 0;
        double mean = options.constant() ? r.dependentMean() : 0;
        for (double v : y) {
            tss += (v - mean) * (v - mean);
        }
        if (r.ssr() <= 1e-24 * tss) {
            // R warns of an "essentially perfect fit"; its standard errors and t values are rounding noise.
            throw new DataException("the dependent variable " + dependent.trim() + " is an exact linear function of "
                    + String.join(", ", seen) + (options.constant() ? " and the constant" : "")
                    + " (no residual variation): standard errors, t statistics and diagnostics are undefined");
        }
        return r;
    }

    /**
     * The expression's values on the sample's rows; with presample values it is evaluated on the whole data, so
     * lags and differences of the sample's first periods reach before its start.
     */
    private static double[] onSample(Expression e, Dataset data) {
        if (!data.usesPresample()) {
            return e.evaluate(data);
        }
        double[] all = e.evaluate(data.extended());
        return java.util.Arrays.copyOfRange(all, data.presampleRows(), all.length);
    }

    private static boolean isConstant(double[] v) {
        for (double d : v) {
            if (d != v[0]) {
                return false;
            }
        }
        return true;
    }

    private static double[] pick(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = v[rows[i]];
        }
        return out;
    }

    /** Regression on plain arrays (no missing values allowed); {@code names} exclude the constant. */
    public static OlsResult fit(String dependent, double[] y, List<String> names, List<double[]> columns,
            OlsOptions options) {
        String[] labels = new String[y.length];
        int[] rows = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            labels[i] = Integer.toString(i + 1);
            rows[i] = i;
        }
        return fit(dependent, y, names, columns, options, new OlsResult.Sample(rows, labels, 0));
    }

    /**
     * Regression on plain arrays of consecutive observations named by {@code labels} (the names messages use);
     * {@code names} exclude the constant.
     */
    public static OlsResult fit(String dependent, double[] y, List<String> names, List<double[]> columns,
            OlsOptions options, String[] labels) {
        int[] rows = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            rows[i] = i;
        }
        return fit(dependent, y, names, columns, options, new OlsResult.Sample(rows, labels.clone(), 0));
    }

    static OlsResult fit(String dependent, double[] y, List<String> names, List<double[]> columns,
            OlsOptions options, OlsResult.Sample sample) {
        for (double v : y) {
            if (!Double.isFinite(v)) {
                throw new DataException("the dependent variable " + dependent + " has a missing or infinite value");
            }
        }
        String[] at = sample.labels();
        Magnitudes.check(dependent, y, i -> at[i]);
        for (int j = 0; j < columns.size(); j++) {
            Magnitudes.check(names.get(j), columns.get(j), i -> at[i]);
        }
        if (options.constant() && y.length > 1 && isConstant(y)) {
            throw new DataException("the dependent variable " + dependent + " is " + org.tradeworkbench.core.report.NumberFormats.general(y[0]) + " in every observation ("
                    + at[0] + " to " + at[y.length - 1] + "): with a constant in the model there is nothing to explain");
        }
        List<String> allNames = new ArrayList<>();
        List<double[]> all = new ArrayList<>();
        int n = y.length;
        if (options.constant()) {
            double[] one = new double[n];
            java.util.Arrays.fill(one, 1.0);
            allNames.add(CONSTANT);
            all.add(one);
        }
        for (int j = 0; j < columns.size(); j++) {
            double[] c = columns.get(j);
            for (double v : c) {
                if (!Double.isFinite(v)) {
                    throw new DataException("regressor " + names.get(j) + " has a missing or infinite value");
                }
            }
            allNames.add(names.get(j));
            all.add(c);
        }
        DesignMatrix x = DesignMatrix.ofColumns(allNames, all);
        int k = x.cols();
        if (n <= k) {
            throw new DataException("too few observations: " + n + " for " + k + " coefficients ("
                    + String.join(", ", allNames) + "); at least " + (k + 1) + " are needed");
        }
        LeastSquaresFit fit = LeastSquares.fit(x, y);
        if (options.covariance().isHac() && !options.hac().equals(HacSettings.FIXED)) {
            HacEstimate h = HacEstimator.estimate(x, fit.qr(), fit.residuals(), options.covariance(),
                    options.hacLagsFor(x.rows()), options.hac());
            return new OlsResult(dependent, y, x, fit, options, sample, h.covariance(), h);
        }
        return new OlsResult(dependent, y, x, fit, options, sample, covariance(x, fit, options, sample.labels()),
                null);
    }

    static double[][] covariance(DesignMatrix x, LeastSquaresFit fit, OlsOptions options, String[] labels) {
        double s2 = fit.ssr() / fit.dfResid();
        return switch (options.covariance()) {
            case CLASSICAL -> Covariances.classical(fit.xtxInverse(), s2);
            case HC0, HC1, HC2, HC3 -> Covariances.hc(fit.qr(), fit.residuals(), options.covariance(),
                    labels);
            case HAC, HAC_PARZEN, HAC_QS -> Covariances.hac(fit.qr(), fit.residuals(),
                    options.hacLagsFor(x.rows()), options.covariance());
        };
    }

    /** Wald F statistic for {@code b[idx] = 0} with covariance {@code v}: {@code b' V^-1 b / q}. */
    static double waldF(double[] b, double[][] v, int[] idx) {
        int q = idx.length;
        if (q == 0) {
            return Double.NaN;
        }
        double[][] sub = new double[q][q];
        double[] bs = new double[q];
        for (int i = 0; i < q; i++) {
            bs[i] = b[idx[i]];
            for (int j = 0; j < q; j++) {
                sub[i][j] = v[idx[i]][idx[j]];
            }
        }
        RealMatrix m = new Array2DRowRealMatrix(sub, false);
        LUDecomposition lu = new LUDecomposition(m, 1e-300);
        if (!lu.getSolver().isNonSingular()) {
            return Double.NaN;
        }
        double[] sol = lu.getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(bs)).toArray();
        double s = 0;
        for (int i = 0; i < q; i++) {
            s += bs[i] * sol[i];
        }
        return s / q;
    }
}
