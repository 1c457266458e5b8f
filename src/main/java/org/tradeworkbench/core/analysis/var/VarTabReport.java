package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;

/**
 * Everything the VAR tab shows: the methods check and each analysis's report, or why it could not be run (one
 * failing analysis leaves the others standing). Null parts were not run or failed.
 */
public record VarTabReport(VarTabSpec spec, MethodsCheckReport check, VarSelectReport select, VarReport var,
        TodaYamamotoReport todaYamamoto, IrfReport irf, FevdReport fevd, VecmReport vecm, List<String> problems)
        implements Report {

    public VarTabReport {
        problems = List.copyOf(problems);
    }

    /** The same analyses with the methods check {@code c}. */
    public VarTabReport withCheck(MethodsCheckReport c) {
        return new VarTabReport(spec, c, select, var, todaYamamoto, irf, fevd, vecm, problems);
    }

    @Override
    public String title() {
        return "VAR";
    }

    /**
     * The methods check's tables, then Toda-Yamamoto, the lag table, the VAR, the VECM, the responses, the
     * decomposition.
     */
    @Override
    public List<ResultTable> tables() {
        List<ResultTable> out = new ArrayList<>();
        for (Report r : new Report[] {check, todaYamamoto, select, var, vecm, irf, fevd}) {
            if (r != null) {
                out.addAll(r.tables());
            }
        }
        return out;
    }

    /** The response grid and the decompositions, as the tab draws them. */
    public List<FigureSpec> figures() {
        List<FigureSpec> out = new ArrayList<>();
        if (irf != null) {
            out.addAll(VarFigures.irfGrid(irf));
        }
        if (fevd != null) {
            out.addAll(VarFigures.fevdAll(fevd));
        }
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("methods_check", check == null ? null : check.toJson());
        m.put("toda_yamamoto", todaYamamoto == null ? null : todaYamamoto.toJson());
        m.put("varselect", select == null ? null : select.toJson());
        m.put("var", var == null ? null : var.toJson());
        m.put("irf", irf == null ? null : irf.toJson());
        m.put("fevd", fevd == null ? null : fevd.toJson());
        m.put("vecm", vecm == null ? null : vecm.toJson());
        m.put("problems", problems);
        return m;
    }
}
