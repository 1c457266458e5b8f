package org.tradeworkbench.core.analysis.cointegration;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.LeastSquares;
import org.tradeworkbench.core.linalg.LeastSquaresFit;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.unitroot.Adf;
import org.tradeworkbench.core.stats.unitroot.AdfResult;
import org.tradeworkbench.core.stats.unitroot.AdfSpec;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * The Engle-Granger (1987) two-step cointegration test with statsmodels' {@code coint} semantics: OLS of the
 * first variable on the others plus deterministic terms (appended after them), an ADF test of the residuals with
 * no deterministic terms and the ADF's lag rules, MacKinnon (1994) p-values for N variables and MacKinnon (2010)
 * critical values at nobs - 1 (as statsmodels and Stata's {@code egranger}).
 */
public final class EngleGranger implements Analysis<EngleGrangerSpec, EngleGrangerReport> {
    /** statsmodels' threshold: R^2 above 1 - 100 sqrt(eps) counts as perfectly collinear. */
    private static final double COLLINEAR_R2 = 1 - 100 * Math.sqrt(Math.ulp(1.0));

    @Override
    public String kind() {
        return "engle-granger";
    }

    @Override
    public Class<EngleGrangerSpec> specType() {
        return EngleGrangerSpec.class;
    }

    @Override
    public EngleGrangerReport run(EngleGrangerSpec spec, Dataset data, ProgressReporter progress) {
        return run(spec, CointegrationSample.of(data, spec.variables()));
    }

    /**
     * The largest lag the residual ADF test tries when the spec leaves it to the rule (statsmodels'
     * ceil(12 (n/100)^(1/4)), capped at n/2 - 1, and lowered where it would leave the largest candidate
     * regression an exact fit), n being the common sample of the spec's variables in {@code data}; what the tab
     * shows in place of the maximum the user did not set.
     */
    public static int ruleMaxLag(EngleGrangerSpec spec, Dataset data) {
        return Adf.searchedDefaultMaxLag(CointegrationSample.of(data, spec.variables()).size(), UnitRootTrend.NONE);
    }

    static EngleGrangerReport run(EngleGrangerSpec spec, CointegrationSample s) {
        int n = s.size();
        int k = s.count();
        List<String> names = new ArrayList<>(s.names().subList(1, k));
        List<double[]> cols = new ArrayList<>();
        for (int j = 1; j < k; j++) {
            cols.add(s.values()[j]);
        }
        int terms = spec.trend().termCount();
        String[] termNames = {"const", "trend", "trend^2"};
        for (int d = 0; d < terms; d++) {
            double[] c = new double[n];
            for (int t = 0; t < n; t++) {
                c[t] = Math.pow(t + 1, d);
            }
            cols.add(c);
            names.add(termNames[d]);
        }
        if (n <= cols.size() + 2) {
            throw new DataException("Engle-Granger: " + n + " observations of " + String.join(", ", s.names())
                    + " (" + s.label(0) + ".." + s.label(n - 1) + ") are too few for a cointegrating regression with "
                    + cols.size() + " regressors");
        }
        double[] y = s.values()[0];
        LeastSquaresFit fit;
        try {
            fit = LeastSquares.fit(DesignMatrix.ofColumns(names, cols), y);
        } catch (DataException e) {
            throw new DataException("Engle-Granger cointegrating regression of " + s.names().get(0) + ": "
                    + e.getMessage());
        }
        double tss = 0;
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        for (double v : y) {
            // statsmodels' R^2: centred with a constant, uncentred without.
            double c = terms == 0 ? v : v - mean;
            tss += c * c;
        }
        double r2 = 1 - fit.ssr() / tss;
        if (!(r2 < COLLINEAR_R2)) {
            throw new DataException("Engle-Granger: " + s.names().get(0) + " is (almost) an exact linear "
                    + "combination of " + String.join(", ", names) + " (R-squared " + r2
                    + "); the residuals have no variation to test");
        }
        double[] b = fit.coefficients();
        double[][] xtxi = fit.xtxInverse();
        double s2 = fit.ssr() / (n - b.length);
        double[] se = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            se[i] = Math.sqrt(s2 * xtxi[i][i]);
        }
        AdfSpec adfSpec = spec.lags() != null ? AdfSpec.fixedLags(UnitRootTrend.NONE, 0, spec.lags())
                : AdfSpec.autoLag(UnitRootTrend.NONE, 0, spec.autolag(), spec.maxLag());
        AdfResult adf;
        try {
            adf = Adf.test("residual", fit.residuals().clone(), null, adfSpec);
        } catch (DataException e) {
            throw new DataException("Engle-Granger ADF test of the residuals: " + e.getMessage());
        }
        double stat = adf.statistic();
        int nVars = k;
        double p = nVars <= MacKinnonCointegration.MAX_N_P_VALUE
                ? MacKinnonCointegration.pValue(stat, spec.trend(), nVars) : Double.NaN;
        double[] cv = MacKinnonCointegration.criticalValues(spec.trend(), nVars, n - 1);
        return new EngleGrangerReport(spec, s.names(), stat, p, cv, adf.lags(), adf.nobs(), n,
                s.label(0), s.label(n - 1), names, b, se, r2, adf.maxLag());
    }
}
