package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.report.NumberFormats;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;

/**
 * The lag-order table: one row per order with AIC, BIC, HQ and FPE, the order each criterion selects starred.
 *
 * @param first first period of the common estimation sample
 * @param last  last period
 */
public record VarSelectReport(VarSelectSpec spec, LagOrderTable table, String first, String last) implements Report {
    private static final String[] KEYS = {"aic", "bic", "hq", "fpe"};

    @Override
    public String title() {
        return "VAR lag order selection";
    }

    /** The order criterion {@code c} (0 AIC, 1 BIC, 2 HQ, 3 FPE) selects. */
    public int selected(int c) {
        return table.selected(c);
    }

    public ResultTable resultTable() {
        ResultTable.Builder b = ResultTable.builder(title(), "p", "AIC", "BIC", "HQ", "FPE");
        for (int i = 0; i < table.rows().size(); i++) {
            int p = table.pMin() + i;
            double[] r = table.rows().get(i);
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.integer(p));
            for (int c = 0; c < 4; c++) {
                String s = c == 3 ? NumberFormats.general(r[c]) : NumberFormats.fixed(r[c], 4);
                cells.add(Cell.text(s + (selected(c) == p ? "*" : "")));
            }
            b.row(cells);
        }
        b.note("Variables: " + String.join(", ", spec.variables()) + "; " + spec.trend().description()
                + (spec.exog().isEmpty() ? "" : "; exogenous: " + String.join(", ", spec.exog())) + ".");
        b.note("Every order fitted on the same " + table.nobs() + " observations, " + first + "–" + last
                + "; * the order each criterion selects (smallest value).");
        return b.build();
    }

    @Override
    public List<ResultTable> tables() {
        return List.of(resultTable());
    }

    /** The {@code varselect --json} contract: lists aic, bic, hq, fpe for p = pMin..max and the selected orders. */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("variables", spec.variables());
        m.put("trend", spec.trend().code());
        m.put("exog", spec.exog());
        m.put("nobs", table.nobs());
        m.put("sample", List.of(first, last));
        m.put("p_min", table.pMin());
        m.put("max_lags", table.maxLags());
        for (int c = 0; c < 4; c++) {
            List<Double> col = new ArrayList<>();
            for (double[] r : table.rows()) {
                col.add(r[c]);
            }
            m.put(KEYS[c], col);
        }
        Map<String, Object> sel = new LinkedHashMap<>();
        for (int c = 0; c < 4; c++) {
            sel.put(KEYS[c], selected(c));
        }
        m.put("selected", sel);
        return m;
    }
}
