package org.tradeworkbench.ui.regression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tradeworkbench.core.analysis.AnalysisJson;
import org.tradeworkbench.core.analysis.regression.ModelTerms;
import org.tradeworkbench.core.analysis.regression.RegressionAnalysis;
import org.tradeworkbench.core.analysis.regression.RegressionCommands;
import org.tradeworkbench.core.analysis.regression.RegressionReport;
import org.tradeworkbench.core.analysis.regression.RegressionSpec;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.paper.PaperVariables;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.ui.status.PanelMessage;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.workbench.CovarianceChoice;
import org.tradeworkbench.ui.workbench.Notifier;
import org.tradeworkbench.ui.workbench.PanelLog;
import org.tradeworkbench.ui.workbench.PanelSettings;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The Regression tab: dependent variable, regressors as toggles (the data's series and typed expressions) with
 * their lags, lags of the dependent, constant, covariance and the Breusch-Godfrey order. Every change of an
 * input, of the data or of the sample re-estimates through the debouncer, off the FX thread: the tab's choices
 * are a {@link RegressionSpec}, the result the {@link RegressionReport} of {@link RegressionAnalysis}, as for the
 * {@code ols} command. Holds no {@code Node}.
 */
public final class RegressionViewModel {
    static final String TASK_KEY = "regression";
    /** The panel's id in workbench files. */
    public static final String PANEL_ID = "regression";
    /** The key of the {@link RegressionSpec} in the saved settings. */
    static final String SPEC_KEY = "spec";
    static final String TASK_TITLE = "OLS regression";
    public static final int MAX_DEPENDENT_LAGS = 4;
    /** The regressors of the paper's equation (1) besides the lagged dependent. */
    static final List<String> PAPER_REGRESSORS = List.of(PaperVariables.RATIO.name(), PaperVariables.PATENT.name(),
            PaperVariables.FDIGDP.name());

    private final RegressionAnalysis analysis = new RegressionAnalysis();
    private final WorkbenchModel model;
    private final Debouncer debouncer;
    private final PanelLog panelLog;

    private final StringProperty dependent = new SimpleStringProperty(this, "dependent", "");
    private final IntegerProperty dependentLags = new SimpleIntegerProperty(this, "dependentLags", 0);
    private final ObservableList<RegressorChoice> regressors = FXCollections.observableArrayList();
    private final ObservableList<String> seriesNames = FXCollections.observableArrayList();
    private final StringProperty newRegressor = new SimpleStringProperty(this, "newRegressor", "");
    private final BooleanProperty constant = new SimpleBooleanProperty(this, "constant", true);
    private final CovarianceChoice covariance = new CovarianceChoice();
    private final BooleanProperty qlr = new SimpleBooleanProperty(this, "qlr", false);
    private final BooleanProperty cusum = new SimpleBooleanProperty(this, "cusum", false);
    private final BooleanProperty cusumSquares = new SimpleBooleanProperty(this, "cusumSquares", false);
    private final BooleanProperty recursiveCoefficients = new SimpleBooleanProperty(this, "recursiveCoefficients",
            false);
    private final IntegerProperty qlrTrimPercent = new SimpleIntegerProperty(this, "qlrTrimPercent", 15);
    private final IntegerProperty bgOrder = new SimpleIntegerProperty(this, "bgOrder", 1);
    private final IntegerProperty archOrder = new SimpleIntegerProperty(this, "archOrder",
            org.tradeworkbench.core.stats.ols.OlsOptions.DEFAULT_ARCH_ORDER);
    private final javafx.beans.property.StringProperty chowBreak = new javafx.beans.property.SimpleStringProperty(
            this, "chowBreak", "");
    /** Linear restrictions to test with the model's covariance, e.g. "RATIO = 0, PATENT = FDIGDP" (empty: none). */
    private final javafx.beans.property.StringProperty wald = new javafx.beans.property.SimpleStringProperty(
            this, "wald", "");
    private final BooleanProperty autoQLags = new SimpleBooleanProperty(this, "autoQLags", true);
    private final IntegerProperty qLags = new SimpleIntegerProperty(this, "qLags", 10);

    private final ReadOnlyObjectWrapper<RegressionReport> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyStringWrapper equation = new ReadOnlyStringWrapper(this, "equation", "");
    /** The decimals the tables show (negative: their own format); the equation writes its coefficients so too. */
    private final IntegerProperty decimals = new SimpleIntegerProperty(this, "decimals", -1);
    private final ReadOnlyStringWrapper modelText = new ReadOnlyStringWrapper(this, "modelText", "");
    private final PanelMessage message = new PanelMessage(this, "message");
    private final PanelMessage presetMessage = new PanelMessage(this, "presetMessage");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);

    private final InvalidationListener rerunListener = o -> rerun();
    private boolean batch;
    /** Whether the tab already has (or had) a model: the start-up model is filled in only once. */
    private boolean prefilled;

    public RegressionViewModel(WorkbenchModel model, Debouncer debouncer) {
        this.model = model;
        this.debouncer = debouncer;
        this.panelLog = new PanelLog(model);
        List<Observable> inputs = new ArrayList<>(List.of(dependent, dependentLags, constant, qlr, qlrTrimPercent,
                cusum, cusumSquares, recursiveCoefficients, bgOrder, archOrder, autoQLags, qLags, chowBreak, wald,
                model.sampleFromProperty(), model.sampleToProperty(), model.presampleProperty()));
        inputs.addAll(covariance.observables());
        for (Observable o : inputs) {
            o.addListener(rerunListener);
        }
        model.datasetProperty().addListener((obs, old, now) -> {
            syncRegressors(now);
            prefill();
            rerun();
        });
        dependent.addListener(o -> prefilled |= dependent.get() != null && !dependent.get().isBlank());
        decimals.addListener(o -> showEquation());
        syncRegressors(model.dataset());
        model.panelSettings().register(PANEL_ID, this::saveSettings, this::restoreSettings);
        prefill();
        rerun();
    }

    /** The tab's settings as a workbench file keeps them. */
    public Map<String, Object> saveSettings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dependent", dependent.get() == null ? "" : dependent.get());
        m.put("dependentLags", dependentLags.get());
        List<Map<String, Object>> list = new ArrayList<>();
        for (RegressorChoice c : regressors) {
            if (c.isTyped() || c.includedProperty().get() || c.lagsProperty().get() != 0) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("expression", c.expression());
                r.put("typed", c.isTyped());
                r.put("included", c.includedProperty().get());
                r.put("lags", c.lagsProperty().get());
                list.add(r);
            }
        }
        m.put("regressors", list);
        m.put("constant", constant.get());
        covariance.save(m);
        m.put("qlr", qlr.get());
        m.put("cusum", cusum.get());
        m.put("cusumSquares", cusumSquares.get());
        m.put("recursiveCoefficients", recursiveCoefficients.get());
        m.put("qlrTrimPercent", qlrTrimPercent.get());
        m.put("bgOrder", bgOrder.get());
        m.put("archOrder", archOrder.get());
        m.put("autoQLags", autoQLags.get());
        m.put("qLags", qLags.get());
        m.put("chowBreak", chowBreak.get());
        m.put("wald", wald.get());
        // The model as it is estimated, for readers of the file that have no tab (and for files that carry
        // nothing else); left out while an input is out of range.
        try {
            m.put(SPEC_KEY, AnalysisJson.plain(spec()));
        } catch (IllegalArgumentException e) {
            // The message shows on the tab; the inputs above are saved as they are.
        }
        return m;
    }

    /** Sets the tab's inputs to {@code s}: its regressors ticked (typed where the data have no such series). */
    private void apply(RegressionSpec s) {
        dependent.set(s.dependent());
        dependentLags.set(s.dependentLags());
        regressors.removeIf(RegressorChoice::isTyped);
        for (RegressorChoice c : regressors) {
            c.includedProperty().set(false);
            c.lagsProperty().set(0);
        }
        for (ModelTerms.Regressor r : s.regressors()) {
            RegressorChoice c = regressor(r.expression());
            if (c == null) {
                c = choice(r.expression(), true);
                regressors.add(c);
            }
            c.includedProperty().set(true);
            c.lagsProperty().set(r.lags());
        }
        constant.set(s.constant());
        covariance.apply(s.covariance(), s.hacLags(), s.hac());
        qlr.set(s.qlrTrimming() > 0);
        cusum.set(s.cusum());
        cusumSquares.set(s.cusumSquares());
        recursiveCoefficients.set(s.recursiveCoefficients());
        if (s.qlrTrimming() > 0) {
            qlrTrimPercent.set((int) Math.round(s.qlrTrimming() * 100));
        }
        bgOrder.set(s.bgOrder());
        archOrder.set(s.archOrder());
        chowBreak.set(s.chowBreak() == null ? "" : s.chowBreak());
        wald.set(s.wald() == null ? "" : s.wald());
        autoQLags.set(s.qLags() < 0);
        if (s.qLags() >= 0) {
            qLags.set(s.qLags());
        }
    }

    /**
     * Restores saved settings (missing or unknown ones stay as they are; a saved list of regressors replaces the
     * ticks, lags and typed expressions) and estimates once. The start-up model is not filled in afterwards.
     * Settings that hold only a spec (no tab wrote them) set the tab to that model.
     */
    public void restoreSettings(Map<String, Object> m) {
        prefilled = true;
        boolean was = batch;
        batch = true;
        try {
            if (m.containsKey(SPEC_KEY) && !m.containsKey("dependent")) {
                try {
                    apply(AnalysisJson.fromPlain(m.get(SPEC_KEY), RegressionSpec.class));
                } catch (IllegalArgumentException e) {
                    presetMessage.error("The saved Regression settings were not used: " + e.getMessage());
                }
            }
            PanelSettings.ifPresent(PanelSettings.text(m, "dependent"), dependent::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "dependentLags"), dependentLags::set);
            if (m.containsKey("regressors")) {
                regressors.removeIf(RegressorChoice::isTyped);
                for (RegressorChoice c : regressors) {
                    c.includedProperty().set(false);
                    c.lagsProperty().set(0);
                }
                for (Map<String, Object> r : PanelSettings.maps(m, "regressors")) {
                    String e = PanelSettings.text(r, "expression");
                    if (e == null || e.isBlank()) {
                        continue;
                    }
                    RegressorChoice c = regressor(e);
                    if (c == null && Boolean.TRUE.equals(PanelSettings.bool(r, "typed"))) {
                        c = choice(e, true);
                        regressors.add(c);
                    }
                    if (c != null) {
                        PanelSettings.ifPresent(PanelSettings.bool(r, "included"), c.includedProperty()::set);
                        PanelSettings.ifPresent(PanelSettings.integer(r, "lags"), c.lagsProperty()::set);
                    }
                }
            }
            PanelSettings.ifPresent(PanelSettings.bool(m, "constant"), constant::set);
            covariance.restore(m);
            PanelSettings.ifPresent(PanelSettings.bool(m, "qlr"), qlr::set);
            PanelSettings.ifPresent(PanelSettings.bool(m, "cusum"), cusum::set);
            PanelSettings.ifPresent(PanelSettings.bool(m, "cusumSquares"), cusumSquares::set);
            PanelSettings.ifPresent(PanelSettings.bool(m, "recursiveCoefficients"), recursiveCoefficients::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "qlrTrimPercent"), qlrTrimPercent::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "bgOrder"), bgOrder::set);
            if (m.containsKey("dependent") && !m.containsKey("archOrder")) {
                // Written before the ARCH and Q tests existed: the tab shows what it showed then, as the spec does.
                archOrder.set(0);
                autoQLags.set(false);
                qLags.set(0);
            }
            PanelSettings.ifPresent(PanelSettings.integer(m, "archOrder"), archOrder::set);
            PanelSettings.ifPresent(PanelSettings.bool(m, "autoQLags"), autoQLags::set);
            PanelSettings.ifPresent(PanelSettings.integer(m, "qLags"), qLags::set);
            PanelSettings.ifPresent(PanelSettings.text(m, "chowBreak"), chowBreak::set);
            PanelSettings.ifPresent(PanelSettings.text(m, "wald"), wald::set);
        } finally {
            batch = was;
        }
        rerun();
    }

    /**
     * The model the tab shows before the user chooses one, so that it never opens empty on data that have the
     * paper's variables: the paper's equation (1) when the data have lny, RATIO, PATENT and FDIGDP; otherwise
     * PATENT on its first lag and FDIGDP (what the bundled sample supports). The sample is left as it is.
     */
    private void prefill() {
        if (prefilled) {
            return;
        }
        Dataset d = model.dataset();
        String dep;
        List<String> xs;
        if (d.has(PaperVariables.LNY.name()) && PAPER_REGRESSORS.stream().allMatch(d::has)) {
            dep = PaperVariables.LNY.name();
            xs = PAPER_REGRESSORS;
        } else if (d.has(PaperVariables.PATENT.name()) && d.has(PaperVariables.FDIGDP.name())) {
            dep = PaperVariables.PATENT.name();
            xs = List.of(PaperVariables.FDIGDP.name());
        } else {
            return;
        }
        prefilled = true;
        boolean was = batch;
        batch = true;
        try {
            dependent.set(dep);
            dependentLags.set(1);
            for (RegressorChoice c : regressors) {
                c.includedProperty().set(xs.contains(c.expression()));
                c.lagsProperty().set(0);
            }
        } finally {
            batch = was;
        }
    }

    // ---- inputs ----

    /** The dependent variable: a series name or an expression. */
    public StringProperty dependentProperty() {
        return dependent;
    }

    /** Lags 1..n of the dependent among the regressors (0..4). */
    public IntegerProperty dependentLagsProperty() {
        return dependentLags;
    }

    /** The candidate regressors: every series of the data, then the typed expressions. */
    public ObservableList<RegressorChoice> regressors() {
        return regressors;
    }

    /** The data's series, for the dependent variable's picker. */
    public ObservableList<String> seriesNames() {
        return seriesNames;
    }

    /** An expression to add as a regressor with {@link #addTypedRegressor()}. */
    public StringProperty newRegressorProperty() {
        return newRegressor;
    }

    public BooleanProperty constantProperty() {
        return constant;
    }

    /** The covariance controls, for the view to bind as one group. */
    public CovarianceChoice covarianceChoice() {
        return covariance;
    }

    public ObjectProperty<CovarianceType> covarianceProperty() {
        return covariance.covarianceProperty();
    }

    public BooleanProperty autoHacLagsProperty() {
        return covariance.autoHacLagsProperty();
    }

    public IntegerProperty hacLagsProperty() {
        return covariance.hacLagsProperty();
    }

    /** How the HAC bandwidth is chosen: fixed lags, or the Newey-West (1994) or Andrews (1991) plug-in. */
    public ObjectProperty<org.tradeworkbench.core.stats.ols.HacBandwidth> hacBandwidthProperty() {
        return covariance.hacBandwidthProperty();
    }

    public BooleanProperty hacPrewhiteProperty() {
        return covariance.hacPrewhiteProperty();
    }

    /** Whether the recursive coefficients are shown (a table and a chart per coefficient). */
    public BooleanProperty recursiveCoefficientsProperty() {
        return recursiveCoefficients;
    }

    /** Whether the CUSUM of squares test is run (a table and a chart). */
    public BooleanProperty cusumSquaresProperty() {
        return cusumSquares;
    }

    /** Whether the CUSUM test on recursive residuals is run (a table and a chart). */
    public BooleanProperty cusumProperty() {
        return cusum;
    }

    /** Whether the Quandt likelihood-ratio (sup-F) break test is run. */
    public BooleanProperty qlrProperty() {
        return qlr;
    }

    /** The QLR trimming at each end, in percent (1 to 49). */
    public IntegerProperty qlrTrimPercentProperty() {
        return qlrTrimPercent;
    }

    public BooleanProperty hacAdjustProperty() {
        return covariance.hacAdjustProperty();
    }

    /** The period the second regime of the Chow test starts at; empty for no Chow test. */
    public javafx.beans.property.StringProperty chowBreakProperty() {
        return chowBreak;
    }

    /** The Wald restrictions typed (empty: no Wald test). */
    public javafx.beans.property.StringProperty waldProperty() {
        return wald;
    }

    /** Order of the ARCH LM test; 0 leaves it out. */
    public IntegerProperty archOrderProperty() {
        return archOrder;
    }

    /** Ljung-Box and Box-Pierce at min(10, n/5) lags; else {@link #qLagsProperty()} (0 leaves them out). */
    public BooleanProperty autoQLagsProperty() {
        return autoQLags;
    }

    public IntegerProperty qLagsProperty() {
        return qLags;
    }

    /** Order of the Breusch-Godfrey test. */
    public IntegerProperty bgOrderProperty() {
        return bgOrder;
    }

    // ---- outputs ----

    /** The estimated model with its tables and charts; null when there is none. */
    public ReadOnlyObjectProperty<RegressionReport> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public RegressionReport outcome() {
        return outcome.get();
    }

    /**
     * The decimals the results tables show, which the equation follows (bound by the view to the Preferences
     * setting; negative: each number's own format).
     */
    public IntegerProperty decimalsProperty() {
        return decimals;
    }

    /** The equation of the outcome shown, its coefficients as the coefficient table shows them. */
    private void showEquation() {
        RegressionReport r = outcome.get();
        equation.set(r == null ? "" : RegressionAnalysis.equationAsInTable(r.result(), decimals.get()));
    }

    /**
     * The fitted equation, lags as subscripts as in the paper's equation (2), each coefficient with the digits the
     * coefficient table shows.
     */
    public ReadOnlyStringProperty equationProperty() {
        return equation.getReadOnlyProperty();
    }

    /** The model as specified, e.g. "lny on const, lny(-1), RATIO". */
    public ReadOnlyStringProperty modelTextProperty() {
        return modelText.getReadOnlyProperty();
    }

    /** Why there is no estimate (or what to do first); empty when the model was estimated. */
    public ReadOnlyStringProperty messageProperty() {
        return message.textProperty();
    }

    /** A hint (no dependent variable yet) or an error (the model could not be estimated). */
    public ReadOnlyObjectProperty<Severity> messageSeverityProperty() {
        return message.severityProperty();
    }

    /** What the "paper's model" button did, or which of the paper's variables the data lack. */
    public ReadOnlyStringProperty presetMessageProperty() {
        return presetMessage.textProperty();
    }

    public ReadOnlyObjectProperty<Severity> presetMessageSeverityProperty() {
        return presetMessage.severityProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    // ---- commands ----

    /** The candidate regressor for a series or typed expression, if listed. */
    public RegressorChoice regressor(String expression) {
        return regressors.stream().filter(r -> r.expression().equals(expression)).findFirst().orElse(null);
    }

    /** Adds the typed expression as a regressor (ticked); an expression already listed is just ticked. */
    public void addTypedRegressor() {
        String e = newRegressor.get() == null ? "" : newRegressor.get().trim();
        if (e.isEmpty()) {
            return;
        }
        RegressorChoice c = regressor(e);
        if (c == null) {
            c = choice(e, true);
            regressors.add(c);
        }
        newRegressor.set("");
        c.includedProperty().set(true);
    }

    /** Removes a typed regressor. */
    public void removeTypedRegressor(RegressorChoice c) {
        if (c.isTyped() && regressors.remove(c)) {
            rerun();
        }
    }

    /**
     * Fills in the paper's equation (1): lny on lny(-1), RATIO, PATENT and FDIGDP with a constant, on the paper's
     * 2004..2018 sample. The paper's variables are added to the data as generated series (one undoable edit)
     * when their inputs are there; otherwise nothing changes and {@link #presetMessageProperty()} says which
     * variables are missing and what they need.
     */
    public void applyPaperModel() {
        Dataset data = model.dataset();
        List<String> needed = new ArrayList<>();
        needed.add(PaperVariables.LNY.name());
        needed.addAll(PAPER_REGRESSORS);
        PaperData.PaperFrame frame;
        try {
            frame = PaperData.withPaperVariables(data, Map.of());
        } catch (DataException e) {
            presetMessage.error("The paper's model cannot be set up: " + e.getMessage());
            return;
        }
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (String v : needed) {
            if (frame.missing().containsKey(v)) {
                missing.put(v, frame.missing().get(v));
            }
        }
        if (!missing.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (var e : missing.entrySet()) {
                parts.add(e.getKey() + " (needs " + String.join(", ", e.getValue()) + ")");
            }
            presetMessage.hint("The data lack " + String.join(" and ", missing.keySet()) + " of the paper's model: "
                    + String.join("; ", parts) + ". Load the Census high-tech (ATP) trade with China "
                    + "(File \u25b8 Import) and press the button again.");
            return;
        }
        batch = true;
        try {
            if (needed.stream().anyMatch(v -> !data.has(v))) {
                model.apply("Add the paper's variables", frame.data());
            }
            setPaperSample(model.dataset().index());
            dependent.set(PaperVariables.LNY.name());
            dependentLags.set(1);
            for (RegressorChoice c : regressors) {
                c.includedProperty().set(PAPER_REGRESSORS.contains(c.expression()));
                c.lagsProperty().set(0);
            }
            constant.set(true);
            covariance.covarianceProperty().set(CovarianceType.CLASSICAL);
        } finally {
            batch = false;
        }
        presetMessage.hint("Equation (1): lny on lny(-1), RATIO, PATENT and FDIGDP with a constant, sample "
                + model.sampleRange().describe() + ".");
        rerun();
    }

    private void setPaperSample(TimeIndex idx) {
        Period from = Period.annual(PaperVariables.FIRST_YEAR);
        Period to = Period.annual(PaperVariables.LAST_YEAR);
        model.setSample(idx.rowOf(from).isPresent() ? from : null, idx.rowOf(to).isPresent() ? to : null);
    }

    /** Schedules an estimation with the current inputs (the inputs' listeners call this). */
    public void rerun() {
        if (batch) {
            return;
        }
        RegressionSpec spec;
        try {
            spec = spec();
        } catch (IllegalArgumentException e) {
            // Only a workbench file can bring such a value (the controls cannot): say which.
            debouncer.cancel(TASK_KEY);
            modelText.set("");
            clear(Severity.ERROR, e.getMessage());
            return;
        }
        List<String> terms = spec.terms();
        String dep = spec.dependent().trim();
        modelText.set(dep.isEmpty() ? "" : dep + " on " + String.join(", ", withConstant(terms, spec.constant())));
        if (dep.isEmpty()) {
            debouncer.cancel(TASK_KEY);
            clear(Severity.HINT, "Choose the dependent variable (a series or an expression) and tick the regressors, "
                    + "or press \u201cPaper's model\u201d.");
            return;
        }
        Dataset data = model.dataset();
        SampleRange range = model.sampleRange();
        running.set(true);
        message.clear();
        debouncer.submit(TASK_KEY, TASK_TITLE, progress -> {
            Dataset sample = Expressions.sampled(data, range);
            return analysis.run(spec, sample, progress);
        }, result -> {
            running.set(false);
            outcome.set(result);
            showEquation();
            message.clear();
            panelLog.shown(data, range, List.of(RegressionCommands.of(spec)));
        }, failure -> clear(Severity.ERROR, Notifier.describe(failure)));
    }

    private static List<String> withConstant(List<String> terms, boolean constant) {
        List<String> out = new ArrayList<>();
        if (constant) {
            out.add("const");
        }
        out.addAll(terms);
        return out;
    }

    private void clear(Severity severity, String why) {
        running.set(false);
        outcome.set(null);
        equation.set("");
        message.set(why, severity);
    }

    /** The model as currently specified. */
    public RegressionSpec spec() {
        List<ModelTerms.Regressor> list = new ArrayList<>();
        for (RegressorChoice c : regressors) {
            if (c.includedProperty().get()) {
                list.add(new ModelTerms.Regressor(c.expression(), c.lagsProperty().get()));
            }
        }
        return new RegressionSpec(dependent.get() == null ? "" : dependent.get(), dependentLags.get(), list,
                constant.get(), covariance.covarianceProperty().get(), covariance.specLags(), bgOrder.get(),
                archOrder.get(), autoQLags.get() ? -1 : qLags.get(),
                chowBreak.get() == null || chowBreak.get().isBlank() ? null : chowBreak.get().trim(),
                wald.get() == null || wald.get().isBlank() ? null : wald.get().trim(),
                covariance.hacSettings(), qlr.get() ? qlrTrimPercent.get() / 100.0 : 0, cusum.get(),
                        cusumSquares.get(), recursiveCoefficients.get());
    }

    /** Keeps one candidate per series of the data (choices of series that remain are kept) and the typed ones. */
    private void syncRegressors(Dataset data) {
        List<String> names = data.seriesNames();
        seriesNames.setAll(names);
        Map<String, RegressorChoice> old = new LinkedHashMap<>();
        for (RegressorChoice c : regressors) {
            old.put(c.expression(), c);
        }
        List<RegressorChoice> next = new ArrayList<>();
        for (String n : names) {
            RegressorChoice c = old.get(n);
            next.add(c != null && !c.isTyped() ? c : choice(n, false));
        }
        Set<String> taken = Set.copyOf(names);
        for (RegressorChoice c : regressors) {
            if (c.isTyped() && !taken.contains(c.expression())) {
                next.add(c);
            }
        }
        if (!next.equals(regressors)) {
            regressors.setAll(next);
        }
    }

    private RegressorChoice choice(String expression, boolean typed) {
        RegressorChoice c = new RegressorChoice(expression, typed);
        c.includedProperty().addListener(rerunListener);
        c.lagsProperty().addListener(rerunListener);
        return c;
    }
}
