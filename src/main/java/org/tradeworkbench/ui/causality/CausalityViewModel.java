package org.tradeworkbench.ui.causality;

import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
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
import org.tradeworkbench.core.analysis.AnalysisJson;
import org.tradeworkbench.core.analysis.TypedExpressions;
import org.tradeworkbench.core.analysis.causality.CausalityAnalysis;
import org.tradeworkbench.core.analysis.causality.CausalityCommands;
import org.tradeworkbench.core.analysis.causality.CausalityReport;
import org.tradeworkbench.core.analysis.causality.CausalityRow;
import org.tradeworkbench.core.analysis.causality.CausalitySpec;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.paper.PaperPreset;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.stats.ols.HacBandwidth;
import org.tradeworkbench.core.stats.ols.HacSettings;
import org.tradeworkbench.ui.status.PanelMessage;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.core.task.BackgroundWork;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.workbench.Notifier;
import org.tradeworkbench.ui.workbench.PanelLog;
import org.tradeworkbench.ui.workbench.CovarianceChoice;
import org.tradeworkbench.ui.workbench.PanelSettings;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The Causality tab: a set of variables (ticked in the variable list and typed expressions), the lag order p,
 * whether to test every order 1..p and the covariance of the tests (the regression's choices). Every change of an input, of the data or of the sample re-runs the tests
 * through the debouncer, off the FX thread: the tab's choices are a {@link CausalitySpec}, the result the
 * {@link CausalityReport} of {@link CausalityAnalysis}, as for the {@code causality} command. Holds no
 * {@code Node}.
 */
public final class CausalityViewModel {
    static final String TASK_KEY = "causality";
    /** The panel's id in workbench files. */
    public static final String PANEL_ID = "causality";
    /** The key of the {@link CausalitySpec} in the saved settings. */
    static final String SPEC_KEY = "spec";
    static final String TASK_TITLE = "Granger causality tests";
    public static final int MAX_LAGS = CausalitySpec.MAX_LAGS;
    /** The lag order of the paper's Table 3 (as its F degrees of freedom show). */
    static final int PAPER_LAGS = 2;

    private final CausalityAnalysis analysis = new CausalityAnalysis();
    private final WorkbenchModel model;
    private final Debouncer debouncer;
    private final PanelLog panelLog;

    private final BooleanProperty useTicked = new SimpleBooleanProperty(this, "useTicked", true);
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final IntegerProperty lags = new SimpleIntegerProperty(this, "lags", 2);
    private final BooleanProperty allLags = new SimpleBooleanProperty(this, "allLags", false);
    private final CovarianceChoice covariance = new CovarianceChoice();

    private final ReadOnlyStringWrapper variablesText = new ReadOnlyStringWrapper(this, "variablesText", "");
    private final ReadOnlyObjectWrapper<List<CausalityRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows",
            List.of());
    private final ReadOnlyObjectWrapper<CausalityReport> report = new ReadOnlyObjectWrapper<>(this, "report");
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
        List<Observable> inputs = new ArrayList<>(List.of(useTicked, lags, allLags, model.datasetProperty(),
                model.sampleFromProperty(), model.sampleToProperty(), model.presampleProperty(),
                model.selectedVariables()));
        inputs.addAll(covariance.observables());
        for (Observable o : inputs) {
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
        covariance.save(m);
        // The analysis as it runs, for readers of the file that have no tab (and for files that carry nothing else).
        if (lags.get() >= 1) {
            m.put(SPEC_KEY, AnalysisJson.plain(spec(currentVariables())));
        }
        return m;
    }

    /** The variables the inputs choose now (ticked, then typed). */
    private List<String> currentVariables() {
        return TypedExpressions.combine(useTicked.get() ? List.copyOf(model.selectedVariables()) : List.of(),
                typed.get());
    }

    /**
     * Restores saved settings (missing or unknown ones stay as they are) and runs the tests once. Settings that
     * hold only a spec (no tab wrote them) set the tab to that spec: its variables typed, its lags chosen.
     */
    public void restoreSettings(Map<String, Object> m) {
        batch = true;
        try {
            if (m.containsKey(SPEC_KEY) && !m.containsKey("lags")) {
                try {
                    CausalitySpec spec = AnalysisJson.fromPlain(m.get(SPEC_KEY), CausalitySpec.class);
                    useTicked.set(false);
                    typed.set(String.join("\n", spec.variables()));
                    lags.set(spec.lags());
                    allLags.set(spec.allLags());
                    covariance.apply(spec.covariance(), spec.hacLags(), spec.hac());
                } catch (IllegalArgumentException e) {
                    presetMessage.error("The saved Causality settings were not used: " + e.getMessage());
                }
            }
            PanelSettings.ifPresent(PanelSettings.bool(m, "useTicked"), useTicked::set);
            PanelSettings.ifPresent(PanelSettings.text(m, "typed"), typed::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "lags"), lags::set);
            PanelSettings.ifPresent(PanelSettings.bool(m, "allLags"), allLags::set);
            covariance.restore(m);
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

    /** The covariance controls, for the view to bind as one group. */
    public CovarianceChoice covarianceChoice() {
        return covariance;
    }

    /** The covariance of the tests: classical (the SSR F test), HC0-HC3 or HAC (the Wald F), as the regression's. */
    public ObjectProperty<CovarianceType> covarianceProperty() {
        return covariance.covarianceProperty();
    }

    public BooleanProperty autoHacLagsProperty() {
        return covariance.autoHacLagsProperty();
    }

    public IntegerProperty hacLagsProperty() {
        return covariance.hacLagsProperty();
    }

    public ObjectProperty<HacBandwidth> hacBandwidthProperty() {
        return covariance.hacBandwidthProperty();
    }

    public BooleanProperty hacPrewhiteProperty() {
        return covariance.hacPrewhiteProperty();
    }

    public BooleanProperty hacAdjustProperty() {
        return covariance.hacAdjustProperty();
    }

    public ReadOnlyStringProperty variablesTextProperty() {
        return variablesText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<CausalityRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The report of the last run, or null while there is nothing to show. */
    public ReadOnlyObjectProperty<CausalityReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The tab's choices for {@code vars}. */
    public CausalitySpec spec(List<String> vars) {
        CovarianceType c = covariance.covarianceProperty().get() == null ? CovarianceType.CLASSICAL
                : covariance.covarianceProperty().get();
        if (!c.isHac()) {
            return new CausalitySpec(vars, lags.get(), allLags.get()).withCovariance(c, -1, HacSettings.FIXED);
        }
        boolean rule = covariance.autoHacLagsProperty().get() || covariance.bandwidth() != HacBandwidth.FIXED;
        return new CausalitySpec(vars, lags.get(), allLags.get()).withCovariance(c,
                rule ? -1 : Math.max(0, covariance.hacLagsProperty().get()), covariance.hacSettings());
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
        PaperPreset o;
        batch = true;
        try {
            o = PaperPreset.of(model.dataset());
            if (!o.available().isEmpty()) {
                // Nothing changes in the data when none of the variables can be added.
                if (o.withAdded() != null) {
                    model.apply("Add the paper's variables", o.withAdded());
                }
                model.setSample(o.from(), o.to());
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
        List<String> vars = currentVariables();
        variablesText.set(vars.isEmpty() ? "No variable chosen." : "Testing " + String.join(", ", vars) + ".");
        if (vars.size() < 2) {
            debouncer.cancel(TASK_KEY);
            running.set(false);
            rows.set(List.of());
            report.set(null);
            table.set(null);
            message.hint("Tick at least two variables in the list on the left, or type expressions, to test "
                    + "Granger causality between every pair.");
            return;
        }
        if (lags.get() < 1) {
            // Only a workbench file can bring such a value (the spinner cannot).
            debouncer.cancel(TASK_KEY);
            running.set(false);
            rows.set(List.of());
            report.set(null);
            table.set(null);
            message.error("the lag order must be at least 1, got " + lags.get());
            return;
        }
        CausalitySpec spec = spec(vars);
        Dataset data = model.dataset();
        SampleRange range = model.sampleRange();
        running.set(true);
        BackgroundWork<CausalityReport> work = progress -> {
            Dataset sample = Expressions.sampled(data, range);
            return analysis.run(spec, sample, progress);
        };
        Consumer<CausalityReport> shown = result -> {
            running.set(false);
            rows.set(result.rows());
            report.set(result);
            table.set(result.table());
            message.set(result.problems(), severity(result.rows()));
            panelLog.shown(data, range, CausalityCommands.of(result));
        };
        Consumer<Throwable> failed = failure -> {
            running.set(false);
            rows.set(List.of());
            report.set(null);
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
}
