package org.tradeworkbench.core.analysis.regression;

import org.tradeworkbench.core.stats.ols.WaldTest;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.stats.ols.OlsResult;

/**
 * An estimated model and everything the Regression tab and the {@code ols} command show of it.
 *
 * @param spec         the model as asked for
 * @param result       the estimate
 * @param equation     the fitted equation as the paper writes its equation (2)
 * @param actualFitted the chart of actual and fitted values
 * @param residuals    the chart of the residuals
 * @param wald         the Wald test of the spec's restrictions, or null when none was asked for or it failed
 * @param waldProblem  why the restrictions could not be tested (a name that is no coefficient, dependent
 *                     restrictions), or null; the model itself stands
 * @param qlr          the Quandt likelihood-ratio break test, or null when not asked for
 */
public record RegressionReport(RegressionSpec spec, OlsResult result, String equation, FigureSpec actualFitted,
        FigureSpec residuals, WaldTest wald, String waldProblem, org.tradeworkbench.core.stats.ols.QlrTest qlr)
        implements Report {

    /** Without a QLR test. */
    public RegressionReport(RegressionSpec spec, OlsResult result, String equation, FigureSpec actualFitted,
            FigureSpec residuals, WaldTest wald, String waldProblem) {
        this(spec, result, equation, actualFitted, residuals, wald, waldProblem, null);
    }

    /** Without a Wald test. */
    public RegressionReport(RegressionSpec spec, OlsResult result, String equation, FigureSpec actualFitted,
            FigureSpec residuals) {
        this(spec, result, equation, actualFitted, residuals, null, null);
    }

    @Override
    public String title() {
        return result.title();
    }

    /** The coefficient table. */
    public ResultTable coefficients() {
        return result.tables().get(0);
    }

    /** The fit statistics. */
    public ResultTable fit() {
        return result.tables().get(1);
    }

    /** The specification tests (Breusch-Godfrey, Breusch-Pagan, White, Jarque-Bera, RESET). */
    public ResultTable diagnostics() {
        return result.tables().get(2);
    }

    /** The variance inflation factors and the condition number. */
    public ResultTable collinearity() {
        return result.tables().get(3);
    }

    /** The coefficients, the fit statistics and the diagnostics, as the tab and the command show them. */
    @Override
    public List<ResultTable> tables() {
        if (wald == null && waldProblem == null && qlr == null) {
            return result.tables();
        }
        List<ResultTable> out = new java.util.ArrayList<>(result.tables());
        if (wald != null || waldProblem != null) {
            out.add(wald != null ? wald.table() : ResultTable.builder("Wald test: " + spec.wald(), "problem")
                    .row(List.of(ResultTable.Cell.text(waldProblem))).build());
        }
        if (qlr != null) {
            out.add(qlr.table());
        }
        return out;
    }

    /** The {@code ols --json} contract. */
    @Override
    public Map<String, Object> toJson() {
        if (wald == null && waldProblem == null && qlr == null) {
            return result.toJson();
        }
        Map<String, Object> m = new java.util.LinkedHashMap<>(result.toJson());
        if (wald != null || waldProblem != null) {
            m.put("wald", wald != null ? wald.toJson() : Map.of("restrictions", spec.wald(), "problem",
                    waldProblem));
        }
        if (qlr != null) {
            m.put("qlr", qlr.toJson());
        }
        return m;
    }
}
