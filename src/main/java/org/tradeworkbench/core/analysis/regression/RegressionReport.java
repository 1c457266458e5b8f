package org.tradeworkbench.core.analysis.regression;

import org.tradeworkbench.core.stats.ols.WaldResult;
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
 * @param cusum        the CUSUM test, or null when not asked for
 * @param cusumChart   the chart of the CUSUM and its 5% bounds, or null
 * @param cusumSquares the CUSUM of squares test, or null when not asked for
 * @param cusumSquaresChart the chart of the CUSUM of squares and its 5% bounds, or null
 * @param recursive    the recursive coefficients, or null when not asked for
 * @param recursiveCharts one chart per coefficient of its recursive estimates with ±2 s.e. (empty when not asked for)
 */
public record RegressionReport(RegressionSpec spec, OlsResult result, String equation, FigureSpec actualFitted,
        FigureSpec residuals, WaldResult wald, String waldProblem, org.tradeworkbench.core.stats.ols.QlrResult qlr,
        org.tradeworkbench.core.stats.ols.CusumResult cusum, FigureSpec cusumChart,
        org.tradeworkbench.core.stats.ols.CusumSquaresResult cusumSquares, FigureSpec cusumSquaresChart,
        org.tradeworkbench.core.stats.ols.RecursiveCoefficients recursive, List<FigureSpec> recursiveCharts)
        implements Report {

    public RegressionReport {
        recursiveCharts = recursiveCharts == null ? List.of() : List.copyOf(recursiveCharts);
    }

    /** Without recursive coefficients. */
    public RegressionReport(RegressionSpec spec, OlsResult result, String equation, FigureSpec actualFitted,
            FigureSpec residuals, WaldResult wald, String waldProblem, org.tradeworkbench.core.stats.ols.QlrResult qlr,
            org.tradeworkbench.core.stats.ols.CusumResult cusum, FigureSpec cusumChart,
            org.tradeworkbench.core.stats.ols.CusumSquaresResult cusumSquares, FigureSpec cusumSquaresChart) {
        this(spec, result, equation, actualFitted, residuals, wald, waldProblem, qlr, cusum, cusumChart, cusumSquares,
                cusumSquaresChart, null, List.of());
    }

    /** Without a CUSUM of squares test. */
    public RegressionReport(RegressionSpec spec, OlsResult result, String equation, FigureSpec actualFitted,
            FigureSpec residuals, WaldResult wald, String waldProblem, org.tradeworkbench.core.stats.ols.QlrResult qlr,
            org.tradeworkbench.core.stats.ols.CusumResult cusum, FigureSpec cusumChart) {
        this(spec, result, equation, actualFitted, residuals, wald, waldProblem, qlr, cusum, cusumChart, null, null);
    }

    /** The charts of the fit and of the tests asked for, in the order the tab shows them. */
    public List<FigureSpec> charts() {
        List<FigureSpec> out = new java.util.ArrayList<>(List.of(actualFitted, residuals));
        if (cusumChart != null) {
            out.add(cusumChart);
        }
        if (cusumSquaresChart != null) {
            out.add(cusumSquaresChart);
        }
        out.addAll(recursiveCharts);
        return out;
    }

    /** Without a CUSUM test. */
    public RegressionReport(RegressionSpec spec, OlsResult result, String equation, FigureSpec actualFitted,
            FigureSpec residuals, WaldResult wald, String waldProblem, org.tradeworkbench.core.stats.ols.QlrResult qlr) {
        this(spec, result, equation, actualFitted, residuals, wald, waldProblem, qlr, null, null);
    }

    /** Without a QLR test. */
    public RegressionReport(RegressionSpec spec, OlsResult result, String equation, FigureSpec actualFitted,
            FigureSpec residuals, WaldResult wald, String waldProblem) {
        this(spec, result, equation, actualFitted, residuals, wald, waldProblem, null, null, null);
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
        if (wald == null && waldProblem == null && qlr == null && cusum == null && cusumSquares == null
                && recursive == null) {
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
        if (cusum != null) {
            out.add(cusumTable());
        }
        if (cusumSquares != null) {
            out.add(cusumSquares.table());
        }
        if (recursive != null) {
            out.add(recursive.table());
        }
        return out;
    }

    /** The CUSUM summary: the bounds' critical value, the last W and the first period beyond the bounds. */
    private ResultTable cusumTable() {
        int last = cusum.cusum().length - 1;
        String crossing = cusum.firstCrossing();
        return ResultTable.builder("CUSUM test (recursive residuals)", "Statistic", "Value")
                .row(ResultTable.Cell.text("Recursive residuals"), ResultTable.Cell.text(cusum.periods().get(0) + " to "
                        + cusum.periods().get(last) + " (" + (last + 1) + ")"))
                .row(ResultTable.Cell.text("CUSUM at " + cusum.periods().get(last)),
                        ResultTable.Cell.number(cusum.cusum()[last], 4))
                .row(ResultTable.Cell.text("5% bound at " + cusum.periods().get(last)),
                        ResultTable.Cell.number(cusum.bound()[last], 4))
                .row(ResultTable.Cell.text("First period outside the 5% bounds"),
                        ResultTable.Cell.text(crossing == null ? "none (stable)" : crossing))
                .note("Brown, Durbin and Evans (1975) bounds ±b(√(n−k) + 2(t−k)/√(n−k)), b = "
                        + org.tradeworkbench.core.report.NumberFormats.general(cusum.critical()) + ".")
                .build();
    }

    /** The {@code ols --json} contract. */
    @Override
    public Map<String, Object> toJson() {
        if (wald == null && waldProblem == null && qlr == null && cusum == null && cusumSquares == null
                && recursive == null) {
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
        if (cusum != null) {
            m.put("cusum", cusum.toJson());
        }
        if (cusumSquares != null) {
            m.put("cusum_squares", cusumSquares.toJson());
        }
        if (recursive != null) {
            m.put("recursive_coefficients", recursive.toJson());
        }
        return m;
    }
}
