package org.tradeworkbench.core.analysis.cointegration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;

/**
 * An ARDL bounds test: the order-selection grid, the chosen ARDL(p, q1..qk), its error-correction form, the
 * bounds F and t statistics with the PSS (2001) and Narayan (2005) bounds, and the verdict at 5%.
 *
 * @param selectionNobs rows of the common sample of the order selection (sample minus maxLag)
 * @param grid          every model fitted, in grid order (p, then q1, ..., qk)
 * @param order         the chosen (p, q1, ..., qk)
 * @param nobs          rows of the error-correction regression
 * @param ecmNames      its regressors: deterministic terms, y(-1), each x(-1), the differences
 * @param pssF          I(0), I(1) at 10, 5, 2.5, 1%
 * @param pssT          the same for t, or null for cases 2 and 4
 * @param narayanSize   the n of Narayan's table used, or 0 when none applies
 * @param narayanF      I(0), I(1) at 10, 5, 1%, or null
 * @param longRun       -coef(x(-1)) / coef(y(-1)) for each regressor
 */
public record ArdlReport(ArdlSpec spec, List<String> variables, String sampleFirst, String sampleLast,
                         int selectionNobs, List<OrderRow> grid, int[] order, int nobs, String ecmFirst,
                         List<String> ecmNames, double[] ecmCoefficients, double[] ecmStandardErrors,
                         double fStatistic, double tStatistic, int k, double[] pssF, double[] pssT,
                         int narayanSize, double[] narayanF, ArdlVerdict verdict, double[] longRun)
        implements Report {
    /** Rows of the order-selection table shown (the JSON has every model). */
    public static final int SHOWN_ORDERS = 20;

    public ArdlReport {
        variables = List.copyOf(variables);
        grid = List.copyOf(grid);
        ecmNames = List.copyOf(ecmNames);
    }

    /** One ARDL(p, q1..qk) of the grid. */
    public record OrderRow(int[] order, double aic, double bic) {
        double value(LagCriterion c) {
            return c == LagCriterion.AIC ? aic : bic;
        }
    }

    /** Where the verdict's bounds come from. */
    public String verdictSource() {
        return narayanF != null ? "Narayan (2005), n = " + narayanSize : "Pesaran, Shin and Smith (2001), asymptotic";
    }

    @Override
    public String title() {
        return "ARDL bounds test: " + String.join(", ", variables);
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("order", ints(order));
        m.put("f_statistic", fStatistic);
        m.put("t_statistic", tStatistic);
        Map<String, Object> bounds = new LinkedHashMap<>();
        bounds.put("f_pss", levels(pssF, PssTables.LEVELS));
        bounds.put("t_pss", pssT == null ? null : levels(pssT, PssTables.LEVELS));
        if (narayanF != null) {
            Map<String, Object> nar = new LinkedHashMap<>();
            nar.put("n", narayanSize);
            nar.putAll(levels(narayanF, NarayanTables.LEVELS));
            bounds.put("f_narayan", nar);
        } else {
            bounds.put("f_narayan", null);
        }
        bounds.put("verdict_from", verdictSource());
        m.put("bounds", bounds);
        m.put("verdict", verdict.text());
        m.put("variables", variables);
        m.put("k", k);
        m.put("case", spec.boundsCase());
        m.put("ic", spec.criterion().code());
        m.put("maxlag", spec.maxLag());
        m.put("nobs", nobs);
        m.put("selection_nobs", selectionNobs);
        m.put("sample_start", sampleFirst);
        m.put("sample_end", sampleLast);
        List<Object> ecm = new ArrayList<>();
        for (int i = 0; i < ecmNames.size(); i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", ecmNames.get(i));
            r.put("estimate", ecmCoefficients[i]);
            r.put("std_error", ecmStandardErrors[i]);
            ecm.add(r);
        }
        m.put("error_correction", ecm);
        Map<String, Object> lr = new LinkedHashMap<>();
        for (int j = 0; j < k; j++) {
            lr.put(variables.get(j + 1), longRun[j]);
        }
        m.put("long_run", lr);
        List<Object> sel = new ArrayList<>();
        for (OrderRow r : grid) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("order", ints(r.order()));
            o.put("aic", r.aic());
            o.put("bic", r.bic());
            sel.add(o);
        }
        m.put("order_selection", sel);
        return m;
    }

    private static List<Object> ints(int[] a) {
        List<Object> l = new ArrayList<>();
        for (int v : a) {
            l.add(v);
        }
        return l;
    }

    private static Map<String, Object> levels(double[] b, double[] levels) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < levels.length; i++) {
            m.put(percent(levels[i]), List.of(b[2 * i], b[2 * i + 1]));
        }
        return m;
    }

    private static String percent(double level) {
        double pct = level * 100;
        return (pct == Math.rint(pct) ? String.valueOf((int) pct) : String.valueOf(pct)) + "%";
    }

    @Override
    public List<ResultTable> tables() {
        return List.of(selectionTable(), ecmTable(), boundsTable());
    }

    private ResultTable selectionTable() {
        LagCriterion c = spec.criterion();
        String[] cols = new String[variables.size() + 3];
        cols[0] = "rank";
        cols[1] = "p (" + variables.get(0) + ")";
        for (int j = 1; j < variables.size(); j++) {
            cols[j + 1] = "q (" + variables.get(j) + ")";
        }
        cols[cols.length - 2] = "AIC";
        cols[cols.length - 1] = "BIC";
        ResultTable.Builder t = ResultTable.builder("ARDL order selection by " + c.label() + ": "
                + variables.get(0) + " on " + String.join(", ", variables.subList(1, variables.size())), cols);
        List<OrderRow> sorted = new ArrayList<>(grid);
        sorted.sort(Comparator.comparingDouble(r -> r.value(c)));
        for (int i = 0; i < Math.min(SHOWN_ORDERS, sorted.size()); i++) {
            OrderRow r = sorted.get(i);
            List<Cell> row = new ArrayList<>();
            row.add(Cell.integer(i + 1));
            for (int o : r.order()) {
                row.add(Cell.integer(o));
            }
            row.add(Cell.number(r.aic(), 4));
            row.add(Cell.number(r.bic(), 4));
            t.row(row);
        }
        t.note("Chosen: ARDL" + Ardl.orderText(order) + ". " + grid.size() + " models (p = 1.." + spec.maxLag()
                + ", each q = 0.." + spec.maxLag() + ") on the common sample of " + selectionNobs + " observations"
                + (grid.size() > SHOWN_ORDERS ? "; the best " + SHOWN_ORDERS + " shown" : "") + ".");
        return t.build();
    }

    private ResultTable ecmTable() {
        ResultTable.Builder t = ResultTable.builder("Error-correction form: d(" + variables.get(0) + "), ARDL"
                + Ardl.orderText(order), "", "coefficient", "std. error", "t");
        for (int i = 0; i < ecmNames.size(); i++) {
            t.row(Cell.text(ecmNames.get(i)), Cell.number(ecmCoefficients[i], 6),
                    Cell.number(ecmStandardErrors[i], 6), Cell.number(ecmCoefficients[i] / ecmStandardErrors[i], 4));
        }
        StringBuilder lr = new StringBuilder("Long run: " + variables.get(0) + " = ");
        for (int j = 0; j < k; j++) {
            lr.append(j == 0 ? "" : " + ").append(String.format(Locale.ROOT, "%.6f", longRun[j])).append(' ')
                    .append(variables.get(j + 1));
        }
        t.note(lr + " (-coefficient of x(-1) / coefficient of " + variables.get(0) + "(-1)).");
        t.note("Sample " + ecmFirst + " .. " + sampleLast + ", " + nobs + " observations.");
        return t.build();
    }

    private ResultTable boundsTable() {
        ResultTable.Builder t = ResultTable.builder("Bounds test, case " + roman(spec.boundsCase()) + " ("
                        + ArdlSpec.caseDescription(spec.boundsCase()) + "), k = " + k, "", "statistic", "10% I(0)",
                "10% I(1)", "5% I(0)", "5% I(1)", "1% I(0)", "1% I(1)");
        t.row(boundsRow("F, PSS (2001) Table CI(" + roman(spec.boundsCase()).toLowerCase(Locale.ROOT) + ")",
                fStatistic, pssF, true));
        if (narayanF != null) {
            t.row(boundsRow("F, Narayan (2005), n = " + narayanSize, fStatistic, narayanF, false));
        }
        if (pssT != null) {
            t.row(boundsRow("t, PSS (2001) Table CII(" + roman(spec.boundsCase()).toLowerCase(Locale.ROOT) + ")",
                    tStatistic, pssT, true));
        } else {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text("t (PSS give no bounds for case " + roman(spec.boundsCase()) + ")"));
            row.add(Cell.number(tStatistic, 4));
            for (int i = 0; i < 6; i++) {
                row.add(Cell.text(""));
            }
            t.row(row);
        }
        List<Cell> verdictRow = new ArrayList<>();
        verdictRow.add(Cell.text("verdict at 5%"));
        verdictRow.add(Cell.text(verdict.text()));
        for (int i = 0; i < 6; i++) {
            verdictRow.add(Cell.text(""));
        }
        t.row(verdictRow);
        t.note("H0: no level relationship (the coefficients of the levels are zero). F above the I(1) bound: "
                + "cointegrated; below the I(0) bound: not; between: inconclusive. Verdict from the F test with "
                + verdictSource() + ".");
        if (narayanF != null && nobs < 30) {
            t.note(nobs + " observations are fewer than Narayan's smallest table (n = 30); its bounds are the "
                    + "nearest available and still understate small-sample critical values.");
        } else if (narayanF == null && spec.boundsCase() != 1 && nobs <= 80) {
            t.note("Narayan (2005) tabulates k <= 7" + (spec.boundsCase() == 4 ? " (case IV: n = 30..75)" : "")
                    + "; the asymptotic bounds apply.");
        }
        return t.build();
    }

    /** A row with 10, 5, 1% bounds out of a table with or without the 2.5% column. */
    private static List<Cell> boundsRow(String label, double stat, double[] b, boolean has25) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.text(label));
        row.add(Cell.number(stat, 4));
        int[] idx = has25 ? new int[] {0, 1, 2, 3, 6, 7} : new int[] {0, 1, 2, 3, 4, 5};
        for (int i : idx) {
            row.add(Cell.number(b[i], 3));
        }
        return row;
    }

    static String roman(int c) {
        return new String[] {"I", "II", "III", "IV", "V"}[c - 1];
    }
}
