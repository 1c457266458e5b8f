package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.stats.dist.NormalDistributions;

/**
 * A fitted VAR: one coefficient table per equation (p-values from the normal distribution, as statsmodels),
 * the fit statistics, the companion eigenvalues and the residual tests.
 *
 * @param residualLags the lag of the portmanteau and LM tests
 */
public record VarReport(VarSpec spec, VarFit fit, Stability stability, int residualLags, List<ResidualCheck> residualTests)
        implements Report {

    /** One residual test, or why it could not be run. */
    public record ResidualCheck(String name, ResidualDiagnostics.Statistic statistic, String problem) {
    }

    public VarReport {
        residualTests = List.copyOf(residualTests);
    }

    @Override
    public String title() {
        return "VAR(" + fit.lags() + ") of " + String.join(", ", fit.names());
    }

    public double tValue(int regressor, int equation) {
        return fit.param(regressor, equation) / fit.stderr(regressor, equation);
    }

    public double pValue(int regressor, int equation) {
        return 2 * NormalDistributions.cdf(-Math.abs(tValue(regressor, equation)));
    }

    public ResultTable equation(int e) {
        ResultTable.Builder b = ResultTable.builder("Equation " + fit.names().get(e), "Regressor", "Coefficient",
                "Std. error", "z", "p value");
        for (int r = 0; r < fit.regressors(); r++) {
            b.row(Cell.text(fit.regressorNames().get(r)), Cell.number(fit.param(r, e), 6),
                    Cell.number(fit.stderr(r, e), 6), Cell.number(tValue(r, e), 3), Cell.pValue(pValue(r, e)));
        }
        b.note("Sample " + fit.firstPeriod() + "–" + fit.lastPeriod() + ", " + fit.nobs() + " observations; "
                + fit.trend().description() + ".");
        return b.build();
    }

    public ResultTable summary() {
        double[] ic = fit.informationCriteria();
        return ResultTable.builder("VAR(" + fit.lags() + ") fit", "Statistic", "Value")
                .row(Cell.text("Observations"), Cell.integer(fit.nobs()))
                .row(Cell.text("Sample"), Cell.text(fit.firstPeriod() + "–" + fit.lastPeriod()))
                .row(Cell.text("Coefficients per equation"), Cell.integer(fit.regressors()))
                .row(Cell.text("Log likelihood"), Cell.number(fit.logLikelihood(), 4))
                .row(Cell.text("AIC"), Cell.number(ic[0], 4))
                .row(Cell.text("BIC"), Cell.number(ic[1], 4))
                .row(Cell.text("HQ"), Cell.number(ic[2], 4))
                .row(Cell.text("FPE"), Cell.number(ic[3], -1))
                .row(Cell.text("ln det Sigma (ML)"), Cell.number(fit.logDetSigmaMle(), 4))
                .build();
    }

    public ResultTable stabilityTable() {
        ResultTable.Builder b = ResultTable.builder("Stability (companion matrix eigenvalues)", "Real",
                "Imaginary", "Modulus");
        for (int i = 0; i < stability.eigenvalues().size(); i++) {
            double[] z = stability.eigenvalues().get(i);
            b.row(Cell.number(z[0], 4), Cell.number(z[1], 4), Cell.number(stability.modulus(i), 4));
        }
        b.note(fit.lags() == 0 ? "A VAR(0) has no lags and is stable."
                : stability.isStable() ? "All eigenvalues lie inside the unit circle: the VAR is stable."
                : "An eigenvalue lies on or outside the unit circle: the VAR is not stable (integrated or explosive).");
        return b.build();
    }

    public ResultTable residualTable() {
        ResultTable.Builder b = ResultTable.builder("Residual tests", "Test", "H0", "Statistic", "df", "p value");
        for (ResidualCheck t : residualTests) {
            ResidualDiagnostics.Statistic s = t.statistic();
            if (s == null) {
                b.row(Cell.text(t.name()), Cell.text(t.problem()), Cell.text(""), Cell.text(""), Cell.text(""));
            } else {
                b.row(Cell.text(t.name()), Cell.text(s.note()), Cell.number(s.statistic(), 4),
                        Cell.integer(Math.round(s.df())), Cell.pValue(s.pValue()));
            }
        }
        b.note("Portmanteau and LM up to lag " + residualLags + "; chi-square p values.");
        return b.build();
    }

    @Override
    public List<ResultTable> tables() {
        List<ResultTable> out = new ArrayList<>();
        out.add(summary());
        for (int e = 0; e < fit.k(); e++) {
            out.add(equation(e));
        }
        out.add(stabilityTable());
        out.add(residualTable());
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("variables", fit.names());
        m.put("lags", fit.lags());
        m.put("trend", fit.trend().code());
        m.put("exog", spec.model().exog());
        m.put("nobs", fit.nobs());
        m.put("sample", List.of(fit.firstPeriod(), fit.lastPeriod()));
        double[] ic = fit.informationCriteria();
        m.put("llf", fit.logLikelihood());
        m.put("aic", ic[0]);
        m.put("bic", ic[1]);
        m.put("hq", ic[2]);
        m.put("fpe", ic[3]);
        Map<String, Object> eqs = new LinkedHashMap<>();
        for (int e = 0; e < fit.k(); e++) {
            Map<String, Object> eq = new LinkedHashMap<>();
            for (int r = 0; r < fit.regressors(); r++) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("coef", fit.param(r, e));
                c.put("stderr", fit.stderr(r, e));
                c.put("z", tValue(r, e));
                c.put("p_value", pValue(r, e));
                eq.put(fit.regressorNames().get(r), c);
            }
            eqs.put(fit.names().get(e), eq);
        }
        m.put("equations", eqs);
        m.put("sigma_u", Finite.lists(fit.sigmaU()));
        List<Double> moduli = new ArrayList<>();
        for (int i = 0; i < stability.eigenvalues().size(); i++) {
            moduli.add(stability.modulus(i));
        }
        m.put("eigenvalue_moduli", moduli);
        m.put("stable", stability.isStable());
        List<Map<String, Object>> tests = new ArrayList<>();
        for (ResidualCheck t : residualTests) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("test", t.name());
            if (t.statistic() != null) {
                e.put("statistic", t.statistic().statistic());
                e.put("df", t.statistic().df());
                e.put("p_value", t.statistic().pValue());
            } else {
                e.put("problem", t.problem());
            }
            tests.add(e);
        }
        m.put("residual_lags", residualLags);
        m.put("residual_tests", tests);
        return m;
    }
}
