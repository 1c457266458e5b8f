package org.tradeworkbench.ui.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.commandlog.CommandLog;
import org.tradeworkbench.core.commandlog.DataCommands;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.Presample;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.expr.Expression;
import org.tradeworkbench.core.expr.Expressions;

/**
 * The session every panel observes: the current dataset, the sample range, the checked variables, undo/redo and
 * whether there are unsaved changes. Toolkit-free (JavaFX beans only) so view models using it are tested without
 * the FX toolkit. Changed on the FX thread only. Every change to the data goes through {@link #apply} (or the
 * helpers built on it) so that it can be undone, and every change of the data or the sample appends the script
 * command that repeats it to the {@link #commandLog() command log} before the change is made, so that a panel
 * re-running on the change logs its test after it.
 */
public final class WorkbenchModel {
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset",
            Dataset.empty("untitled"));
    private final ObjectProperty<Dataset> cleanState = new SimpleObjectProperty<>(dataset.get());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyObjectWrapper<Period> sampleFrom = new ReadOnlyObjectWrapper<>(this, "sampleFrom");
    private final ReadOnlyObjectWrapper<Period> sampleTo = new ReadOnlyObjectWrapper<>(this, "sampleTo");
    private final ReadOnlyObjectWrapper<Presample> presample = new ReadOnlyObjectWrapper<>(this, "presample",
            Presample.CUT);
    private final ObservableList<String> selectedVariables = FXCollections.observableArrayList();
    private final ObjectProperty<Path> sourceFile = new SimpleObjectProperty<>(this, "sourceFile");
    private final StringProperty lastMessage = new SimpleStringProperty(this, "lastMessage", "");
    private final ReadOnlyBooleanWrapper lastMessageError = new ReadOnlyBooleanWrapper(this, "lastMessageError");
    private final UndoManager undoManager = new UndoManager(200);
    private final ObjectBinding<Dataset> sampleDataset;
    private final CommandLog commandLog = new CommandLog();
    private final PanelSettings panelSettings = new PanelSettings();
    /** The sources recorded in the workbench this session was opened from (kept when it is saved again). */
    private List<org.tradeworkbench.core.workbench.SourceRecord> openedSources = List.of();
    /** While positive, changes are not logged and no panel run counts as current (a workbench being restored). */
    private int quiet;
    /** The sample being set by {@link #setSample}, while its two ends change one after the other. */
    private SampleRange pendingSample;

    public WorkbenchModel() {
        dirty.bind(Bindings.createBooleanBinding(() -> dataset.get() != cleanState.get(), dataset, cleanState));
        dataset.addListener((obs, old, now) -> onDatasetChanged(old, now));
        sampleDataset = Bindings.createObjectBinding(this::computeSample, dataset, sampleFrom, sampleTo, presample);
        // A new message is plain information unless it is shown as an error (showMessage).
        lastMessage.addListener((obs, old, now) -> lastMessageError.set(false));
    }

    // ---- observation -------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public Dataset dataset() {
        return dataset.get();
    }

    /** True when the data differ from what was last loaded or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** First period of the sample, or null for "from the first row". */
    public ReadOnlyObjectProperty<Period> sampleFromProperty() {
        return sampleFrom.getReadOnlyProperty();
    }

    /** Last period of the sample, or null for "to the last row". */
    public ReadOnlyObjectProperty<Period> sampleToProperty() {
        return sampleTo.getReadOnlyProperty();
    }

    /** What the rows before the sample's start are for: cut away, or presample values for lags and differences. */
    public ReadOnlyObjectProperty<Presample> presampleProperty() {
        return presample.getReadOnlyProperty();
    }

    public Presample presample() {
        return presample.get();
    }

    /** Sets the presample convention for every panel, logged as {@code smpl --presample cut|use}. */
    public void setPresample(Presample p) {
        java.util.Objects.requireNonNull(p);
        if (p == presample.get()) {
            return;
        }
        log(List.of(DataCommands.presample(p)));
        presample.set(p);
    }

    /** The dataset restricted to the sample range; recomputed lazily when data or range change. */
    public ObservableValue<Dataset> sampleDatasetProperty() {
        return sampleDataset;
    }

    public Dataset sampleDataset() {
        return sampleDataset.get();
    }

    /** The variables the user checked in the variable list (panels use them as default choices). */
    public ObservableList<String> selectedVariables() {
        return selectedVariables;
    }

    /** The file the data came from or was last saved to; null for pasted or new data. */
    public ObjectProperty<Path> sourceFileProperty() {
        return sourceFile;
    }

    /** The last message for the status bar. */
    public StringProperty lastMessageProperty() {
        return lastMessage;
    }

    /** True while the status bar's message reports a failure; false again at the next message. */
    public ReadOnlyBooleanProperty lastMessageErrorProperty() {
        return lastMessageError.getReadOnlyProperty();
    }

    /** Sets the status bar's message, marked as a failure or as plain information. */
    public void showMessage(String message, boolean error) {
        lastMessage.set(message);
        lastMessageError.set(error);
    }

    public UndoManager undoManager() {
        return undoManager;
    }

    /** The settings of the panels and figures, as a workbench file saves and restores them. */
    public PanelSettings panelSettings() {
        return panelSettings;
    }

    /** The commands the session's changes and test runs amount to (the Commands tab). */
    /** The sources recorded in the workbench file the session was last opened from; empty for other sessions. */
    public List<org.tradeworkbench.core.workbench.SourceRecord> openedSources() {
        return openedSources;
    }

    void setOpenedSources(List<org.tradeworkbench.core.workbench.SourceRecord> sources) {
        openedSources = List.copyOf(sources);
    }

    public CommandLog commandLog() {
        return commandLog;
    }

    /**
     * Runs {@code change} without logging it and with no panel run counting as current: for replacing the whole
     * session (a workbench being opened), whose own command log is then put in place.
     */
    public void withoutLogging(Runnable change) {
        quiet++;
        try {
            change.run();
        } finally {
            quiet--;
        }
    }

    /**
     * Whether a panel's run on {@code data} cut to {@code range} shows the session as it now stands, once the
     * change in progress has settled (the sample end that the new data lack is dropped, both ends of a new
     * sample are set): only such a run is logged, so that a replay of the log gives the numbers the panel shows.
     */
    public boolean isCurrent(Dataset data, SampleRange range) {
        return quiet == 0 && data == dataset.get() && range.equals(settledSample());
    }

    private SampleRange settledSample() {
        if (pendingSample != null) {
            return pendingSample;
        }
        TimeIndex idx = dataset.get().index();
        Period from = sampleFrom.get() != null && idx.rowOf(sampleFrom.get()).isPresent() ? sampleFrom.get() : null;
        Period to = sampleTo.get() != null && idx.rowOf(sampleTo.get()).isPresent() ? sampleTo.get() : null;
        return new SampleRange(from, to, presample.get());
    }

    /** Appends the lines unless logging is off; returns those appended. */
    private List<CommandLine> log(List<CommandLine> lines) {
        if (quiet > 0) {
            return List.of();
        }
        lines.forEach(commandLog::append);
        return lines;
    }

    // ---- sample range ------------------------------------------------------------------------------------

    /**
     * Sets the sample range (null ends mean "all"). A period outside the data or of another frequency, or a start
     * after the end, is refused with a {@link DataException} and the range is left as it was.
     */
    public void setSample(Period from, Period to) {
        requireSampleOf(dataset.get().index(), from, to);
        if (java.util.Objects.equals(from, sampleFrom.get()) && java.util.Objects.equals(to, sampleTo.get())) {
            return;
        }
        log(List.of(DataCommands.smpl(from, to)));
        pendingSample = new SampleRange(from, to, presample.get());
        try {
            sampleFrom.set(from);
            sampleTo.set(to);
        } finally {
            pendingSample = null;
        }
    }

    /** Refuses ends outside the data and a start after the end, with a {@link DataException}. */
    private static void requireSampleOf(TimeIndex idx, Period from, Period to) {
        check(idx, from, "start");
        check(idx, to, "end");
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new DataException("the sample starts (" + from + ") after it ends (" + to + ")");
        }
    }

    private static void check(TimeIndex idx, Period p, String which) {
        if (p != null && idx.rowOf(p).isEmpty()) {
            throw new DataException("the sample " + which + " " + p + " is outside the data ("
                    + (idx.size() == 0 ? "no rows" : idx.start() + " to " + idx.end()) + ")");
        }
    }

    /** First and last row of the sample (inclusive), or null when the dataset has no rows. */
    public int[] sampleRows() {
        Dataset d = dataset.get();
        if (d.rowCount() == 0) {
            return null;
        }
        int first = rowOr(d, sampleFrom.get(), 0);
        int last = rowOr(d, sampleTo.get(), d.rowCount() - 1);
        return new int[] {first, last};
    }

    private static int rowOr(Dataset d, Period p, int fallback) {
        if (p == null) {
            return fallback;
        }
        OptionalInt r = d.index().rowOf(p);
        return r.orElse(fallback);
    }

    /** The sample range as the engine takes it (open ends are null). */
    public SampleRange sampleRange() {
        return new SampleRange(sampleFrom.get(), sampleTo.get(), presample.get());
    }

    /**
     * The dataset sliced to the sample with generated series recomputed on the slice, exactly as the command line
     * applies {@code --from/--to} (so a difference starts missing at the sample's first period).
     */
    private Dataset computeSample() {
        return Expressions.sampled(dataset.get(), sampleRange());
    }

    // ---- changes -----------------------------------------------------------------------------------------

    /**
     * Starts a new session on {@code data} (opening a file or the sample data): not undoable, clears undo and
     * redo, and counts as saved.
     */
    public void load(Dataset data, Path source) {
        load(data, source, List.of());
    }

    /**
     * Like {@link #load(Dataset, Path)}, logging {@code opening}: the commands that give a script these data
     * (e.g. {@code open --sample} and the {@code genr} lines of the paper's variables).
     */
    public void load(Dataset data, Path source, List<CommandLine> opening) {
        load(data, source, opening, SampleRange.ALL);
    }

    /**
     * Like {@link #load(Dataset, Path, List)}, with the sample set to {@code sample} as an ordinary sample
     * setting (the user changes it with the sample fields or "All"), logged after {@code opening} as the
     * {@code smpl} line a script needs for the same sample. Both ends must be periods of {@code data}, else a
     * {@link DataException} and nothing changes.
     */
    public void load(Dataset data, Path source, List<CommandLine> opening, SampleRange sample) {
        requireSampleOf(data.index(), sample.from(), sample.to());
        List<CommandLine> lines = new ArrayList<>(opening);
        // A script keeps its sample across an open, so the new one is logged whenever it differs.
        if (!opening.isEmpty() && !sampleRange().equals(sample.withPresample(presample.get()))) {
            lines.add(DataCommands.smpl(sample.from(), sample.to()));
        }
        log(lines);
        undoManager.clear();
        sourceFile.set(source);
        // Panels re-running on the way (new data, old sample) are not current: only the settled state is logged.
        pendingSample = sample.withPresample(presample.get());
        try {
            sampleFrom.set(null);
            sampleTo.set(null);
            dataset.set(data);
            cleanState.set(data);
            sampleFrom.set(sample.from());
            sampleTo.set(sample.to());
            selectedVariables.setAll(defaultSelection(data));
        } finally {
            pendingSample = null;
        }
    }

    /** The generated series when there are any (e.g. the paper's variables on the sample data), else the first. */
    private static List<String> defaultSelection(Dataset d) {
        List<String> generated = d.series().stream().filter(s -> s.isGenerated()).map(s -> s.name()).toList();
        if (!generated.isEmpty()) {
            return generated;
        }
        List<String> names = d.seriesNames();
        return names.isEmpty() ? List.of() : List.of(names.get(0));
    }

    /**
     * Replaces the dataset with {@code after} as one undoable edit named {@code editName}, logging the commands
     * found by comparing the two ({@link DataCommands#changes}).
     */
    public void apply(String editName, Dataset after) {
        Dataset before = dataset.get();
        if (after == before) {
            return;
        }
        apply(editName, after, DataCommands.changes(editName, before, after));
    }

    /** Like {@link #apply(String, Dataset)}, logging {@code commands}, which repeat the edit in a script. */
    public void apply(String editName, Dataset after, List<CommandLine> commands) {
        Dataset before = dataset.get();
        if (after == before) {
            return;
        }
        List<CommandLine> logged = log(commands);
        undoManager.push(new DatasetEdit(editName, before, after, logged));
        dataset.set(after);
        lastMessage.set(editName);
    }

    /**
     * Like {@link #apply(String, Dataset, List)} for data that replace the session's (File > Open, Replace in the
     * import preview): the sample goes back to the whole of the new data, logged as {@code smpl --full} after
     * {@code commands} (a script keeps its sample across an {@code open}). Returns the sample that was dropped, or
     * {@link SampleRange#ALL} when there was none.
     */
    public SampleRange replaceData(String editName, Dataset after, List<CommandLine> commands) {
        SampleRange dropped = sampleRange();
        if (dropped.isAll()) {
            apply(editName, after, commands);
            return dropped;
        }
        List<CommandLine> lines = new ArrayList<>(commands);
        lines.add(DataCommands.smpl(null, null));
        // Panels re-running on the way (new data, old sample) are not current: only the settled state is logged.
        pendingSample = SampleRange.ALL.withPresample(presample.get());
        try {
            sampleFrom.set(null);
            sampleTo.set(null);
            apply(editName, after, lines);
        } finally {
            pendingSample = null;
        }
        return dropped;
    }

    /**
     * What one line of the command console did to the data and the sample, as a script line does it: logs
     * {@code line} once, then puts {@code after} in place as one undoable edit named {@code editName} (when the
     * data changed) and the sample ({@code smpl}, or the sample an {@code open --workbench} brings). Panels see
     * only the settled state as current, so a panel's run is logged after the line, on what a replay has there.
     * Series the line added are ticked; data that replace all the series get the default ticks. The sample's
     * ends must be periods of {@code after}, else a {@link DataException} and nothing changes.
     */
    public void applyCommand(String editName, Dataset after, SampleRange sample, CommandLine line) {
        requireSampleOf(after.index(), sample.from(), sample.to());
        Dataset before = dataset.get();
        List<CommandLine> logged = log(List.of(line));
        if (after == before && sample.equals(sampleRange())) {
            return;
        }
        pendingSample = sample;
        try {
            if (after != before) {
                undoManager.push(new DatasetEdit(editName, before, after, logged));
                boolean replaced = before.seriesNames().stream().noneMatch(after::has);
                dataset.set(after);
                lastMessage.set(editName);
                if (replaced || selectedVariables.isEmpty()) {
                    selectedVariables.setAll(defaultSelection(after));
                } else {
                    after.seriesNames().stream().filter(n -> !before.has(n)).forEach(this::check);
                }
            }
            sampleFrom.set(sample.from());
            sampleTo.set(sample.to());
        } finally {
            pendingSample = null;
        }
    }

    /** Reverts the newest edit; returns its name, or null when there was nothing to undo. */
    public String undo() {
        DatasetEdit e = undoManager.popUndo();
        if (e == null) {
            return null;
        }
        if (!e.commands().isEmpty()) {
            log(List.of(DataCommands.undo(e.commands().size())));
        }
        dataset.set(e.before());
        lastMessage.set("Undid: " + e.name());
        return e.name();
    }

    /** Re-applies the newest undone edit; returns its name, or null. */
    public String redo() {
        DatasetEdit e = undoManager.popRedo();
        if (e == null) {
            return null;
        }
        if (!e.commands().isEmpty()) {
            log(List.of(DataCommands.redo(e.commands().size())));
        }
        dataset.set(e.after());
        lastMessage.set("Redid: " + e.name());
        return e.name();
    }

    /** Records that the current data were saved (clears the dirty flag). */
    public void markSaved(Path file) {
        sourceFile.set(file);
        cleanState.set(dataset.get());
    }

    /** Sets one value (NaN = missing) as an undoable edit. */
    public void editCell(String seriesName, int row, double value) {
        Dataset d = dataset.get();
        double old = d.get(seriesName).get(row);
        if (Double.compare(old, value) == 0) {
            return;
        }
        // Generated series follow the data they are computed from.
        apply("Edit " + seriesName + " " + d.index().label(row),
                Expressions.refresh(d.withValue(seriesName, row, value)),
                List.of(DataCommands.set(seriesName, d.index().label(row), value)));
    }

    /** Adds (or replaces) a series as an undoable edit and checks it in the variable list. */
    public void addSeries(Series s) {
        Dataset d = dataset.get();
        apply((d.has(s.name()) ? "Replace series " : "Add series ") + s.name(), Expressions.refresh(d.with(s)));
        check(s.name());
    }

    /**
     * Adds the generated series typed as {@code name = expression} (undoable) and returns its name; a
     * {@link DataException} (with the character position for a bad expression) when it cannot be defined.
     */
    public String addGenerated(String definition) {
        Dataset d = dataset.get();
        Dataset after = Expressions.defineFromText(d, definition);
        // defineFromText accepted "name = expression", so the name is what stands before the first '='.
        String name = definition.substring(0, definition.indexOf('=')).trim().replace("`", "");
        apply((d.has(name) ? "Redefine " : "Add series ") + name, after,
                List.of(DataCommands.genr(name, after.get(name).expression())));
        check(name);
        return name;
    }

    private void check(String name) {
        if (!selectedVariables.contains(name)) {
            selectedVariables.add(name);
        }
    }

    /**
     * Renames a series (undoable). Refused with a {@link DataException} when a generated series is computed from
     * it, since its definition would no longer hold.
     */
    public void renameSeries(String oldName, String newName) {
        requireNoDependents(oldName, "rename");
        Dataset after = dataset.get().renamed(oldName, newName);
        apply("Rename " + oldName + " to " + newName, after, List.of(DataCommands.rename(oldName, newName)));
    }

    /** Deletes series as one undoable edit; refused when a remaining generated series is computed from one. */
    public void deleteSeries(List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        Dataset d = dataset.get();
        for (String n : names) {
            d = d.without(n);
        }
        for (String n : names) {
            for (Series s : d.series()) {
                if (s.isGenerated() && Expression.parse(s.expression()).variables().contains(n)) {
                    throw new DataException("cannot delete " + n + ": the generated series " + s.name() + " = "
                            + s.expression() + " is computed from it; delete " + s.name() + " first");
                }
            }
        }
        apply(names.size() == 1 ? "Delete series " + names.get(0) : "Delete " + names.size() + " series", d,
                List.of(DataCommands.delete(names)));
    }

    private void requireNoDependents(String name, String action) {
        for (Series s : dataset.get().series()) {
            if (s.isGenerated() && !s.name().equals(name)
                    && Expression.parse(s.expression()).variables().contains(name)) {
                throw new DataException("cannot " + action + " " + name + ": the generated series " + s.name()
                        + " = " + s.expression() + " is computed from it");
            }
        }
    }

    /** Brings imported data in: merged on period ("Add") or replacing everything ("Replace"); undoable. */
    public void importData(String editName, Dataset imported, boolean replace) {
        Dataset before = dataset.get();
        Dataset after = replace || before.seriesNames().isEmpty() && before.rowCount() == 0
                ? imported : before.merge(imported);
        apply(editName, after);
        if (replace || selectedVariables.isEmpty()) {
            selectedVariables.setAll(defaultSelection(after));
        }
    }

    private void onDatasetChanged(Dataset old, Dataset now) {
        TimeIndex idx = now.index();
        if (sampleFrom.get() != null && idx.rowOf(sampleFrom.get()).isEmpty()) {
            sampleFrom.set(null);
        }
        if (sampleTo.get() != null && idx.rowOf(sampleTo.get()).isEmpty()) {
            sampleTo.set(null);
        }
        List<String> oldNames = old.seriesNames();
        List<String> newNames = now.seriesNames();
        boolean sameShape = oldNames.size() == newNames.size();
        for (int i = selectedVariables.size() - 1; i >= 0; i--) {
            String s = selectedVariables.get(i);
            if (now.has(s)) {
                continue;
            }
            // A checked series renamed in place (by a rename, or its undo) stays checked under its new name.
            int at = oldNames.indexOf(s);
            String there = sameShape && at >= 0 ? newNames.get(at) : null;
            if (there != null && !old.has(there) && !selectedVariables.contains(there)) {
                selectedVariables.set(i, there);
            } else {
                selectedVariables.remove(i);
            }
        }
    }
}
