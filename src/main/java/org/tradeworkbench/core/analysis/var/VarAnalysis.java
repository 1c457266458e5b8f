package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * A VAR(p) by least squares: the equations, information criteria, stability and residual tests. A residual test
 * that cannot be run (too few observations for its lags) is reported in its row; the others still run.
 */
public final class VarAnalysis implements Analysis<VarSpec, VarReport> {
    public static final String KIND = "var";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<VarSpec> specType() {
        return VarSpec.class;
    }

    @Override
    public VarReport run(VarSpec spec, Dataset data, ProgressReporter progress) {
        progress.message("VAR(" + spec.model().lags() + "): estimating");
        VarData d = VarData.of(data, spec.model());
        VarFit fit = fit(d, spec.model());
        Stability s = Stability.of(fit);
        int h = spec.residualLags(fit.nobs());
        List<VarReport.ResidualCheck> tests = new ArrayList<>();
        tests.add(test("Portmanteau", () -> ResidualDiagnostics.portmanteau(fit, h, false)));
        tests.add(test("Portmanteau (adjusted)", () -> ResidualDiagnostics.portmanteau(fit, h, true)));
        tests.add(test("LM (Breusch-Godfrey)", () -> ResidualDiagnostics.lagrangeMultiplier(fit, d, h)));
        tests.add(test("Jarque-Bera (multivariate)", () -> ResidualDiagnostics.normality(fit)));
        progress.progress(1);
        return new VarReport(spec, fit, s, h, tests);
    }

    /** Refuses a series that is constant over the sample, by name (its residual covariance would be singular). */
    static void requireVarying(VarData d) {
        for (int i = 0; i < d.k(); i++) {
            double first = d.y()[0][i];
            boolean constant = true;
            for (double[] row : d.y()) {
                constant &= row[i] == first;
            }
            if (constant) {
                throw new DataException("\"" + d.names().get(i) + "\" is constant (" + first + ") over the sample "
                        + d.labels()[0] + "–" + d.labels()[d.size() - 1] + ": a VAR needs series that vary");
            }
        }
    }

    /** The fit, checked: varying series, finite criteria and a positive definite residual covariance. */
    static VarFit fit(VarData d, VarModel m) {
        requireVarying(d);
        VarFit fit = VarFit.estimate(d, m.lags(), m.trend());
        for (int e = 0; e < fit.k(); e++) {
            double ms = 0;
            for (int t = d.size() - fit.nobs(); t < d.size(); t++) {
                ms += d.y()[t][e] * d.y()[t][e] / fit.nobs();
            }
            if (!(fit.sigmaU()[e][e] > 1e-24 * ms)) {
                throw new DataException("the equation of \"" + fit.names().get(e) + "\" fits exactly (its residuals "
                        + "are zero): the series is a combination of the regressors, so the VAR's shocks are not "
                        + "defined");
            }
        }
        Finite.check(fit.informationCriteria(), "an information criterion of the VAR(" + m.lags() + ")");
        return fit;
    }

    private static VarReport.ResidualCheck test(String name, java.util.function.Supplier<ResidualDiagnostics.Statistic> t) {
        try {
            ResidualDiagnostics.Statistic s = t.get();
            if (!Double.isFinite(s.statistic()) || !Double.isFinite(s.pValue())) {
                return new VarReport.ResidualCheck(name, null, "the statistic is not a finite number (degenerate residuals)");
            }
            return new VarReport.ResidualCheck(name, s, null);
        } catch (DataException | IllegalArgumentException e) {
            return new VarReport.ResidualCheck(name, null, e.getMessage());
        }
    }
}
