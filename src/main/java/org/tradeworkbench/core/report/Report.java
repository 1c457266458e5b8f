package org.tradeworkbench.core.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The result of one test or estimation, like a statsmodels results object: computed once, then rendered by many
 * writers (GUI table, CLI text, JSON, CSV, LaTeX, HTML, Markdown, image). Implementations are immutable.
 */
public interface Report {

    /** Short human title, e.g. "ADF test: d(PATENT)". */
    String title();

    /**
     * Machine-readable form for {@code --json}: an insertion-ordered map of strings, numbers ({@code NaN} is
     * written as {@code null}), booleans, lists and nested maps. Keys follow the CLI contract.
     */
    Map<String, Object> toJson();

    /** The tables a person reads, in order (e.g. coefficients, then fit statistics, then diagnostics). */
    List<ResultTable> tables();

    /** Every table of {@code r} rendered by {@code writer}, separated by a blank line. */
    static String eachTable(Report r, Function<ResultTable, String> writer) {
        StringBuilder sb = new StringBuilder();
        for (ResultTable t : r.tables()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(writer.apply(t));
        }
        return sb.toString();
    }
}
