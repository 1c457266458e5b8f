package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;

/**
 * Impulse responses {@code [h][response][impulse]} for h = 0..H in the VAR's variable order, with the lower and
 * upper bands (null without bands).
 *
 * @param failedDraws bootstrap draws whose refit failed and were left out
 */
public record IrfReport(IrfSpec spec, int nobs, String first, String last, double[][][] responses,
        double[][][] lower, double[][][] upper, int failedDraws) implements Report {

    public List<String> variables() {
        return spec.model().variables();
    }

    public boolean hasBands() {
        return lower != null;
    }

    @Override
    public String title() {
        return "Impulse responses, " + spec.kind().description();
    }

    /** One table per impulse: a row per horizon, a column per response (and its band). */
    public ResultTable table(int impulse) {
        List<String> cols = new ArrayList<>();
        cols.add("h");
        for (String r : variables()) {
            cols.add(r);
            if (hasBands()) {
                cols.add(r + " lower");
                cols.add(r + " upper");
            }
        }
        ResultTable.Builder b = ResultTable.builder("Responses to a shock in " + variables().get(impulse),
                cols.toArray(String[]::new));
        for (int h = 0; h < responses.length; h++) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.integer(h));
            for (int r = 0; r < variables().size(); r++) {
                row.add(Cell.number(responses[h][r][impulse], 6));
                if (hasBands()) {
                    row.add(Cell.number(lower[h][r][impulse], 6));
                    row.add(Cell.number(upper[h][r][impulse], 6));
                }
            }
            b.row(row);
        }
        notes().forEach(b::note);
        return b.build();
    }

    List<String> notes() {
        List<String> n = new ArrayList<>();
        n.add("VAR(" + spec.model().lags() + "), " + spec.model().trend().description() + ", " + nobs
                + " observations " + first + "–" + last + "; " + spec.kind().description() + " shocks"
                + (spec.kind() == IrfKind.ORTHOGONALISED ? ", Cholesky order " + String.join(", ", spec.effectiveOrder())
                : "") + ".");
        if (hasBands()) {
            n.add(Math.round(spec.level() * 100) + "% bands: " + spec.bands().description()
                    + (spec.bands() == IrfBands.BOOTSTRAP ? ", " + (spec.draws() - failedDraws) + " draws, seed "
                    + spec.seed() + (failedDraws > 0 ? " (" + failedDraws + " draws could not be fitted)" : "")
                    : "") + ".");
        }
        return n;
    }

    @Override
    public List<ResultTable> tables() {
        List<ResultTable> out = new ArrayList<>();
        for (int i = 0; i < variables().size(); i++) {
            out.add(table(i));
        }
        return out;
    }

    /** The {@code irf --json} contract: horizons 0..H and {@code responses[h][response][impulse]}, lower, upper. */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("variables", variables());
        m.put("lags", spec.model().lags());
        m.put("trend", spec.model().trend().code());
        m.put("kind", spec.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("order", spec.effectiveOrder());
        m.put("nobs", nobs);
        m.put("sample", List.of(first, last));
        List<Integer> hs = new ArrayList<>();
        for (int h = 0; h < responses.length; h++) {
            hs.add(h);
        }
        m.put("horizons", hs);
        m.put("responses", Finite.lists(responses));
        m.put("bands", spec.bands().name().toLowerCase(java.util.Locale.ROOT));
        m.put("level", spec.level());
        if (spec.bands() == IrfBands.BOOTSTRAP) {
            m.put("draws", spec.draws());
            m.put("seed", spec.seed());
            m.put("failed_draws", failedDraws);
        }
        m.put("lower", Finite.lists(lower));
        m.put("upper", Finite.lists(upper));
        return m;
    }
}
