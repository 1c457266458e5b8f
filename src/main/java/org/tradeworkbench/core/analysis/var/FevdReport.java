package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;

/**
 * Shares of each variable's forecast-error variance due to each orthogonalised shock, {@code [h][variable][shock]}
 * where index h is the (h + 1)-step forecast; variables and shocks in the VAR's order; {@code lower} and
 * {@code upper} the bootstrap bands (null without).
 */
public record FevdReport(FevdSpec spec, int nobs, String first, String last, double[][][] shares,
        double[][][] lower, double[][][] upper, int failedDraws) implements Report {

    public boolean hasBands() {
        return lower != null;
    }

    public List<String> variables() {
        return spec.model().variables();
    }

    @Override
    public String title() {
        return "Forecast-error variance decomposition";
    }

    /** One table per variable: a row per step, a column per shock. */
    public ResultTable table(int variable) {
        List<String> cols = new ArrayList<>();
        cols.add("step");
        for (String v : variables()) {
            cols.add(v);
            if (hasBands()) {
                cols.add(v + " lower");
                cols.add(v + " upper");
            }
        }
        ResultTable.Builder b = ResultTable.builder("Variance decomposition of " + variables().get(variable),
                cols.toArray(String[]::new));
        for (int h = 0; h < shares.length; h++) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.integer(h + 1));
            for (int s = 0; s < variables().size(); s++) {
                row.add(Cell.number(shares[h][variable][s], 4));
                if (hasBands()) {
                    row.add(Cell.number(lower[h][variable][s], 4));
                    row.add(Cell.number(upper[h][variable][s], 4));
                }
            }
            b.row(row);
        }
        b.note("Share of the forecast-error variance of " + variables().get(variable) + " due to each shock; VAR("
                + spec.model().lags() + "), " + nobs + " observations " + first + "–" + last + "; Cholesky order "
                + String.join(", ", spec.effectiveOrder()) + ".");
        if (hasBands()) {
            b.note(Math.round(spec.level() * 100) + "% bands: bootstrap (residuals resampled), "
                    + (spec.draws() - failedDraws) + " draws, seed " + spec.seed()
                    + (failedDraws > 0 ? " (" + failedDraws + " draws could not be fitted)" : "") + ".");
        }
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

    /** The {@code fevd --json} contract: {@code shares[h][variable][shock]} for the steps 1..H. */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("variables", variables());
        m.put("lags", spec.model().lags());
        m.put("trend", spec.model().trend().code());
        m.put("order", spec.effectiveOrder());
        m.put("nobs", nobs);
        m.put("sample", List.of(first, last));
        List<Integer> steps = new ArrayList<>();
        for (int h = 1; h <= shares.length; h++) {
            steps.add(h);
        }
        m.put("steps", steps);
        m.put("shares", Finite.lists(shares));
        m.put("bands", spec.bands().name().toLowerCase(java.util.Locale.ROOT));
        if (hasBands()) {
            m.put("level", spec.level());
            m.put("draws", spec.draws());
            m.put("seed", spec.seed());
            m.put("failed_draws", failedDraws);
        }
        m.put("lower", Finite.lists(lower));
        m.put("upper", Finite.lists(upper));
        return m;
    }
}
