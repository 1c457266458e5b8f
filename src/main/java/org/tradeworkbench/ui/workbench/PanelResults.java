package org.tradeworkbench.ui.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import org.tradeworkbench.core.export.ExportAll;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.report.ResultTable;

/**
 * The current results of a workbench's panels, for Export all: each panel registers where its result objects are
 * (the very objects it shows, so that every file is written from them and nothing is recomputed differently).
 * One per workbench window, held by its {@link WorkbenchContext}. Panels register once, when their view is built;
 * call on the FX thread.
 */
public final class PanelResults {
    /** Panel order in the export: the order of the tabs. */
    public static final List<String> ORDER = List.of("stationarity", "regression", "causality", "var",
            "cointegration", "replication");

    /**
     * One panel's result.
     *
     * @param key      e.g. {@code regression}
     * @param title    the heading in the export, e.g. "Regression"
     * @param tables   the tables the panel shows now (empty when it has no result)
     * @param whyEmpty what the panel says when it has no result
     * @param running  true while the panel computes a new result
     */
    public record Panel(String key, String title, Supplier<List<ResultTable>> tables, Supplier<String> whyEmpty,
            ObservableBooleanValue running) {
    }

    private final List<Panel> panels = new ArrayList<>();
    private Supplier<List<FigureSpec>> figures;
    private final Map<String, Supplier<List<FigureSpec>>> panelFigures = new LinkedHashMap<>();

    /** No panel registered yet. */
    public PanelResults() {
    }

    /** Registers a panel; a panel of the same key registered before is replaced. */
    public void register(Panel p) {
        panels.removeIf(x -> x.key().equals(p.key()));
        panels.add(p);
    }

    /** Registers the Figures tab: every figure it offers, each with the choices made there. */
    public void registerFigures(Supplier<List<FigureSpec>> all) {
        figures = all;
    }

    /** Registers the charts a panel draws beside its tables (e.g. the Regression tab's fitted values). */
    public void registerPanelFigures(String key, Supplier<List<FigureSpec>> charts) {
        panelFigures.put(key, charts);
    }

    /** The panels' own charts as they are now, in tab order of their panels. */
    public List<FigureSpec> panelFigures() {
        List<String> keys = new ArrayList<>(panelFigures.keySet());
        keys.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        List<FigureSpec> out = new ArrayList<>();
        for (String k : keys) {
            out.addAll(panelFigures.get(k).get());
        }
        return out;
    }

    /** The panels registered so far, in tab order. */
    public List<Panel> panels() {
        List<Panel> out = new ArrayList<>(panels);
        out.sort((a, b) -> Integer.compare(rank(a.key()), rank(b.key())));
        return out;
    }

    private static int rank(String key) {
        int i = ORDER.indexOf(key);
        return i < 0 ? ORDER.size() : i;
    }

    /** A panel's one table as a list: empty when it has none. */
    public static List<ResultTable> tables(ResultTable t) {
        return t == null ? List.of() : List.of(t);
    }

    /** Whether some panel is still computing its result. */
    public boolean anyRunning() {
        return panels.stream().anyMatch(p -> p.running() != null && p.running().get());
    }

    /** The figures as the Figures tab has them, or empty when it is not built. */
    public List<FigureSpec> figures() {
        return figures == null ? List.of() : figures.get();
    }

    public boolean hasFigures() {
        return figures != null;
    }

    /** Every panel's current tables, read now (on the FX thread), for writing in the background. */
    public List<ExportAll.Section> sections() {
        List<ExportAll.Section> out = new ArrayList<>();
        for (Panel p : panels()) {
            out.add(new ExportAll.Section(p.title(), p.tables().get(), p.whyEmpty().get()));
        }
        return out;
    }
}
