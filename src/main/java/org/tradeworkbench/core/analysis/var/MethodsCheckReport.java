package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.stats.granger.GrangerStatistic;

/**
 * The methods check: orders of integration, observations against coefficients, which causality test is valid,
 * and for each direction the Granger F test in levels beside the valid test.
 */
public record MethodsCheckReport(MethodsCheckSpec spec, List<IntegrationOrders.Order> orders, List<Sample> samples,
        List<Direction> directions) implements Report {
    public static final double LEVEL = 0.05;

    /**
     * One VAR the tests need: its observations, the lags (p + d_max), coefficients per equation and the residual
     * degrees of freedom left.
     */
    public record Sample(List<String> variables, int nobs, String first, String last, int lags, int coefficients,
            int dfResid, String problem) {
    }

    /**
     * One direction: the F test in levels (what a VAR(p) Granger test on the levels reports) and the valid test
     * (Granger F when d_max = 0, Toda-Yamamoto's chi-square otherwise), or why each could not be run.
     */
    public record Direction(String causing, String caused, Integer dMax, GrangerStatistic levels,
            String levelsProblem, Causality.Result valid, String validProblem) {

        public String nullHypothesis() {
            return causing + " does not Granger-cause " + caused;
        }

        /** The valid test's name. */
        public String validTest() {
            if (dMax == null) {
                return "none (orders unknown)";
            }
            return dMax == 0 ? "Granger (Wald, VAR(p) on stationary data)" : "Toda-Yamamoto, d_max = " + dMax;
        }
    }

    public MethodsCheckReport {
        orders = List.copyOf(orders);
        samples = List.copyOf(samples);
        directions = List.copyOf(directions);
    }

    @Override
    public String title() {
        return "Methods check: which causality test the data allow";
    }

    /** The largest order of integration, or null when one is unknown. */
    public Integer maxOrder() {
        return IntegrationOrders.maxOrder(orders);
    }

    /** The plain-language statement the panel shows above the tables. */
    public List<String> findings() {
        List<String> out = new ArrayList<>();
        Integer max = maxOrder();
        List<String> integrated = new ArrayList<>();
        List<String> disagree = new ArrayList<>();
        for (IntegrationOrders.Order o : orders) {
            if (o.order() != null && o.order() > 0) {
                integrated.add(o.variable() + " I(" + o.order() + ")");
            }
            if (o.order() != null && !Double.isNaN(o.kpssPValue()) && !o.agree()) {
                disagree.add(o.variable());
            }
        }
        if (max == null) {
            out.add("The order of integration of some variables could not be determined (see the table): no "
                    + "causality test can be called valid until it is.");
        } else if (max == 0) {
            out.add("All variables are stationary in levels by ADF and KPSS: the Granger F test in a VAR in levels "
                    + "is valid.");
        } else {
            out.add("Integrated variables: " + String.join(", ", integrated) + ". The Granger F test on their levels "
                    + "does not have its F distribution (Sims, Stock and Watson 1990; Toda and Phillips 1993): its "
                    + "p values are not valid. Valid instead: Toda-Yamamoto (a VAR in levels with p + d_max lags, "
                    + "Wald test on the first p) or, when the variables are cointegrated (Johansen, Cointegration "
                    + "tab), a test in the VECM.");
        }
        if (!disagree.isEmpty()) {
            out.add("ADF and KPSS disagree for " + String.join(", ", disagree) + ": the higher order is used, since "
                    + "an extra lag in Toda-Yamamoto costs only power.");
        }
        for (Sample s : samples) {
            String sys = String.join(", ", s.variables());
            if (s.problem() != null) {
                out.add(sys + ": " + s.problem());
            } else if (s.dfResid() < 1) {
                out.add(sys + ": " + s.nobs() + " observations cannot carry a VAR(" + s.lags() + ") with "
                        + s.coefficients() + " coefficients per equation: no valid test can be run on this sample.");
            } else if (s.dfResid() < MethodsCheckAnalysis.FEW_DF) {
                out.add(sys + ": " + s.nobs() + " observations leave " + s.dfResid() + " residual degrees of freedom "
                        + "per equation in the VAR(" + s.lags() + "); the tests' asymptotic distributions are poor "
                        + "guides this close to the limit, so read their p values with great caution.");
            }
        }
        return out;
    }

    public ResultTable ordersTable() {
        ResultTable.Builder b = ResultTable.builder("Orders of integration", "Variable", "ADF order", "KPSS p value",
                "Order", "Verdict");
        for (IntegrationOrders.Order o : orders) {
            b.row(Cell.text(o.variable()), o.adfOrder() == null ? Cell.text("") : Cell.integer(o.adfOrder()),
                    Double.isNaN(o.kpssPValue()) ? Cell.text("")
                            : o.kpssBeyondTable() ? Cell.pValueBeyond(o.kpssPValue(), o.kpssPValue() >= 0.1)
                            : Cell.pValue(o.kpssPValue()),
                    o.order() == null ? Cell.text("") : Cell.integer(o.order()), Cell.text(o.verdict()));
        }
        b.note("ADF (lags by AIC, " + IntegrationOrders.unitRootTrend(spec.trend()).description() + "): smallest "
                + "difference 0..3 that rejects a unit root at 5%; KPSS on that difference (H0 stationary).");
        return b.build();
    }

    public ResultTable samplesTable() {
        ResultTable.Builder b = ResultTable.builder("Observations against lags", "Variables", "Observations",
                "Sample", "VAR lags (p + d_max)", "Coefficients per equation", "Residual df");
        for (Sample s : samples) {
            if (s.problem() != null) {
                b.row(Cell.text(String.join(", ", s.variables())), Cell.text(""), Cell.text(s.problem()),
                        Cell.text(""), Cell.text(""), Cell.text(""));
            } else {
                b.row(Cell.text(String.join(", ", s.variables())), Cell.integer(s.nobs()),
                        Cell.text(s.first() + "–" + s.last()), Cell.integer(s.lags()), Cell.integer(s.coefficients()),
                        Cell.integer(s.dfResid()));
            }
        }
        b.note("Residual df = observations - lags - coefficients per equation; under "
                + MethodsCheckAnalysis.FEW_DF + " the tests' distributions are poor approximations.");
        return b.build();
    }

    public ResultTable testsTable() {
        ResultTable.Builder b = ResultTable.builder("Granger F in levels beside the valid test", "Null hypothesis",
                "F in levels", "p value (levels)", "Valid test", "Statistic", "df", "p value (valid)",
                "Verdict at 5%");
        for (Direction d : directions) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(d.nullHypothesis()));
            if (d.levels() != null) {
                row.add(Cell.number(d.levels().fStatistic(), 4));
                row.add(Cell.pValue(d.levels().pValue()));
            } else {
                row.add(Cell.text(d.levelsProblem() == null ? "" : d.levelsProblem()));
                row.add(Cell.text(""));
            }
            row.add(Cell.text(d.validTest()));
            if (d.valid() != null) {
                row.add(Cell.number(d.valid().wald(), 4));
                row.add(Cell.integer(d.valid().df()));
                row.add(Cell.pValue(d.valid().waldPValue()));
                row.add(Cell.text(d.valid().waldPValue() < LEVEL ? "rejected" : "not rejected"));
            } else {
                row.add(Cell.text(""));
                row.add(Cell.text(""));
                row.add(Cell.text(""));
                row.add(Cell.text(d.validProblem()));
            }
            b.row(row);
        }
        b.note("F in levels: the single-equation Granger F test with " + spec.lags() + " lags on the levels"
                + (spec.pairwise() ? ", pair by pair" : "") + " (valid only when both variables are stationary). "
                + "Valid test: Wald chi-square on the first " + spec.lags() + " lags of a VAR(p + d_max) in levels"
                + " with " + spec.trend().description() + "; with d_max = 0 it is the Granger Wald test of the VAR(p).");
        return b.build();
    }

    /** The three tables without the findings (the tab states those above them). */
    public List<ResultTable> detailTables() {
        return List.of(ordersTable(), samplesTable(), testsTable());
    }

    /** The three tables, the findings as the first one's notes (for exports and the replication report). */
    @Override
    public List<ResultTable> tables() {
        ResultTable first = ordersTable();
        List<String> notes = new ArrayList<>(findings());
        notes.addAll(first.notes());
        return List.of(new ResultTable(first.title(), first.columns(), first.rows(), notes), samplesTable(),
                testsTable());
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("variables", spec.variables());
        m.put("lags", spec.lags());
        m.put("pairwise", spec.pairwise());
        m.put("findings", findings());
        List<Map<String, Object>> os = new ArrayList<>();
        for (IntegrationOrders.Order o : orders) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("variable", o.variable());
            e.put("adf_order", o.adfOrder());
            e.put("kpss_p_value", o.kpssPValue());
            e.put("order", o.order());
            e.put("problem", o.problem());
            os.add(e);
        }
        m.put("integration_orders", os);
        List<Map<String, Object>> ds = new ArrayList<>();
        for (Direction d : directions) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("null_hypothesis", d.nullHypothesis());
            e.put("d_max", d.dMax());
            e.put("levels_f", d.levels() == null ? null : d.levels().fStatistic());
            e.put("levels_p_value", d.levels() == null ? null : d.levels().pValue());
            e.put("valid_test", d.validTest());
            e.put("statistic", d.valid() == null ? null : d.valid().wald());
            e.put("df", d.valid() == null ? null : d.valid().df());
            e.put("p_value", d.valid() == null ? null : d.valid().waldPValue());
            e.put("problem", d.validProblem());
            ds.add(e);
        }
        m.put("tests", ds);
        return m;
    }
}
