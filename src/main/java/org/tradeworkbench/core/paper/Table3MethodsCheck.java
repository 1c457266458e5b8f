package org.tradeworkbench.core.paper;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.analysis.var.MethodsCheckAnalysis;
import org.tradeworkbench.core.analysis.var.MethodsCheckReport;
import org.tradeworkbench.core.analysis.var.MethodsCheckSpec;
import org.tradeworkbench.core.analysis.var.VarTrend;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.paper.PaperData.PaperFrame;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * The methods check on the paper's Table 3 setup (Granger F tests between lny and each regressor, in levels,
 * {@value GrangerItems#LAGS} lags, 2004–2018): what the data say about the variables' orders of integration,
 * why the levels F test is not valid for integrated variables (which the paper's own Table 2 finds), and the
 * valid test beside each of the paper's.
 */
public final class Table3MethodsCheck {
    static final String PREFIX = "Methods check for Table 3: ";
    private static final String FOCUS = "lny";

    private Table3MethodsCheck() {
    }

    static List<ResultTable> tables(PaperResults paper, PaperFrame frame) {
        List<String> available = new ArrayList<>();
        for (String v : StationarityItems.VARIABLES) {
            if (!frame.missing().containsKey(v)) {
                available.add(v);
            }
        }
        String span = Coverage.span(frame.data());
        List<ResultTable> out = new ArrayList<>();
        out.add(papersOwnTable(paper));
        if (!available.contains(FOCUS) || available.size() < 2) {
            out.add(ResultTable.builder(PREFIX + "tests on the data not run", "Problem")
                    .row(Cell.text(MissingInputs.variables(frame.missing(), StationarityItems.VARIABLES, span)))
                    .build());
            return out;
        }
        MethodsCheckReport r;
        try {
            r = new MethodsCheckAnalysis().run(spec(available), frame.data(), ProgressReporter.NONE);
        } catch (DataException | IllegalArgumentException e) {
            out.add(ResultTable.builder(PREFIX + "tests on the data not run", "Problem").row(Cell.text(e.getMessage()))
                    .build());
            return out;
        }
        for (ResultTable t : r.tables()) {
            List<String> notes = new ArrayList<>(t.notes());
            if (!frame.missing().isEmpty()) {
                notes.add("Not checked: " + MissingInputs.variables(frame.missing(), StationarityItems.VARIABLES, span));
            }
            out.add(new ResultTable(PREFIX + t.title(), t.columns(), t.rows(), notes));
        }
        return out;
    }

    /** The check on the paper's Table 3 setup: its variables that the data have, pair by pair with lny. */
    static MethodsCheckSpec spec(List<String> available) {
        return new MethodsCheckSpec(available, GrangerItems.LAGS, VarTrend.CONSTANT, true, FOCUS);
    }

    /** The orders of integration the paper's Table 2 gives, and what they mean for Table 3. */
    static ResultTable papersOwnTable(PaperResults paper) {
        ResultTable.Builder b = ResultTable.builder(PREFIX + "the orders of integration the paper gives",
                "Variable", "Difference (Table 2)", "Levels Granger F test valid");
        for (String v : StationarityItems.VARIABLES) {
            int d = (int) paper.get("table2." + v + ".d").value();
            b.row(Cell.text(v), Cell.integer(d), Cell.text(d == 0 ? "yes, if the other variable is stationary too"
                    : "no: integrated of order " + d));
        }
        b.note(papersOwnOrders(paper));
        return b.build();
    }

    /** What the paper's Table 2 itself says, and what follows for its Table 3 (the VAR tab's preset shows it). */
    public static String papersOwnOrders() {
        return papersOwnOrders(PaperResults.bundled());
    }

    /** What the paper's Table 2 itself says, and what follows for its Table 3. */
    static String papersOwnOrders(PaperResults paper) {
        List<String> integrated = new ArrayList<>();
        List<String> stationary = new ArrayList<>();
        for (String v : StationarityItems.VARIABLES) {
            int d = (int) paper.get("table2." + v + ".d").value();
            (d == 0 ? stationary : integrated).add(v + (d == 0 ? "" : " (d = " + d + ")"));
        }
        return "The paper's own Table 2 finds " + (stationary.isEmpty() ? "no variable" : String.join(", ", stationary))
                + " stationary in levels and " + String.join(", ", integrated) + " stationary only after differencing, "
                + "yet Table 3 runs Granger F tests on the levels. With an integrated variable in the test regression "
                + "the F statistic does not follow the F distribution (Sims, Stock and Watson 1990; Toda and Phillips "
                + "1993), so Table 3's p values are not valid; the table below puts the valid test (Toda-Yamamoto) "
                + "beside each of the paper's.";
    }
}
