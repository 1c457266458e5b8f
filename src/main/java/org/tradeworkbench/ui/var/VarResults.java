package org.tradeworkbench.ui.var;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.analysis.var.FevdReport;
import org.tradeworkbench.core.analysis.var.IrfReport;
import org.tradeworkbench.core.analysis.var.TodaYamamotoReport;
import org.tradeworkbench.core.analysis.var.VarReport;
import org.tradeworkbench.core.analysis.var.VarSelectReport;
import org.tradeworkbench.core.report.ResultTable;

/**
 * One run of the VAR tab: each analysis's report, or why it could not be run (one failing analysis leaves the
 * others standing).
 */
public record VarResults(VarSelectReport select, VarReport var, IrfReport irf, FevdReport fevd,
        TodaYamamotoReport todaYamamoto, List<String> problems) {

    public VarResults {
        problems = List.copyOf(problems);
    }

    /** Every table, in the order the tab shows them. */
    public List<ResultTable> tables() {
        List<ResultTable> out = new ArrayList<>();
        if (select != null) {
            out.addAll(select.tables());
        }
        if (var != null) {
            out.addAll(var.tables());
        }
        if (todaYamamoto != null) {
            out.addAll(todaYamamoto.tables());
        }
        if (irf != null) {
            out.addAll(irf.tables());
        }
        if (fevd != null) {
            out.addAll(fevd.tables());
        }
        return out;
    }
}
