package org.tradeworkbench.core.analysis.stationarity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.stats.unitroot.AdfResult;
import org.tradeworkbench.core.stats.unitroot.StationarityOrder;

/**
 * The outcome of a Stationarity analysis: one row per variable. {@link #tables()} is the table the tab shows and
 * the {@code adf} command prints first; {@link #details()} are the tests behind each row (orders tried, test
 * regression, KPSS), which the command prints after it.
 */
public record StationarityReport(StationaritySpec spec, List<StationarityRow> rows) implements Report {

    public StationarityReport {
        rows = List.copyOf(rows);
    }

    @Override
    public String title() {
        return StationarityTable.title(spec.test());
    }

    /** The table with a row per variable, laid out like the paper's Table 2. */
    public ResultTable table() {
        return StationarityTable.build(rows, spec);
    }

    @Override
    public List<ResultTable> tables() {
        return List.of(table());
    }

    /** For each variable tested: the orders tried (when searching), the test itself and KPSS when asked for. */
    public List<ResultTable> details() {
        List<ResultTable> out = new ArrayList<>();
        for (StationarityRow r : rows) {
            if (r.search() != null) {
                out.add(searchTable(r.variable(), r.search()));
            } else if (!r.tried().isEmpty()) {
                out.add(searchTable(r.variable(), r.tried()));
            }
            if (r.test() != null) {
                out.addAll(r.test().details());
            }
            if (r.kpss() != null) {
                out.addAll(r.kpss().tables());
            }
        }
        return out;
    }

    static ResultTable searchTable(String variable, StationarityOrder o) {
        ResultTable.Builder t = ResultTable.builder("Order of integration of " + variable + " by ADF at "
                + percent(o.level()), "tested", "statistic", "p-value", "lags", "nobs", "rejects unit root");
        for (AdfResult r : o.tried()) {
            t.row(Cell.text(r.tested()), Cell.number(r.statistic(), 4), Cell.pValue(r.pValue()),
                    Cell.integer(r.lags()), Cell.integer(r.nobs()), Cell.text(r.rejectsAt(o.level()) ? "yes" : "no"));
        }
        t.note(o.order().isPresent() ? "Smallest stationary difference: d = " + o.order().getAsInt() + "."
                : "No order up to " + (o.tried().size() - 1) + " rejects a unit root at " + percent(o.level()) + ".");
        return t.build();
    }

    /** The same for a test other than ADF: each difference tried, the last one shown. */
    static ResultTable searchTable(String variable, List<UnitRootOutcome> tried) {
        UnitRootOutcome last = tried.get(tried.size() - 1);
        double level = StationaritySpec.LEVEL;
        ResultTable.Builder t = ResultTable.builder("Order of integration of " + variable + " by "
                + last.test().shortName() + " at " + percent(level), "tested", "statistic", "p-value", "lags", "nobs",
                "rejects unit root");
        for (UnitRootOutcome o : tried) {
            t.row(Cell.text(o.tested()), Cell.number(o.statistic(), 4),
                    o.pValue() == null ? Cell.text("") : Cell.pValue(o.pValue()), Cell.integer(o.lags()),
                    Cell.integer(o.nobs()), Cell.text(o.rejectsAt(level) ? "yes" : "no"));
        }
        t.note(last.rejectsAt(level) ? "Smallest stationary difference: d = " + last.diff() + "."
                : "No order up to " + last.diff() + " rejects a unit root at " + percent(level) + ".");
        return t.build();
    }

    private static String percent(double level) {
        return Math.round(level * 100) + "%";
    }

    /** Whether at least one variable was tested. */
    public boolean anyTested() {
        return rows.stream().anyMatch(StationarityRow::ok);
    }

    /**
     * What the tab says above the table: one line per variable that could not be tested, saying why; empty when
     * every test ran.
     */
    public String problems() {
        StringBuilder sb = new StringBuilder();
        long failed = rows.stream().filter(r -> !r.ok()).count();
        if (failed > 0) {
            sb.append(rows.size() == 1 ? "The variable could not be tested:"
                    : failed + " of " + rows.size() + " variables could not be tested:");
            for (StationarityRow r : rows) {
                if (!r.ok()) {
                    sb.append("\n").append(r.variable()).append(": ").append(r.problem());
                }
            }
        }
        return sb.toString();
    }

    /**
     * Throws when no variable could be tested, with the reason (for one variable) or the reasons joined on one
     * line: a command has nothing to print then.
     */
    public void requireAnyTested() {
        if (anyTested() || rows.isEmpty()) {
            return;
        }
        if (rows.size() == 1) {
            throw new DataException(rows.get(0).problem());
        }
        List<String> parts = new ArrayList<>();
        for (StationarityRow r : rows) {
            parts.add(r.variable() + ": " + r.problem());
        }
        throw new DataException("no variable could be tested: " + String.join("; ", parts));
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("test", spec.test().name().toLowerCase(java.util.Locale.ROOT));
        m.put("trend", spec.trend().code());
        m.put("level", StationaritySpec.LEVEL);
        List<Map<String, Object>> list = new ArrayList<>();
        for (StationarityRow r : rows) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("variable", r.variable());
            e.put(spec.test().jsonKey(), r.test() == null ? null : r.test().json());
            e.put("problem", r.problem());
            e.put("warning", StationarityTable.lagWarning(r));
            if (r.presampleNote() != null) {
                e.put("presample_note", r.presampleNote());
            }
            if (r.search() != null) {
                e.put("diff", r.search().order().isPresent() ? r.search().order().getAsInt() : null);
            }
            if (spec.kpss()) {
                e.put("kpss", r.kpss() == null ? null : r.kpss().toJson());
                e.put("kpss_problem", r.kpssProblem());
            }
            list.add(e);
        }
        m.put("rows", list);
        return m;
    }
}
