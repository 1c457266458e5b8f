package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;

/**
 * Impulse responses {@code [h][response][impulse]}, h = 0..H, of the VAR in levels a VECM implies, in the VECM's
 * variable order. A VECM's responses need not die out: with rank r < n, n - r shocks have permanent effects.
 */
public record VecmIrfReport(VecmIrfSpec spec, VecmReport vecm, double[][][] responses) implements Report {

    public List<String> variables() {
        return vecm.variables();
    }

    @Override
    public String title() {
        return "VECM impulse responses, " + spec.kind().description();
    }

    static String model(VecmReport vecm) {
        return "VECM at rank " + vecm.rank() + " (" + vecm.spec().deterministic().description() + "), VAR order "
                + vecm.spec().lags() + " in levels, " + vecm.johansen().nobs() + " observations "
                + vecm.johansen().sampleFirst() + "–" + vecm.johansen().sampleLast();
    }

    /** One table per impulse: a row per horizon, a column per response. */
    public ResultTable table(int impulse) {
        List<String> cols = new ArrayList<>();
        cols.add("h");
        cols.addAll(variables());
        ResultTable.Builder b = ResultTable.builder("Responses to a shock in " + variables().get(impulse)
                + " (VECM)", cols.toArray(String[]::new));
        for (int h = 0; h < responses.length; h++) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.integer(h));
            for (int r = 0; r < variables().size(); r++) {
                row.add(Cell.number(responses[h][r][impulse], 6));
            }
            b.row(row);
        }
        b.note(model(vecm) + "; " + spec.kind().description() + " shocks"
                + (spec.kind() == IrfKind.ORTHOGONALISED ? ", Cholesky order " + String.join(", ", spec.effectiveOrder())
                : "") + ".");
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

    /** The {@code irf --vecm --json} contract: the keys of {@code irf --json} with the rank and case. */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("variables", variables());
        m.put("model", "vecm");
        m.put("lags", vecm.spec().lags());
        m.put("case", vecm.spec().deterministic().number());
        m.put("rank", vecm.rank());
        m.put("trace_rank", vecm.johansen().rank());
        m.put("kind", spec.kind().name().toLowerCase(Locale.ROOT));
        m.put("order", spec.effectiveOrder());
        m.put("nobs", vecm.johansen().nobs());
        m.put("sample", List.of(vecm.johansen().sampleFirst(), vecm.johansen().sampleLast()));
        List<Integer> hs = new ArrayList<>();
        for (int h = 0; h < responses.length; h++) {
            hs.add(h);
        }
        m.put("horizons", hs);
        m.put("responses", Finite.lists(responses));
        m.put("bands", "none");
        m.put("lower", null);
        m.put("upper", null);
        return m;
    }
}
