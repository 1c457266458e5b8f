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
        TodaYamamotoReport todaYamamoto, IrfReport irf, FevdReport fevd, VecmReport vecm, VecmIrfReport vecmIrf, VecmFevdReport vecmFevd,
        List<String> problems)
        implements Report {

    public VarTabReport {
        problems = List.copyOf(problems);
    }

    /** The same analyses with the methods check {@code c}. */
    public VarTabReport withCheck(MethodsCheckReport c) {
        return new VarTabReport(spec, c, select, var, todaYamamoto, irf, fevd, vecm, vecmIrf, vecmFevd, problems);
    }

    @Override
    public String title() {
        return "VAR";
    }

    /**
     * The methods check's tables, then Toda-Yamamoto, the lag table, the VAR, the VECM, the responses, the
     * decomposition (each of the VAR, then of the VECM).
     */
    @Override
    public List<ResultTable> tables() {
        List<ResultTable> out = new ArrayList<>();
        for (Report r : new Report[] {check, todaYamamoto, select, var, vecm, irf, vecmIrf, fevd,
            vecmFevd}) {
            if (r != null) {
                out.addAll(r.tables());
            }
        }
        return out;
    }

    /** The response grid and the decompositions, as the tab draws them. */
    public List<FigureSpec> figures() {
        List<FigureSpec> out = new ArrayList<>(irfFigures());
        out.addAll(fevdFigures());
        return out;
    }

    /** The VAR's response grid, then the VECM's (a row per response, a column per impulse). */
    public List<FigureSpec> irfFigures() {
        List<FigureSpec> out = new ArrayList<>();
        if (irf != null) {
            out.addAll(VarFigures.irfGrid(irf));
        }
        if (vecmIrf != null) {
            out.addAll(VarFigures.irfGrid(vecmIrf));
        }
        return out;
    }

    /** The VAR's decompositions, then the VECM's. */
    public List<FigureSpec> fevdFigures() {
        List<FigureSpec> out = new ArrayList<>();
        if (fevd != null) {
            out.addAll(VarFigures.fevdAll(fevd));
        }
        if (vecmFevd != null) {
            out.addAll(VarFigures.fevdAll(vecmFevd));
        }
        return out;
    }

    /** The response tables of the VAR, then of the VECM. */
    public List<ResultTable> irfTables() {
        List<ResultTable> out = new ArrayList<>();
        if (irf != null) {
            out.addAll(irf.tables());
        }
        if (vecmIrf != null) {
            out.addAll(vecmIrf.tables());
        }
        return out;
    }

    /** The decomposition tables of the VAR, then of the VECM. */
    public List<ResultTable> fevdTables() {
        List<ResultTable> out = new ArrayList<>();
        if (fevd != null) {
            out.addAll(fevd.tables());
        }
        if (vecmFevd != null) {
            out.addAll(vecmFevd.tables());
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
        m.put("vecm_irf", vecmIrf == null ? null : vecmIrf.toJson());
        m.put("vecm_fevd", vecmFevd == null ? null : vecmFevd.toJson());
        m.put("problems", problems);
        return m;
    }
}
