package org.tradeworkbench.ui.causality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.ui.stationarity.PaperPreset;
import org.tradeworkbench.ui.stationarity.TypedExpressions;
import org.tradeworkbench.ui.status.PanelMessage;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.core.task.BackgroundWork;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.workbench.Notifier;
import org.tradeworkbench.ui.workbench.PanelLog;
import org.tradeworkbench.ui.workbench.PanelSettings;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The Causality tab: a set of variables (ticked in the variable list and typed expressions), the lag order p and
 * whether to test every order 1..p. Every change of an input, of the data or of the sample re-runs the tests
 * through the debouncer, off the FX thread; the result is one table with both directions of every pair. Holds
 * no {@code Node}.
 */
public final class CausalityViewModel {
    static final String TASK_KEY = "causality";
    /** The panel's id in workbench files. */
    public static final String PANEL_ID = "causality";
    static final String TASK_TITLE = "Granger causality tests";
    public static final int MAX_LAGS = 12;
    /** The lag order of the paper's Table 3 (as its F degrees of freedom show). */
    static final int PAPER_LAGS = 2;

    private final WorkbenchModel model;
    private final Debouncer debouncer;
    private final PanelLog panelLog;

    private final BooleanProperty useTicked = new SimpleBooleanProperty(this, "useTicked", true);
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final IntegerProperty lags = new SimpleIntegerProperty(this, "lags", 2);
    private final BooleanProperty allLags = new SimpleBooleanProperty(this, "allLags", false);

    private final ReadOnlyStringWrapper variablesText = new ReadOnlyStringWrapper(this, "variablesText", "");
    private final ReadOnlyObjectWrapper<List<CausalityRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows",
            List.of());
    private final ReadOnlyObjectWrapper<ResultTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final PanelMessage message = new PanelMessage(this, "message");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final PanelMessage presetMessage = new PanelMessage(this, "presetMessage");
    private boolean batch;

    public CausalityViewModel(WorkbenchModel model, Debouncer debouncer) {
        this.model = model;
        this.debouncer = debouncer;
        this.panelLog = new PanelLog(model);
        InvalidationListener rerun = o -> rerun();
        typed.addListener(o -> rerun(true));
        for (Observable o : List.of(useTicked, lags, allLags, model.datasetProperty(),
                model.sampleFromProperty(), model.sampleToProperty(), model.selectedVariables())) {
            o.addListener(rerun);
        }
        model.panelSettings().register(PANEL_ID, this::saveSettings, this::restoreSettings);
        rerun();
    }

    /** The tab's settings as a workbench file keeps them. */
    public Map<String, Object> saveSettings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("useTicked", useTicked.get());
        m.put("typed", typed.get());
        m.put("lags", lags.get());
        m.put("allLags", allLags.get());
        return m;
    }

    /** Restores saved settings (missing or unknown ones stay as they are) and runs the tests once. */
    public void restoreSettings(Map<String, Object> m) {
        batch = true;
        try {
            PanelSettings.ifPresent(PanelSettings.bool(m, "useTicked"), useTicked::set);
            PanelSettings.ifPresent(PanelSettings.text(m, "typed"), typed::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "lags"), lags::set);
            PanelSettings.ifPresent(PanelSettings.bool(m, "allLags"), allLags::set);
        } finally {
            batch = false;
        }
        rerun();
    }

    /** Use the variables ticked in the variable list. */
    public BooleanProperty useTickedProperty() {
        return useTicked;
    }

    /** More variables as expressions, one per line (or separated by semicolons). */
    public StringProperty typedProperty() {
        return typed;
    }

    /** The lag order p (1..{@value #MAX_LAGS}). */
    public IntegerProperty lagsProperty() {
        return lags;
    }

    /** Test every lag order 1..p rather than p alone. */
    public BooleanProperty allLagsProperty() {
        return allLags;
    }

    public ReadOnlyStringProperty variablesTextProperty() {
        return variablesText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<CausalityRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The table, or null while there is nothing to show. */
    public ReadOnlyObjectProperty<ResultTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ResultTable table() {
        return table.get();
    }

    /** What to do first, or which pairs could not be tested and why; empty when every test ran. */
    public ReadOnlyStringProperty messageProperty() {
        return message.textProperty();
    }

    /** A hint (too few variables), a warning (some pairs not tested) or an error. */
    public ReadOnlyObjectProperty<Severity> messageSeverityProperty() {
        return message.severityProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the "paper's Table 3" button did, or which of the paper's variables the data lack. */
    public ReadOnlyStringProperty presetMessageProperty() {
        return presetMessage.textProperty();
    }

    public ReadOnlyObjectProperty<Severity> presetMessageSeverityProperty() {
        return presetMessage.severityProperty();
    }

    /**
     * The paper's Table 3: lny, RATIO, PATENT and FDIGDP (those the data can have, added as generated series) on
     * the 2004..2018 sample with 2 lags; the rows with lny are the paper's.
     */
    public void applyPaperTable3() {
        PaperPreset.Outcome o;
        batch = true;
        try {
            o = PaperPreset.apply(model);
            if (!o.available().isEmpty()) {
                useTicked.set(false);
                typed.set(String.join("\n", o.available()));
                lags.set(PAPER_LAGS);
                allLags.set(false);
            }
        } catch (RuntimeException e) {
            presetMessage.error("The paper's Table 3 cannot be set up: " + Notifier.describe(e));
            return;
        } finally {
            batch = false;
        }
        presetMessage.hint(o.summary("Table 3", model.sampleRange().describe(), PAPER_LAGS + " lags"));
        rerun();
    }

    /** Schedules a run with the current inputs (the inputs' listeners call this). */
    public void rerun() {
        rerun(false);
    }

    /** {@code typing}: the change is a keystroke in the expressions box, which waits for quiet before it runs. */
    private void rerun(boolean typing) {
        if (batch) {
            return;
        }
        List<String> vars = TypedExpressions.combine(useTicked.get() ? List.copyOf(model.selectedVariables())
                : List.of(), typed.get());
        variablesText.set(vars.isEmpty() ? "No variable chosen." : "Testing " + String.join(", ", vars) + ".");
        if (vars.size() < 2) {
            debouncer.cancel(TASK_KEY);
            running.set(false);
            rows.set(List.of());
            table.set(null);
            message.hint("Tick at least two variables in the list on the left, or type expressions, to test "
                    + "Granger causality between every pair.");
            return;
        }
        int p = lags.get();
        boolean every = allLags.get();
        Dataset data = model.dataset();
        SampleRange range = model.sampleRange();
        running.set(true);
        BackgroundWork<List<CausalityRow>> work = progress -> {
            Dataset sample = range.isAll() || data.rowCount() == 0 ? data : Expressions.refresh(range.apply(data));
            return CausalityRun.run(sample, vars, p, every, progress);
        };
        Consumer<List<CausalityRow>> shown = result -> {
            running.set(false);
            rows.set(List.copyOf(result));
            table.set(CausalityTable.build(result, p, every));
            message.set(problems(result), severity(result));
            panelLog.shown(data, range, CausalityCommands.of(vars, p, every, result));
        };
        Consumer<Throwable> failed = failure -> {
            running.set(false);
            rows.set(List.of());
            table.set(null);
            message.error(Notifier.describe(failure));
        };
        if (typing) {
            debouncer.submitTyped(TASK_KEY, TASK_TITLE, work, shown, failed);
        } else {
            debouncer.submit(TASK_KEY, TASK_TITLE, work, shown, failed);
        }
    }

    /** An error when no pair could be tested, a warning when some could not. */
    static Severity severity(List<CausalityRow> result) {
        return result.stream().noneMatch(CausalityRow::ok) ? Severity.ERROR : Severity.WARNING;
    }

    /** One line per pair and lag order that could not be tested. */
    static String problems(List<CausalityRow> result) {
        StringBuilder sb = new StringBuilder();
        // Rows come in pairs of directions that share their problem.
        for (int i = 0; i < result.size(); i += 2) {
            CausalityRow r = result.get(i);
            if (!r.ok()) {
                sb.append(sb.length() == 0 ? "" : "\n").append(r.cause()).append(" and ").append(r.effect())
                        .append(", ").append(r.lags()).append(r.lags() == 1 ? " lag: " : " lags: ")
                        .append(r.problem());
            }
        }
        return sb.toString();
    }
}
