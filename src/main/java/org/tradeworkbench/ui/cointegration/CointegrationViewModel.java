package org.tradeworkbench.ui.cointegration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
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
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tradeworkbench.core.analysis.AnalysisJson;
import org.tradeworkbench.core.analysis.TypedExpressions;
import org.tradeworkbench.core.analysis.cointegration.ArdlSpec;
import org.tradeworkbench.core.analysis.cointegration.CointegrationAnalysis;
import org.tradeworkbench.core.analysis.cointegration.CointegrationCommands;
import org.tradeworkbench.core.analysis.cointegration.CointegrationMethod;
import org.tradeworkbench.core.analysis.cointegration.CointegrationSpec;
import org.tradeworkbench.core.analysis.cointegration.EngleGranger;
import org.tradeworkbench.core.analysis.cointegration.EngleGrangerSpec;
import org.tradeworkbench.core.analysis.cointegration.EngleGrangerTrend;
import org.tradeworkbench.core.analysis.cointegration.JohansenCase;
import org.tradeworkbench.core.analysis.cointegration.JohansenSpec;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisDemean;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisLag;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisSpec;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisType;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;
import org.tradeworkbench.core.task.BackgroundWork;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.status.PanelMessage;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.ui.workbench.Notifier;
import org.tradeworkbench.ui.workbench.PanelLog;
import org.tradeworkbench.ui.workbench.PanelSettings;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The Cointegration tab: the variables (ticked and typed; the first is the dependent one of Engle-Granger and
 * ARDL and the one Phillips-Ouliaris Pu normalises on), the test (Engle-Granger, Johansen, ARDL,
 * Phillips-Ouliaris) and its options. Every change re-runs the test through the
 * debouncer, off the FX thread: the choices are a {@link CointegrationSpec}, the result the report of
 * {@link CointegrationAnalysis}, as for the {@code engle-granger}, {@code johansen}, {@code ardl} and {@code phillips-ouliaris} commands.
 * Holds no {@code Node}.
 */
public final class CointegrationViewModel {
    static final String TASK_KEY = "cointegration";
    /** The panel's id in workbench files. */
    public static final String PANEL_ID = CointegrationAnalysis.KIND;
    /** The key of the {@link CointegrationSpec} in the saved settings. */
    static final String SPEC_KEY = "spec";
    static final String TASK_TITLE = "Cointegration test";
    public static final int MAX_LAGS = 12;

    private final CointegrationAnalysis analysis = new CointegrationAnalysis();
    private final WorkbenchModel model;
    private final Debouncer debouncer;
    private final PanelLog panelLog;

    private final BooleanProperty useTicked = new SimpleBooleanProperty(this, "useTicked", true);
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final ObjectProperty<CointegrationMethod> method = new SimpleObjectProperty<>(this, "method",
            CointegrationMethod.ENGLE_GRANGER);
    private final ObjectProperty<EngleGrangerTrend> egTrend = new SimpleObjectProperty<>(this, "egTrend",
            EngleGrangerTrend.CONSTANT);
    private final BooleanProperty egAutomatic = new SimpleBooleanProperty(this, "egAutomatic", true);
    private final ObjectProperty<LagCriterion> egCriterion = new SimpleObjectProperty<>(this, "egCriterion",
            LagCriterion.AIC);
    private final IntegerProperty egLags = new SimpleIntegerProperty(this, "egLags", 1);
    private final BooleanProperty egDefaultMaxLag = new SimpleBooleanProperty(this, "egDefaultMaxLag", true);
    private final IntegerProperty egMaxLag = new SimpleIntegerProperty(this, "egMaxLag", 2);
    private final IntegerProperty johansenLags = new SimpleIntegerProperty(this, "johansenLags", 1);
    private final ObjectProperty<JohansenCase> johansenCase = new SimpleObjectProperty<>(this, "johansenCase",
            JohansenCase.UNRESTRICTED_CONSTANT);
    private final IntegerProperty ardlMaxLag = new SimpleIntegerProperty(this, "ardlMaxLag", 2);
    private final ObjectProperty<LagCriterion> ardlCriterion = new SimpleObjectProperty<>(this, "ardlCriterion",
            LagCriterion.AIC);
    private final IntegerProperty ardlCase = new SimpleIntegerProperty(this, "ardlCase", 3);
    private final ObjectProperty<PhillipsOuliarisType> poType = new SimpleObjectProperty<>(this, "poType",
            PhillipsOuliarisType.PU);
    private final ObjectProperty<PhillipsOuliarisDemean> poDemean = new SimpleObjectProperty<>(this, "poDemean",
            PhillipsOuliarisDemean.NONE);
    private final ObjectProperty<PhillipsOuliarisLag> poLag = new SimpleObjectProperty<>(this, "poLag",
            PhillipsOuliarisLag.SHORT);

    private final ReadOnlyStringWrapper variablesText = new ReadOnlyStringWrapper(this, "variablesText", "");
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<List<ResultTable>> tables = new ReadOnlyObjectWrapper<>(this, "tables",
            List.of());
    private final PanelMessage message = new PanelMessage(this, "message");
    /** Shown while the sample's presample setting is "use". */
    static final String PRESAMPLE_NOT_USED = "The cointegration tests do not take lags from before the sample's "
            + "start (the Data tab's box): their data are cut to the sample, so lags use up its first periods.";
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private boolean batch;
    /** Phillips-Ouliaris: the tolerance of a spec the tab was set to (a workbench file, a replayed command); the
     * tab has no field for it, keeps it while the spec's other choices change, and uses R's default otherwise. */
    private Double poTol;

    public CointegrationViewModel(WorkbenchModel model, Debouncer debouncer) {
        this.model = model;
        this.debouncer = debouncer;
        this.panelLog = new PanelLog(model);
        InvalidationListener rerun = o -> rerun();
        typed.addListener(o -> rerun(true));
        for (Observable o : List.of(useTicked, method, egTrend, egAutomatic, egCriterion, egLags, egDefaultMaxLag,
                egMaxLag, johansenLags,
                johansenCase, ardlMaxLag, ardlCriterion, ardlCase, poType, poDemean, poLag, model.datasetProperty(),
                model.sampleFromProperty(), model.sampleToProperty(), model.presampleProperty(), model.selectedVariables())) {
            o.addListener(rerun);
        }
        model.panelSettings().register(PANEL_ID, this::saveSettings, this::restoreSettings);
        rerun();
    }

    /** The tab's settings as a workbench file keeps them, with the spec whenever the choices make one. */
    public Map<String, Object> saveSettings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("useTicked", useTicked.get());
        m.put("typed", typed.get());
        m.put("method", method.get().name());
        m.put("egTrend", egTrend.get().name());
        m.put("egAutomatic", egAutomatic.get());
        m.put("egCriterion", egCriterion.get().name());
        m.put("egLags", egLags.get());
        m.put("egDefaultMaxLag", egDefaultMaxLag.get());
        m.put("egMaxLag", egMaxLag.get());
        m.put("johansenLags", johansenLags.get());
        m.put("johansenCase", johansenCase.get().name());
        m.put("ardlMaxLag", ardlMaxLag.get());
        m.put("ardlCriterion", ardlCriterion.get().name());
        m.put("ardlCase", ardlCase.get());
        m.put("poType", poType.get().name());
        m.put("poDemean", poDemean.get().name());
        m.put("poLag", poLag.get().name());
        m.put("poTol", poTol);
        try {
            m.put(SPEC_KEY, AnalysisJson.plain(spec(currentVariables())));
        } catch (IllegalArgumentException e) {
            // No spec for these choices (too few variables, say): the file keeps the settings alone.
        }
        return m;
    }

    /**
     * Restores saved settings (missing ones stay as they are) and runs once. Settings holding only a spec set
     * the tab to it: its variables typed, its test and options chosen.
     */
    public void restoreSettings(Map<String, Object> m) {
        batch = true;
        try {
            if (m.containsKey(SPEC_KEY) && !m.containsKey("method")) {
                try {
                    apply(AnalysisJson.fromPlain(m.get(SPEC_KEY), CointegrationSpec.class));
                } catch (IllegalArgumentException e) {
                    message.error("The saved Cointegration settings were not used: " + e.getMessage());
                    return;
                }
            }
            PanelSettings.ifPresent(PanelSettings.bool(m, "useTicked"), useTicked::set);
            PanelSettings.ifPresent(PanelSettings.text(m, "typed"), typed::set);
            PanelSettings.ifPresent(PanelSettings.choice(m, "method", CointegrationMethod.class), method::set);
            PanelSettings.ifPresent(PanelSettings.choice(m, "egTrend", EngleGrangerTrend.class), egTrend::set);
            PanelSettings.ifPresent(PanelSettings.bool(m, "egAutomatic"), egAutomatic::set);
            PanelSettings.ifPresent(PanelSettings.choice(m, "egCriterion", LagCriterion.class), egCriterion::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "egLags"), egLags::set);
            PanelSettings.ifPresent(PanelSettings.bool(m, "egDefaultMaxLag"), egDefaultMaxLag::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "egMaxLag"), egMaxLag::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "johansenLags"), johansenLags::set);
            PanelSettings.ifPresent(PanelSettings.choice(m, "johansenCase", JohansenCase.class), johansenCase::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "ardlMaxLag"), ardlMaxLag::set);
            PanelSettings.ifPresent(PanelSettings.choice(m, "ardlCriterion", LagCriterion.class),
                    ardlCriterion::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "ardlCase"), ardlCase::set);
            PanelSettings.ifPresent(PanelSettings.choice(m, "poType", PhillipsOuliarisType.class), poType::set);
            PanelSettings.ifPresent(PanelSettings.choice(m, "poDemean", PhillipsOuliarisDemean.class),
                    poDemean::set);
            PanelSettings.ifPresent(PanelSettings.choice(m, "poLag", PhillipsOuliarisLag.class), poLag::set);
            if (m.containsKey("poTol")) {
                poTol = m.get("poTol") instanceof Number n ? n.doubleValue() : null;
            }
        } finally {
            batch = false;
        }
        rerun();
    }

    private void apply(CointegrationSpec s) {
        useTicked.set(false);
        typed.set(String.join("\n", s.variables()));
        method.set(s.method());
        switch (s.method()) {
            case ENGLE_GRANGER -> {
                EngleGrangerSpec e = s.engleGranger();
                egTrend.set(e.trend());
                egAutomatic.set(e.autolag() != null);
                if (e.autolag() != null) {
                    egCriterion.set(e.autolag());
                    egDefaultMaxLag.set(e.maxLag() == null);
                    if (e.maxLag() != null) {
                        egMaxLag.set(e.maxLag());
                    }
                } else {
                    egLags.set(e.lags());
                }
            }
            case JOHANSEN -> {
                johansenLags.set(s.johansen().lags());
                johansenCase.set(s.johansen().deterministic());
            }
            case ARDL -> {
                ardlMaxLag.set(s.ardl().maxLag());
                ardlCriterion.set(s.ardl().criterion());
                ardlCase.set(s.ardl().boundsCase());
            }
            case PHILLIPS_OULIARIS -> {
                poType.set(s.phillipsOuliaris().type());
                poDemean.set(s.phillipsOuliaris().demean());
                poLag.set(s.phillipsOuliaris().lag());
                poTol = s.phillipsOuliaris().tol();
            }
        }
    }

    /** The variables the inputs choose now (ticked, then typed). */
    private List<String> currentVariables() {
        return TypedExpressions.combine(useTicked.get() ? List.copyOf(model.selectedVariables()) : List.of(),
                typed.get());
    }

    /** The tab's choices for {@code vars}; an {@link IllegalArgumentException} names a choice that cannot run. */
    public CointegrationSpec spec(List<String> vars) {
        return switch (method.get()) {
            case ENGLE_GRANGER -> CointegrationSpec.of(egAutomatic.get()
                    ? new EngleGrangerSpec(vars, egTrend.get(), null, egCriterion.get(),
                            egDefaultMaxLag.get() ? null : egMaxLag.get())
                    : new EngleGrangerSpec(vars, egTrend.get(), egLags.get(), null, null));
            case JOHANSEN -> CointegrationSpec.of(new JohansenSpec(vars, johansenLags.get(), johansenCase.get()));
            case ARDL -> CointegrationSpec.of(new ArdlSpec(vars, ardlMaxLag.get(), ardlCriterion.get(),
                    ardlCase.get()));
            case PHILLIPS_OULIARIS -> CointegrationSpec.of(new PhillipsOuliarisSpec(vars, poType.get(),
                    poDemean.get(), poLag.get(), poTol));
        };
    }

    public BooleanProperty useTickedProperty() {
        return useTicked;
    }

    /** More variables as expressions, one per line. */
    public StringProperty typedProperty() {
        return typed;
    }

    public ObjectProperty<CointegrationMethod> methodProperty() {
        return method;
    }

    public ObjectProperty<EngleGrangerTrend> egTrendProperty() {
        return egTrend;
    }

    /** Engle-Granger: lags chosen by {@link #egCriterionProperty()} (true) or fixed at {@link #egLagsProperty()}. */
    public BooleanProperty egAutomaticProperty() {
        return egAutomatic;
    }

    public ObjectProperty<LagCriterion> egCriterionProperty() {
        return egCriterion;
    }

    public IntegerProperty egLagsProperty() {
        return egLags;
    }

    /** Engle-Granger with a criterion: statsmodels' largest lag ceil(12 (n/100)^(1/4)) (true) or egMaxLag. */
    public BooleanProperty egDefaultMaxLagProperty() {
        return egDefaultMaxLag;
    }

    public IntegerProperty egMaxLagProperty() {
        return egMaxLag;
    }

    /** Johansen: lagged differences K. */
    public IntegerProperty johansenLagsProperty() {
        return johansenLags;
    }

    public ObjectProperty<JohansenCase> johansenCaseProperty() {
        return johansenCase;
    }

    public IntegerProperty ardlMaxLagProperty() {
        return ardlMaxLag;
    }

    public ObjectProperty<LagCriterion> ardlCriterionProperty() {
        return ardlCriterion;
    }

    /** ARDL: the PSS case 1..5. */
    public IntegerProperty ardlCaseProperty() {
        return ardlCase;
    }

    /** Phillips-Ouliaris: Pu (normalised on the first variable) or Pz. */
    public ObjectProperty<PhillipsOuliarisType> poTypeProperty() {
        return poType;
    }

    public ObjectProperty<PhillipsOuliarisDemean> poDemeanProperty() {
        return poDemean;
    }

    /** Phillips-Ouliaris: urca's short or long Bartlett truncation lag. */
    public ObjectProperty<PhillipsOuliarisLag> poLagProperty() {
        return poLag;
    }

    public ReadOnlyStringProperty variablesTextProperty() {
        return variablesText.getReadOnlyProperty();
    }

    /** The report of the last run, or null while there is nothing to show. */
    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The tables shown (empty while there is nothing to show). */
    public ReadOnlyObjectProperty<List<ResultTable>> tablesProperty() {
        return tables.getReadOnlyProperty();
    }

    public List<ResultTable> tables() {
        return tables.get();
    }

    /** What to do first, or why the test could not run; empty after a run. */
    public ReadOnlyStringProperty messageProperty() {
        return message.textProperty();
    }

    public ReadOnlyObjectProperty<Severity> messageSeverityProperty() {
        return message.severityProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public void rerun() {
        rerun(false);
    }

    private void rerun(boolean typing) {
        if (batch) {
            return;
        }
        List<String> vars = currentVariables();
        variablesText.set(vars.isEmpty() ? "No variable chosen."
                : "Testing " + String.join(", ", vars) + (method.get() == CointegrationMethod.JOHANSEN ? "."
                : " (" + vars.get(0) + " dependent)."));
        if (vars.size() < 2) {
            clear();
            message.hint("Tick at least two variables in the list on the left, or type expressions, to test them "
                    + "for cointegration; the first is the dependent variable of Engle–Granger and ARDL.");
            return;
        }
        CointegrationSpec spec;
        try {
            spec = spec(vars);
        } catch (IllegalArgumentException e) {
            clear();
            message.error(e.getMessage());
            return;
        }
        Dataset data = model.dataset();
        SampleRange range = model.sampleRange();
        running.set(true);
        // The rule's largest lag for this sample, found beside the run and shown in the greyed field, also when
        // the test then fails (its message names the same maximum).
        AtomicReference<Integer> ruleMaxLag = new AtomicReference<>();
        boolean showRule = spec.method() == CointegrationMethod.ENGLE_GRANGER && spec.engleGranger().lags() == null
                && spec.engleGranger().maxLag() == null;
        BackgroundWork<Report> work = progress -> {
            Dataset sample = Expressions.sampled(data, range);
            if (showRule) {
                try {
                    ruleMaxLag.set(EngleGranger.ruleMaxLag(spec.engleGranger(), sample));
                } catch (DataException e) {
                    // The run below fails on the same sample and says why.
                }
            }
            return analysis.run(spec, sample, progress);
        };
        Consumer<Report> shown = result -> {
            running.set(false);
            showRuleMaxLag(ruleMaxLag.get());
            report.set(result);
            tables.set(result.tables());
            if (range.presample() == org.tradeworkbench.core.data.Presample.USE) {
                // The Data tab's box holds for every tab; this one does not follow it, and says so.
                message.hint(PRESAMPLE_NOT_USED);
            } else {
                message.clear();
            }
            panelLog.shown(data, range, CointegrationCommands.of(spec));
        };
        Consumer<Throwable> failed = failure -> {
            running.set(false);
            showRuleMaxLag(ruleMaxLag.get());
            report.set(null);
            tables.set(List.of());
            message.error(Notifier.describe(failure));
        };
        if (typing) {
            debouncer.submitTyped(TASK_KEY, TASK_TITLE, work, shown, failed);
        } else {
            debouncer.submit(TASK_KEY, TASK_TITLE, work, shown, failed);
        }
    }

    /** Sets the greyed largest lag to the rule's value without re-running (the rule is still what the spec says). */
    private void showRuleMaxLag(Integer value) {
        if (value == null || !egDefaultMaxLag.get()) {
            return;
        }
        batch = true;
        try {
            egMaxLag.set(value);
        } finally {
            batch = false;
        }
    }

    private void clear() {
        debouncer.cancel(TASK_KEY);
        running.set(false);
        report.set(null);
        tables.set(List.of());
    }
}
