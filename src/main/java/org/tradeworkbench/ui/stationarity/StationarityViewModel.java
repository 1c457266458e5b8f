package org.tradeworkbench.ui.stationarity;

import java.util.LinkedHashMap;
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
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tradeworkbench.core.analysis.AnalysisJson;
import org.tradeworkbench.core.analysis.TypedExpressions;
import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.StationarityAnalysis;
import org.tradeworkbench.core.analysis.stationarity.StationarityCommands;
import org.tradeworkbench.core.analysis.stationarity.StationarityReport;
import org.tradeworkbench.core.analysis.stationarity.StationarityRow;
import org.tradeworkbench.core.analysis.stationarity.StationaritySpec;
import org.tradeworkbench.core.analysis.stationarity.PhillipsPerronChoice;
import org.tradeworkbench.core.analysis.stationarity.UnitRootKind;
import org.tradeworkbench.core.stats.unitroot.DfGlsLagCriterion;
import org.tradeworkbench.core.stats.unitroot.PhillipsPerronSpec;
import org.tradeworkbench.core.analysis.stationarity.BreakChoice;
import org.tradeworkbench.core.stats.unitroot.ZivotAndrewsBreak;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.paper.PaperPreset;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.ui.status.PanelMessage;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.core.task.BackgroundWork;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.workbench.Notifier;
import org.tradeworkbench.ui.workbench.PanelLog;
import org.tradeworkbench.ui.workbench.PanelSettings;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The Stationarity tab: which variables (ticked in the variable list and typed expressions), deterministic terms,
 * difference order (or the smallest that rejects), lags (fixed or by a criterion) and KPSS on request. Every
 * change of an input, of the data or of the sample re-runs the tests through the debouncer, off the FX thread;
 * the tab's choices are a {@link StationaritySpec} and the result the {@link StationarityReport} of
 * {@link StationarityAnalysis}, as for the {@code adf} command. Holds no {@code Node}.
 */
public final class StationarityViewModel {
    static final String TASK_KEY = "stationarity";
    /** The panel's id in workbench files. */
    public static final String PANEL_ID = "stationarity";
    /** The key of the {@link StationaritySpec} in the saved settings. */
    static final String SPEC_KEY = "spec";
    static final String TASK_TITLE = "Stationarity tests";

    private final StationarityAnalysis analysis = new StationarityAnalysis();
    private final WorkbenchModel model;
    private final Debouncer debouncer;
    private final PanelLog panelLog;

    private final BooleanProperty useTicked = new SimpleBooleanProperty(this, "useTicked", true);
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final ObjectProperty<UnitRootKind> test = new SimpleObjectProperty<>(this, "test",
            StationaritySpec.DEFAULT.test());
    private final ObjectProperty<UnitRootTrend> trend = new SimpleObjectProperty<>(this, "trend",
            StationaritySpec.DEFAULT.trend());
    private final ObjectProperty<DifferenceChoice> difference = new SimpleObjectProperty<>(this, "difference",
            StationaritySpec.DEFAULT.difference());
    private final ObjectProperty<LagChoice> lagChoice = new SimpleObjectProperty<>(this, "lagChoice",
            StationaritySpec.DEFAULT.lags());
    private final IntegerProperty fixedLags = new SimpleIntegerProperty(this, "fixedLags", 0);
    private final BooleanProperty defaultMaxLag = new SimpleBooleanProperty(this, "defaultMaxLag", true);
    private final IntegerProperty maxLag = new SimpleIntegerProperty(this, "maxLag", 4);
    private final BooleanProperty kpss = new SimpleBooleanProperty(this, "kpss", false);
    private final ObjectProperty<ZivotAndrewsBreak> breakType = new SimpleObjectProperty<>(this, "breakType",
            BreakChoice.DEFAULT.type());
    /** Percent of the sample trimmed at each end (Zivot-Andrews), 1..33. */
    private final IntegerProperty trimPercent = new SimpleIntegerProperty(this, "trimPercent",
            (int) Math.round(BreakChoice.DEFAULT.trim() * 100));

    private final ObjectProperty<PhillipsPerronSpec.Statistic> ppStatistic = new SimpleObjectProperty<>(this,
            "ppStatistic", PhillipsPerronChoice.DEFAULT.statistic());
    /** The Phillips-Perron truncation-lag rule: "short", "long" or "fixed" (then {@link #ppFixedLagProperty}). */
    private final ObjectProperty<String> ppRule = new SimpleObjectProperty<>(this, "ppRule", "short");
    private final IntegerProperty ppFixedLag = new SimpleIntegerProperty(this, "ppFixedLag", 2);
    private final ObjectProperty<DfGlsLagCriterion> glsCriterion = new SimpleObjectProperty<>(this, "glsCriterion",
            DfGlsLagCriterion.MAIC);

    private final ReadOnlyObjectWrapper<List<String>> variables = new ReadOnlyObjectWrapper<>(this, "variables",
            List.of());
    private final ReadOnlyStringWrapper variablesText = new ReadOnlyStringWrapper(this, "variablesText", "");
    private final ReadOnlyObjectWrapper<List<StationarityRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows",
            List.of());
    private final ReadOnlyObjectWrapper<StationarityReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<ResultTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final PanelMessage message = new PanelMessage(this, "message");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final PanelMessage presetMessage = new PanelMessage(this, "presetMessage");
    private boolean batch;

    public StationarityViewModel(WorkbenchModel model, Debouncer debouncer) {
        this.model = model;
        this.debouncer = debouncer;
        this.panelLog = new PanelLog(model);
        InvalidationListener rerun = o -> rerun();
        typed.addListener(o -> rerun(true));
        for (Observable o : List.of(useTicked, test, trend, difference, lagChoice, fixedLags, defaultMaxLag, maxLag,
                kpss, breakType, trimPercent, ppStatistic, ppRule, ppFixedLag, glsCriterion, model.datasetProperty(), model.sampleFromProperty(), model.sampleToProperty(), model.presampleProperty(),
                model.selectedVariables())) {
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
        m.put("test", test.get().name());
        m.put("trend", trend.get().name());
        m.put("difference", difference.get().name());
        m.put("lags", lagChoice.get().name());
        m.put("fixedLags", fixedLags.get());
        m.put("defaultMaxLag", defaultMaxLag.get());
        m.put("maxLag", maxLag.get());
        m.put("kpss", kpss.get());
        m.put("breakType", breakType.get().name());
        m.put("trimPercent", trimPercent.get());
        m.put("ppStatistic", ppStatistic.get().name());
        m.put("ppRule", ppRule.get());
        m.put("ppFixedLag", ppFixedLag.get());
        m.put("glsCriterion", glsCriterion.get().name());
        // The analysis as it runs, for readers of the file that have no tab (and for files that carry nothing else).
        if (fixedLags.get() >= 0 && (defaultMaxLag.get() || maxLag.get() >= 0)) {
            m.put(SPEC_KEY, AnalysisJson.plain(spec(currentVariables())));
        }
        return m;
    }

    /**
     * Restores saved settings (missing or unknown ones stay as they are) and runs the tests once. Settings that
     * hold only a spec (no tab wrote them) set the tab to that spec: its variables typed, its choices chosen.
     */
    public void restoreSettings(Map<String, Object> m) {
        batch = true;
        try {
            if (m.containsKey(SPEC_KEY) && !m.containsKey("trend")) {
                try {
                    apply(AnalysisJson.fromPlain(m.get(SPEC_KEY), StationaritySpec.class));
                } catch (IllegalArgumentException e) {
                    presetMessage.error("The saved Stationarity settings were not used: " + e.getMessage());
                }
            }
            PanelSettings.ifPresent(PanelSettings.bool(m, "useTicked"), useTicked::set);
            PanelSettings.ifPresent(PanelSettings.text(m, "typed"), typed::set);
            PanelSettings.ifPresent(PanelSettings.choice(m, "test", UnitRootKind.class), test::set);
            PanelSettings.ifPresent(PanelSettings.choice(m, "trend", UnitRootTrend.class), trend::set);
            PanelSettings.ifPresent(PanelSettings.choice(m, "difference", DifferenceChoice.class), difference::set);
            PanelSettings.ifPresent(PanelSettings.choice(m, "lags", LagChoice.class), lagChoice::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "fixedLags"), fixedLags::set);
            PanelSettings.ifPresent(PanelSettings.bool(m, "defaultMaxLag"), defaultMaxLag::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "maxLag"), maxLag::set);
            PanelSettings.ifPresent(PanelSettings.bool(m, "kpss"), kpss::set);
            PanelSettings.ifPresent(PanelSettings.choice(m, "breakType", ZivotAndrewsBreak.class), breakType::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "trimPercent"), trimPercent::set);
            PanelSettings.ifPresent(PanelSettings.choice(m, "ppStatistic", PhillipsPerronSpec.Statistic.class),
                    ppStatistic::set);
            String rule = PanelSettings.text(m, "ppRule");
            PanelSettings.ifPresent(rule != null && PP_RULES.contains(rule) ? rule : null, ppRule::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "ppFixedLag"), ppFixedLag::set);
            PanelSettings.ifPresent(PanelSettings.choice(m, "glsCriterion", DfGlsLagCriterion.class),
                    glsCriterion::set);
        } finally {
            batch = false;
        }
        rerun();
    }

    /** Sets the tab's inputs to {@code s}: its variables as typed expressions, the ticked ones not used. */
    private void apply(StationaritySpec s) {
        useTicked.set(false);
        typed.set(String.join("\n", s.variables()));
        test.set(s.test());
        trend.set(s.trend());
        difference.set(s.difference());
        lagChoice.set(s.lags());
        fixedLags.set(s.fixedLags());
        defaultMaxLag.set(s.maxLag() == null);
        if (s.maxLag() != null) {
            maxLag.set(s.maxLag());
        }
        kpss.set(s.kpss());
        breakType.set(s.breaks().type());
        trimPercent.set((int) Math.round(s.breaks().trim() * 100));
        ppStatistic.set(s.pp().statistic());
        ppRule.set(s.pp().truncation().isFixed() ? "fixed" : s.pp().lags());
        if (s.pp().truncation().isFixed()) {
            ppFixedLag.set(s.pp().truncation().fixed());
        }
        glsCriterion.set(s.glsCriterion());
    }

    /** The variables the inputs choose now (ticked, then typed). */
    private List<String> currentVariables() {
        return TypedExpressions.combine(useTicked.get() ? List.copyOf(model.selectedVariables()) : List.of(),
                typed.get());
    }

    // ---- inputs ----

    /** Test the variables ticked in the variable list. */
    public BooleanProperty useTickedProperty() {
        return useTicked;
    }

    /** More variables as expressions, one per line (or separated by semicolons). */
    public StringProperty typedProperty() {
        return typed;
    }

    /** The truncation-lag rules the Phillips-Perron choice offers. */
    public static final List<String> PP_RULES = List.of("short", "long", "fixed");

    /** Z-tau or Z-alpha (Phillips-Perron). */
    public ObjectProperty<PhillipsPerronSpec.Statistic> ppStatisticProperty() {
        return ppStatistic;
    }

    /** "short", "long" or "fixed" (Phillips-Perron). */
    public ObjectProperty<String> ppRuleProperty() {
        return ppRule;
    }

    /** The truncation lag when {@link #ppRuleProperty} is "fixed". */
    public IntegerProperty ppFixedLagProperty() {
        return ppFixedLag;
    }

    /** How DF-GLS chooses its lags when the lag choice is automatic. */
    public ObjectProperty<DfGlsLagCriterion> glsCriterionProperty() {
        return glsCriterion;
    }

    /** The unit-root test run on each variable. */
    public ObjectProperty<UnitRootKind> testProperty() {
        return test;
    }

    /** What breaks at the unknown date (Zivot-Andrews). */
    public ObjectProperty<ZivotAndrewsBreak> breakTypeProperty() {
        return breakType;
    }

    /** Percent of the sample at each end where no break is looked for (Zivot-Andrews), 1..33. */
    public IntegerProperty trimPercentProperty() {
        return trimPercent;
    }

    public ObjectProperty<UnitRootTrend> trendProperty() {
        return trend;
    }

    public ObjectProperty<DifferenceChoice> differenceProperty() {
        return difference;
    }

    public ObjectProperty<LagChoice> lagChoiceProperty() {
        return lagChoice;
    }

    /** Lagged differences when the lags are fixed. */
    public IntegerProperty fixedLagsProperty() {
        return fixedLags;
    }

    /** Whether an automatic choice looks up to the default maximum lag (else {@link #maxLagProperty()}). */
    public BooleanProperty defaultMaxLagProperty() {
        return defaultMaxLag;
    }

    public IntegerProperty maxLagProperty() {
        return maxLag;
    }

    public BooleanProperty kpssProperty() {
        return kpss;
    }

    // ---- outputs ----

    /** The variables tested, in order. */
    public ReadOnlyObjectProperty<List<String>> variablesProperty() {
        return variables.getReadOnlyProperty();
    }

    /** The variables tested, as one line for the panel. */
    public ReadOnlyStringProperty variablesTextProperty() {
        return variablesText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<StationarityRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The report of the last run, or null while there is nothing to show. */
    public ReadOnlyObjectProperty<StationarityReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The results table, or null while there is nothing to show. */
    public ReadOnlyObjectProperty<ResultTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ResultTable table() {
        return table.get();
    }

    /** What the panel says above the table: what to do when nothing is chosen, or why the run failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.textProperty();
    }

    /** A hint (nothing chosen, inputs missing), a warning (some variables not tested) or an error. */
    public ReadOnlyObjectProperty<Severity> messageSeverityProperty() {
        return message.severityProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the "paper's Table 2" button did, or which of the paper's variables the data lack. */
    public ReadOnlyStringProperty presetMessageProperty() {
        return presetMessage.textProperty();
    }

    public ReadOnlyObjectProperty<Severity> presetMessageSeverityProperty() {
        return presetMessage.severityProperty();
    }

    /** The tab's choices for {@code vars}. */
    public StationaritySpec spec(List<String> vars) {
        return new StationaritySpec(vars, test.get(), trend.get(), difference.get(), lagChoice.get(),
                fixedLags.get(), defaultMaxLag.get() ? null : maxLag.get(), kpss.get(),
                new BreakChoice(breakType.get(), Math.max(1, Math.min(33, trimPercent.get())) / 100.0),
                new PhillipsPerronChoice(ppStatistic.get(), ppRule.get().equals("fixed")
                        ? Integer.toString(Math.max(0, ppFixedLag.get())) : ppRule.get()), glsCriterion.get());
    }

    /** The tab's choices for the variables it tests now. */
    public StationaritySpec spec() {
        return spec(variables.get());
    }

    // ---- commands ----

    /**
     * The paper's Table 2: lny, RATIO, PATENT and FDIGDP (those the data can have, added as generated series) on
     * the 2004..2018 sample, Dickey-Fuller with a constant and no lagged differences, the smallest difference
     * that rejects at 5%.
     */
    public void applyPaperTable2() {
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
                test.set(UnitRootKind.ADF);
                trend.set(UnitRootTrend.CONSTANT);
                lagChoice.set(LagChoice.FIXED);
                fixedLags.set(0);
                difference.set(DifferenceChoice.SMALLEST);
            }
        } catch (RuntimeException e) {
            presetMessage.error("The paper's Table 2 cannot be set up: " + Notifier.describe(e));
            return;
        } finally {
            batch = false;
        }
        presetMessage.hint(o.summary("Table 2", model.sampleRange().describe(), "constant, no lags, smallest d"));
        rerun();
    }

    /** Schedules a run with the current inputs (the inputs' listeners call this). */
    public void rerun() {
        rerun(false);
    }

    /**
     * With the default maximum lag, the greyed field shows the maximum the rule gave on the first variable tested
     * (the table's notes give it for each), not a stale number; setting it does not re-run the tests.
     */
    private void showEffectiveMaxLag(StationarityReport result) {
        if (!defaultMaxLag.get()) {
            return;
        }
        for (StationarityRow r : result.rows()) {
            if (r.adf() != null && r.adf().spec().isAutoLag()) {
                batch = true;
                try {
                    maxLag.set(r.adf().maxLag());
                } finally {
                    batch = false;
                }
                return;
            }
        }
    }

    /** {@code typing}: the change is a keystroke in the expressions box, which waits for quiet before it runs. */
    private void rerun(boolean typing) {
        if (batch) {
            return;
        }
        List<String> vars = currentVariables();
        variables.set(List.copyOf(vars));
        variablesText.set(vars.isEmpty() ? "No variable chosen." : "Testing " + String.join(", ", vars) + ".");
        if (vars.isEmpty()) {
            debouncer.cancel(TASK_KEY);
            running.set(false);
            rows.set(List.of());
            report.set(null);
            table.set(null);
            message.hint("Tick variables in the list on the left, or type expressions, to test them for a unit root.");
            return;
        }
        StationaritySpec s;
        try {
            s = spec(vars);
        } catch (IllegalArgumentException e) {
            // Only a workbench file can bring such a value (the controls cannot): say which.
            debouncer.cancel(TASK_KEY);
            running.set(false);
            rows.set(List.of());
            report.set(null);
            table.set(null);
            message.error(e.getMessage());
            return;
        }
        Dataset data = model.dataset();
        SampleRange range = model.sampleRange();
        running.set(true);
        BackgroundWork<StationarityReport> work = progress -> analysis.run(s, cut(data, range), progress);
        Consumer<StationarityReport> shown = result -> {
            running.set(false);
            rows.set(result.rows());
            report.set(result);
            table.set(result.table());
            showEffectiveMaxLag(result);
            message.set(result.problems(), severity(result.rows()));
            panelLog.shown(data, range, StationarityCommands.of(result));
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

    /** An error when no variable could be tested, a warning when some could not. */
    static Severity severity(List<StationarityRow> result) {
        return result.stream().noneMatch(StationarityRow::ok) ? Severity.ERROR : Severity.WARNING;
    }

    /** The data cut to the sample BEFORE expressions are evaluated, so differences start inside the sample. */
    static Dataset cut(Dataset data, SampleRange range) {
        return Expressions.sampled(data, range);
    }
}
