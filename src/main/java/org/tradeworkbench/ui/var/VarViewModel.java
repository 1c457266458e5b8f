package org.tradeworkbench.ui.var;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tradeworkbench.core.analysis.AnalysisJson;
import org.tradeworkbench.core.analysis.TypedExpressions;
import org.tradeworkbench.core.analysis.var.VarTabAnalysis;
import org.tradeworkbench.core.analysis.var.VarTabReport;
import org.tradeworkbench.core.analysis.var.VarTabSpec;
import org.tradeworkbench.core.analysis.var.IrfBands;
import org.tradeworkbench.core.analysis.var.IrfKind;
import org.tradeworkbench.core.analysis.var.IrfSpec;
import org.tradeworkbench.core.analysis.var.MethodsCheckReport;
import org.tradeworkbench.core.analysis.var.VarCommands;
import org.tradeworkbench.core.analysis.var.VarTrend;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.paper.PaperPreset;
import org.tradeworkbench.core.paper.Table3MethodsCheck;
import org.tradeworkbench.core.task.BackgroundWork;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.status.PanelMessage;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.ui.workbench.Notifier;
import org.tradeworkbench.ui.workbench.PanelLog;
import org.tradeworkbench.ui.workbench.PanelSettings;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The VAR tab: variables (ticked and typed), lag order with the lag-order table up to a maximum, deterministic
 * terms, impulse responses (kind, Cholesky order, horizon, bands, bootstrap draws and seed). Every change re-runs
 * through the debouncer, off the FX thread, in two jobs: the methods check (fast: what the data allow) and the
 * analyses (lag table, VAR, Toda-Yamamoto, responses, variance decomposition; the bootstrap reports progress and
 * is cancelled by a newer run). The specs and reports are those of the {@code varselect}, {@code var},
 * {@code irf}, {@code fevd} and {@code toda-yamamoto} commands. Holds no {@code Node}.
 */
public final class VarViewModel {
    public static final String PANEL_ID = VarTabAnalysis.PANEL;
    static final String SPEC_KEY = "spec";
    static final String CHECK_KEY = "var.check";
    static final String RUN_KEY = "var.run";
    static final String CHECK_TITLE = "Methods check";
    static final String RUN_TITLE = "VAR";
    public static final int MAX_LAGS = 24;
    static final int PAPER_LAGS = 2;

    private final WorkbenchModel model;
    private final Debouncer debouncer;
    private final PanelLog panelLog;

    private final BooleanProperty useTicked = new SimpleBooleanProperty(this, "useTicked", true);
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final IntegerProperty lags = new SimpleIntegerProperty(this, "lags", 2);
    private final IntegerProperty maxLags = new SimpleIntegerProperty(this, "maxLags", 4);
    private final ObjectProperty<VarTrend> trend = new SimpleObjectProperty<>(this, "trend", VarTrend.CONSTANT);
    private final ObjectProperty<IrfKind> irfKind = new SimpleObjectProperty<>(this, "irfKind",
            IrfKind.ORTHOGONALISED);
    private final StringProperty order = new SimpleStringProperty(this, "order", "");
    private final IntegerProperty horizon = new SimpleIntegerProperty(this, "horizon", 10);
    private final ObjectProperty<IrfBands> bands = new SimpleObjectProperty<>(this, "bands", IrfBands.ASYMPTOTIC);
    private final IntegerProperty draws = new SimpleIntegerProperty(this, "draws", IrfSpec.DEFAULT_DRAWS);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", (int) IrfSpec.DEFAULT_SEED);
    private final BooleanProperty pairwise = new SimpleBooleanProperty(this, "pairwise", false);
    private final BooleanProperty vecm = new SimpleBooleanProperty(this, "vecm", false);
    private final BooleanProperty vecmTraceRank = new SimpleBooleanProperty(this, "vecmTraceRank", true);
    private final IntegerProperty vecmRank = new SimpleIntegerProperty(this, "vecmRank", 1);

    private final ReadOnlyStringWrapper variablesText = new ReadOnlyStringWrapper(this, "variablesText", "");
    private final ReadOnlyObjectWrapper<VarTabReport> results = new ReadOnlyObjectWrapper<>(this, "results");
    private final ReadOnlyObjectWrapper<MethodsCheckReport> check = new ReadOnlyObjectWrapper<>(this, "check");
    private final ReadOnlyStringWrapper checkText = new ReadOnlyStringWrapper(this, "checkText", "");
    private final PanelMessage message = new PanelMessage(this, "message");
    private final PanelMessage presetMessage = new PanelMessage(this, "presetMessage");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private boolean batch;

    public VarViewModel(WorkbenchModel model, Debouncer debouncer) {
        this.model = model;
        this.debouncer = debouncer;
        this.panelLog = new PanelLog(model);
        InvalidationListener rerun = o -> rerun();
        typed.addListener(o -> rerun(true));
        order.addListener(o -> rerun(true));
        for (Observable o : List.of(useTicked, lags, maxLags, trend, irfKind, horizon, bands, draws, seed, pairwise, vecm,
                vecmTraceRank, vecmRank,
                model.datasetProperty(), model.sampleFromProperty(), model.sampleToProperty(), model.presampleProperty(),
                model.selectedVariables())) {
            o.addListener(rerun);
        }
        model.panelSettings().register(PANEL_ID, this::saveSettings, this::restoreSettings);
        rerun();
    }

    public BooleanProperty useTickedProperty() {
        return useTicked;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    /** The VAR's lag order p. */
    public IntegerProperty lagsProperty() {
        return lags;
    }

    /** The largest order of the lag-order table. */
    public IntegerProperty maxLagsProperty() {
        return maxLags;
    }

    public ObjectProperty<VarTrend> trendProperty() {
        return trend;
    }

    public ObjectProperty<IrfKind> irfKindProperty() {
        return irfKind;
    }

    /** The Cholesky order, variables separated by commas; empty for the order of the variables. */
    public StringProperty orderProperty() {
        return order;
    }

    public IntegerProperty horizonProperty() {
        return horizon;
    }

    public ObjectProperty<IrfBands> bandsProperty() {
        return bands;
    }

    public IntegerProperty drawsProperty() {
        return draws;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    /** The methods check tests causality pair by pair (the first variable with each other), as Table 3 does. */
    public BooleanProperty pairwiseProperty() {
        return pairwise;
    }

    /** Also estimate the VECM (Johansen's reduced-rank regression). */
    public BooleanProperty vecmProperty() {
        return vecm;
    }

    /** The VECM's rank is the one the trace test chooses at 5% (else {@link #vecmRankProperty()}). */
    public BooleanProperty vecmTraceRankProperty() {
        return vecmTraceRank;
    }

    public IntegerProperty vecmRankProperty() {
        return vecmRank;
    }

    public ReadOnlyStringProperty variablesTextProperty() {
        return variablesText.getReadOnlyProperty();
    }

    /** The last run's reports, or null while there is nothing to show. */
    public ReadOnlyObjectProperty<VarTabReport> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public VarTabReport results() {
        return results.get();
    }

    /** The methods check, or null while there is none. */
    public ReadOnlyObjectProperty<MethodsCheckReport> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** What the methods check says, in sentences, or why it could not run. */
    public ReadOnlyStringProperty checkTextProperty() {
        return checkText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.textProperty();
    }

    public ReadOnlyObjectProperty<Severity> messageSeverityProperty() {
        return message.severityProperty();
    }

    public ReadOnlyStringProperty presetMessageProperty() {
        return presetMessage.textProperty();
    }

    public ReadOnlyObjectProperty<Severity> presetMessageSeverityProperty() {
        return presetMessage.severityProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Every table the tab shows: the methods check's, then the analyses'. */
    public List<org.tradeworkbench.core.report.ResultTable> tables() {
        if (results.get() == null) {
            return check.get() == null ? List.of() : check.get().tables();
        }
        return results.get().withCheck(check.get()).tables();
    }

    /** The variables the inputs choose now (ticked, then typed). */
    List<String> currentVariables() {
        return TypedExpressions.combine(useTicked.get() ? List.copyOf(model.selectedVariables()) : List.of(),
                typed.get());
    }

    List<String> orderList() {
        return TypedExpressions.parse(order.get().replace(',', '\n'));
    }

    /** The paper's Table 3 setup: its variables the data can have, 2004–2018, 2 lags, tests pair by pair. */
    public void applyPaperTable3() {
        PaperPreset o;
        batch = true;
        try {
            o = PaperPreset.of(model.dataset());
            if (!o.available().isEmpty()) {
                if (o.withAdded() != null) {
                    model.apply("Add the paper's variables", o.withAdded());
                }
                model.setSample(o.from(), o.to());
                useTicked.set(false);
                typed.set(String.join("\n", o.available()));
                lags.set(PAPER_LAGS);
                maxLags.set(PAPER_LAGS);
                order.set("");
                pairwise.set(true);
            }
        } catch (RuntimeException e) {
            presetMessage.error("The paper's Table 3 cannot be set up: " + Notifier.describe(e));
            return;
        } finally {
            batch = false;
        }
        presetMessage.hint(o.summary("Table 3", model.sampleRange().describe(), PAPER_LAGS + " lags") + "\n"
                + Table3MethodsCheck.papersOwnOrders().replace("the table below", "the methods check"));
        rerun();
    }

    public Map<String, Object> saveSettings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("useTicked", useTicked.get());
        m.put("typed", typed.get());
        m.put("lags", lags.get());
        m.put("maxLags", maxLags.get());
        m.put("trend", trend.get().name());
        m.put("irfKind", irfKind.get().name());
        m.put("order", order.get());
        m.put("horizon", horizon.get());
        m.put("bands", bands.get().name());
        m.put("draws", draws.get());
        m.put("seed", seed.get());
        m.put("pairwise", pairwise.get());
        m.put("vecm", vecm.get());
        m.put("vecmTraceRank", vecmTraceRank.get());
        m.put("vecmRank", vecmRank.get());
        // The analyses as they run, for readers of the file that have no tab (the command line's export).
        m.put(SPEC_KEY, AnalysisJson.plain(spec(currentVariables())));
        return m;
    }

    public void restoreSettings(Map<String, Object> m) {
        batch = true;
        try {
            PanelSettings.ifPresent(PanelSettings.bool(m, "useTicked"), useTicked::set);
            PanelSettings.ifPresent(PanelSettings.text(m, "typed"), typed::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "lags"), lags::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "maxLags"), maxLags::set);
            PanelSettings.ifPresent(PanelSettings.choice(m, "trend", VarTrend.class), trend::set);
            PanelSettings.ifPresent(PanelSettings.choice(m, "irfKind", IrfKind.class), irfKind::set);
            PanelSettings.ifPresent(PanelSettings.text(m, "order"), order::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "horizon"), horizon::set);
            PanelSettings.ifPresent(PanelSettings.choice(m, "bands", IrfBands.class), bands::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "draws"), draws::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "seed"), seed::set);
            PanelSettings.ifPresent(PanelSettings.bool(m, "pairwise"), pairwise::set);
            PanelSettings.ifPresent(PanelSettings.bool(m, "vecm"), vecm::set);
            PanelSettings.ifPresent(PanelSettings.bool(m, "vecmTraceRank"), vecmTraceRank::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "vecmRank"), vecmRank::set);
        } finally {
            batch = false;
        }
        rerun();
    }

    public void rerun() {
        rerun(false);
    }

    private void clear(String why, Severity s) {
        debouncer.cancel(CHECK_KEY);
        debouncer.cancel(RUN_KEY);
        running.set(false);
        results.set(null);
        check.set(null);
        checkText.set("");
        message.set(why, s);
    }

    private void rerun(boolean typing) {
        if (batch) {
            return;
        }
        List<String> vars = currentVariables();
        variablesText.set(vars.isEmpty() ? "No variable chosen." : "VAR of " + String.join(", ", vars) + ".");
        if (vars.size() < 2) {
            clear(VarTabSpec.TOO_FEW, Severity.HINT);
            return;
        }
        VarTabSpec spec;
        try {
            spec = spec(vars);
            spec.validate();
        } catch (IllegalArgumentException e) {
            clear(e.getMessage(), Severity.ERROR);
            return;
        }
        Dataset data = model.dataset();
        SampleRange range = model.sampleRange();
        Supplier<Dataset> sample = () -> Expressions.sampled(data, range);
        running.set(true);
        BackgroundWork<MethodsCheckReport> checkWork = progress -> VarTabAnalysis.check(spec, sample.get(), progress);
        BackgroundWork<VarTabReport> work = progress -> VarTabAnalysis.models(spec, sample.get(), progress);
        java.util.function.Consumer<MethodsCheckReport> checked = r -> {
            check.set(r);
            checkText.set(String.join("\n", r.findings()));
        };
        java.util.function.Consumer<Throwable> checkFailed = e -> {
            check.set(null);
            checkText.set("The methods check could not be run: " + Notifier.describe(e));
        };
        java.util.function.Consumer<VarTabReport> shown = r -> {
            running.set(false);
            results.set(r);
            message.set(String.join("\n", r.problems()), r.var() == null ? Severity.ERROR : Severity.WARNING);
            panelLog.shown(data, range, VarCommands.of(r.select() == null ? null : spec.select(),
                    r.var() == null ? null : spec.var(), r.todaYamamoto() == null ? null : spec.todaYamamoto(),
                    r.vecm() == null ? null : spec.vecmSpec(), r.irf() == null ? null : spec.irf(),
                    r.fevd() == null ? null : spec.fevd(), r.vecmIrf() == null ? null : spec.vecmIrf(),
                    r.vecmFevd() == null ? null : spec.vecmFevd()));
        };
        java.util.function.Consumer<Throwable> failed = e -> {
            running.set(false);
            results.set(null);
            message.error(Notifier.describe(e));
        };
        if (typing) {
            debouncer.submitTyped(CHECK_KEY, CHECK_TITLE, checkWork, checked, checkFailed);
            debouncer.submitTyped(RUN_KEY, RUN_TITLE, work, shown, failed);
        } else {
            debouncer.submit(CHECK_KEY, CHECK_TITLE, checkWork, checked, checkFailed);
            debouncer.submit(RUN_KEY, RUN_TITLE, work, shown, failed);
        }
    }

    /** The tab's choices for {@code vars}. */
    public VarTabSpec spec(List<String> vars) {
        return new VarTabSpec(vars, lags.get(), maxLags.get(), trend.get(), irfKind.get(), orderList(), horizon.get(),
                bands.get(), draws.get(), seed.get(), pairwise.get(), vecm.get(),
                vecmTraceRank.get() ? null : vecmRank.get());
    }
}
