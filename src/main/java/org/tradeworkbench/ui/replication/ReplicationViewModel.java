package org.tradeworkbench.ui.replication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.paper.PaperVariables;
import org.tradeworkbench.core.analysis.AnalysisJson;
import org.tradeworkbench.core.analysis.replication.ReplicationAnalysis;
import org.tradeworkbench.core.analysis.replication.ReplicationSpec;
import org.tradeworkbench.core.paper.ReplicationReport;
import org.tradeworkbench.ui.status.PanelMessage;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.workbench.Notifier;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The Replication tab's state: the report for the workbench's dataset, recomputed in the background when the data
 * or one of the paper variables' expressions change.
 */
public final class ReplicationViewModel {
    /** The paper variables whose expressions the tab shows for editing, in Table 1's order. */
    public static final List<PaperVariables.Variable> EDITABLE = ReplicationSpec.EDITABLE;
    static final String SPEC_KEY = "spec";

    private final WorkbenchModel model;
    private final Debouncer debouncer;
    private final Notifier notifier;
    private final Map<String, StringProperty> expressions = new LinkedHashMap<>();
    private final ObservableList<ReplicationRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ReplicationReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final PanelMessage problem = new PanelMessage(this, "problem");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);

    public ReplicationViewModel(WorkbenchModel model, Debouncer debouncer, Notifier notifier) {
        this.model = model;
        this.debouncer = debouncer;
        this.notifier = notifier;
        for (PaperVariables.Variable v : EDITABLE) {
            StringProperty p = new SimpleStringProperty(v.expression());
            p.addListener((o, a, b) -> recompute());
            expressions.put(v.name(), p);
        }
        model.datasetProperty().addListener((o, a, b) -> recompute());
        model.panelSettings().register(ReplicationAnalysis.KIND, this::saveSettings, this::restoreSettings);
        recompute();
    }

    /** The tab's choices as the replication analysis takes them. */
    public ReplicationSpec spec() {
        Map<String, String> edited = new LinkedHashMap<>();
        for (var e : expressions.entrySet()) {
            edited.put(e.getKey(), e.getValue().get());
        }
        return new ReplicationSpec(edited);
    }

    /** The tab's settings as a workbench file keeps them: the spec (the edited definitions). */
    public Map<String, Object> saveSettings() {
        return Map.of(SPEC_KEY, AnalysisJson.plain(spec()));
    }

    /** Restores saved settings; a spec that cannot be read is said, and the definitions stay as they are. */
    public void restoreSettings(Map<String, Object> m) {
        if (m.get(SPEC_KEY) == null) {
            return;
        }
        ReplicationSpec saved;
        try {
            saved = AnalysisJson.fromPlain(m.get(SPEC_KEY), ReplicationSpec.class);
        } catch (IllegalArgumentException e) {
            problem.set("The saved Replication settings were not used: " + e.getMessage(), Severity.ERROR);
            return;
        }
        for (PaperVariables.Variable v : EDITABLE) {
            expressions.get(v.name()).set(saved.definition(v));
        }
    }

    /** The editable expression of a paper variable ({@code lny}, {@code RATIO}, {@code PATENT}, {@code FDIGDP}). */
    public StringProperty expressionProperty(String variable) {
        StringProperty p = expressions.get(variable);
        if (p == null) {
            throw new IllegalArgumentException("not an editable paper variable: " + variable);
        }
        return p;
    }

    /** Puts every expression back to the paper's definition. */
    public void resetExpressions() {
        for (PaperVariables.Variable v : EDITABLE) {
            expressions.get(v.name()).set(v.expression());
        }
    }

    public ObservableList<ReplicationRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<ReplicationReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReplicationReport report() {
        return report.get();
    }

    /** E.g. "61 printed numbers: 20 match, ...". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why there is no report (bad expression, monthly data), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.textProperty();
    }

    /** A hint when there are no data yet, an error when the replication failed. */
    public ReadOnlyObjectProperty<Severity> problemSeverityProperty() {
        return problem.severityProperty();
    }

    /** True while the report is being recomputed. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    void recompute() {
        Dataset data = model.dataset();
        ReplicationSpec spec = spec();
        if (data == null || data.rowCount() == 0) {
            debouncer.cancel("replication");
            show(null, "Load annual data (e.g. the bundled sample) to replicate the paper.", Severity.HINT);
            return;
        }
        running.set(true);
        debouncer.submit("replication", "Replicating the paper", progress -> new ReplicationAnalysis().run(spec, data, progress),
                r -> show(r, "", Severity.HINT), failure -> show(null, Notifier.describe(failure), Severity.ERROR));
    }

    private void show(ReplicationReport r, String why, Severity severity) {
        running.set(false);
        report.set(r);
        problem.set(why, severity);
        if (r == null) {
            rows.clear();
            summary.set("");
            return;
        }
        rows.setAll(r.items().stream().map(ReplicationRow::of).toList());
        summary.set(r.summary());
    }

    /**
     * Adds the paper's variables (with the expressions as edited here) to the workbench's data as generated
     * series, as one undoable edit, and says which could not be defined yet.
     */
    public void addVariablesToData() {
        Dataset data = model.dataset();
        Map<String, String> edited = new LinkedHashMap<>();
        for (var e : expressions.entrySet()) {
            edited.put(e.getKey(), e.getValue().get());
        }
        PaperData.PaperFrame f;
        try {
            f = PaperData.withPaperVariables(data, edited);
        } catch (RuntimeException e) {
            notifier.error(e);
            return;
        }
        List<String> added = new ArrayList<>();
        for (PaperVariables.Variable v : PaperVariables.all()) {
            if (f.data().find(v.name()).map(s -> s.isGenerated()).orElse(false)) {
                added.add(v.name());
            }
        }
        model.apply("Add the paper's variables", f.data());
        List<String> missing = new ArrayList<>();
        for (var e : f.missing().entrySet()) {
            missing.add(e.getKey() + " (needs " + String.join(", ", e.getValue()) + ")");
        }
        notifier.info("Generated series " + String.join(", ", added) + (missing.isEmpty() ? ""
                : "; not yet: " + String.join(", ", missing) + ", load the Census high-tech files"));
    }

    Notifier notifier() {
        return notifier;
    }
}
