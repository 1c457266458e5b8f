package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;

/**
 * Shares of each variable's forecast-error variance due to each orthogonalised shock of a VECM,
 * {@code [h][variable][shock]} where index h is the (h + 1)-step forecast.
 */
public record VecmFevdReport(VecmFevdSpec spec, VecmReport vecm, double[][][] shares) implements Report {

    public List<String> variables() {
        return vecm.variables();
    }

    @Override
    public String title() {
        return "VECM forecast-error variance decomposition";
    }

    public ResultTable table(int variable) {
        List<String> cols = new ArrayList<>();
        cols.add("step");
        cols.addAll(variables());
        ResultTable.Builder b = ResultTable.builder("Variance decomposition of " + variables().get(variable)
                + " (VECM)", cols.toArray(String[]::new));
        for (int h = 0; h < shares.length; h++) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.integer(h + 1));
            for (int s = 0; s < variables().size(); s++) {
                row.add(Cell.number(shares[h][variable][s], 4));
            }
            b.row(row);
        }
        b.note("Share of the forecast-error variance of " + variables().get(variable) + " due to each shock; "
                + VecmIrfReport.model(vecm) + "; Cholesky order " + String.join(", ", spec.effectiveOrder()) + ".");
        return b.build();
    }

    @Override
    public List<ResultTable> tables() {
        List<ResultTable> out = new ArrayList<>();
        for (int i = 0; i < variables().size(); i++) {
            out.add(table(i));
        }
        return out;
    }

    /** The {@code fevd --vecm --json} contract: the keys of {@code fevd --json} with the rank and case. */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("variables", variables());
        m.put("model", "vecm");
        m.put("lags", vecm.spec().lags());
        m.put("case", vecm.spec().deterministic().number());
        m.put("rank", vecm.rank());
        m.put("trace_rank", vecm.johansen().rank());
        m.put("order", spec.effectiveOrder());
        m.put("nobs", vecm.johansen().nobs());
        m.put("sample", List.of(vecm.johansen().sampleFirst(), vecm.johansen().sampleLast()));
        List<Integer> steps = new ArrayList<>();
        for (int h = 1; h <= shares.length; h++) {
            steps.add(h);
        }
        m.put("steps", steps);
        m.put("shares", Finite.lists(shares));
        return m;
    }
}
