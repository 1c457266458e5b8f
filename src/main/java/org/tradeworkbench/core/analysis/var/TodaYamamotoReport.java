package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;

/**
 * Toda-Yamamoto tests: for each hypothesis the Wald chi-square on the first p lags of the VAR(p + d_max) in
 * levels; the orders of integration d_max came from, when it was not given.
 */
public record TodaYamamotoReport(TodaYamamotoSpec spec, int dMax, List<IntegrationOrders.Order> orders, int nobs,
        String first, String last, List<Causality.Result> tests) implements Report {
    public static final double LEVEL = 0.05;

    public TodaYamamotoReport {
        orders = List.copyOf(orders);
        tests = List.copyOf(tests);
    }

    @Override
    public String title() {
        return "Toda-Yamamoto causality tests";
    }

    static String hypothesis(Causality.Result r) {
        return String.join(", ", r.causing()) + " does not Granger-cause " + String.join(", ", r.caused());
    }

    public ResultTable table() {
        int p = spec.model().lags();
        ResultTable.Builder b = ResultTable.builder(title(), "Null hypothesis", "Chi-square", "df", "p value",
                "Verdict at 5%");
        for (Causality.Result r : tests) {
            b.row(Cell.text(hypothesis(r)), Cell.number(r.wald(), 4), Cell.integer(r.df()), Cell.pValue(r.waldPValue()),
                    Cell.text(r.waldPValue() < LEVEL ? "rejected" : "not rejected"));
        }
        b.note("VAR(" + (p + dMax) + ") in levels = p + d_max with p = " + p + ", d_max = " + dMax
                + (spec.dMax() == null ? " (the largest order of integration by ADF and KPSS)" : " (given)") + "; "
                + spec.model().trend().description() + "; " + nobs + " observations " + first + "–" + last + ".");
        b.note("Wald test on the first " + p + " lag" + (p == 1 ? "" : "s") + " only; the " + dMax
                + " extra lag" + (dMax == 1 ? " is" : "s are") + " not restricted, so the statistic is chi-square "
                + "with integrated or cointegrated variables (Toda and Yamamoto 1995).");
        return b.build();
    }

    public ResultTable ordersTable() {
        ResultTable.Builder b = ResultTable.builder("Orders of integration (d_max)", "Variable", "ADF order",
                "KPSS p value", "Order", "Verdict");
        for (IntegrationOrders.Order o : orders) {
            b.row(Cell.text(o.variable()), o.adfOrder() == null ? Cell.text("") : Cell.integer(o.adfOrder()),
                    Double.isNaN(o.kpssPValue()) ? Cell.text("")
                            : o.kpssBeyondTable() ? Cell.pValueBeyond(o.kpssPValue(), o.kpssPValue() >= 0.1)
                            : Cell.pValue(o.kpssPValue()),
                    o.order() == null ? Cell.text("") : Cell.integer(o.order()), Cell.text(o.verdict()));
        }
        b.note("ADF: smallest difference 0..3 that rejects a unit root at 5% (lags by AIC); KPSS on that difference, "
                + "H0 stationary.");
        return b.build();
    }

    @Override
    public List<ResultTable> tables() {
        return orders.isEmpty() ? List.of(table()) : List.of(table(), ordersTable());
    }

    /**
     * The {@code toda-yamamoto --json} contract: {@code d_max}, and per test {@code statistic}, {@code df},
     * {@code p_value} (with one test, also at the top level).
     */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("variables", spec.model().variables());
        m.put("lags", spec.model().lags());
        m.put("d_max", dMax);
        m.put("d_max_given", spec.dMax() != null);
        m.put("var_lags", spec.model().lags() + dMax);
        m.put("trend", spec.model().trend().code());
        m.put("nobs", nobs);
        m.put("sample", List.of(first, last));
        if (tests.size() == 1) {
            Causality.Result r = tests.get(0);
            m.put("statistic", r.wald());
            m.put("df", r.df());
            m.put("p_value", r.waldPValue());
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (Causality.Result r : tests) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("null_hypothesis", hypothesis(r));
            e.put("causing", r.causing());
            e.put("caused", r.caused());
            e.put("statistic", r.wald());
            e.put("df", r.df());
            e.put("p_value", r.waldPValue());
            e.put("d_max", dMax);
            e.put("reject_5pct", r.waldPValue() < LEVEL);
            list.add(e);
        }
        m.put("tests", list);
        if (!orders.isEmpty()) {
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
        }
        return m;
    }
}
