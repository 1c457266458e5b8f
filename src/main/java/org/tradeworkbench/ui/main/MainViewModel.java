package org.tradeworkbench.ui.main;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.commandlog.DataCommands;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.io.ImportOptions;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.paper.PaperVariables;
import org.tradeworkbench.core.io.CsvExporter;
import org.tradeworkbench.ui.importing.ImportBackend;
import org.tradeworkbench.ui.importing.ImportMode;
import org.tradeworkbench.ui.importing.ImportPreviewViewModel;
import org.tradeworkbench.ui.importing.ImportReviewer;
import org.tradeworkbench.core.task.BackgroundWork;
import org.tradeworkbench.core.task.ProgressReporter;
import org.tradeworkbench.core.task.TaskRunner;
import org.tradeworkbench.ui.workbench.Notifier;
import org.tradeworkbench.ui.workbench.WorkbenchContext;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The main window's state and commands: the title, the sample-range text of the status bar, loading the start-up
 * data, undo and redo, and whether closing needs confirmation. Holds no {@code Node}.
 */
public class MainViewModel {
    public static final String APP_NAME = "Trade Workbench";

    private final WorkbenchContext context;
    private final WorkbenchModel model;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyStringWrapper sampleText = new ReadOnlyStringWrapper(this, "sampleText", "");

    private final ImportBackend backend;
    private final ImportReviewer reviewer;

    /** Asked before data with unsaved changes are replaced; true when they may be replaced. */
    @FunctionalInterface
    public interface DiscardConfirmation {
        boolean mayDiscardChanges();
    }

    /**
     * Until the window sets its dialog ({@link #setDiscardConfirmation}), unsaved changes are kept: a Replace is
     * refused with a message rather than done without asking.
     */
    private DiscardConfirmation discardConfirmation = () -> false;

    public MainViewModel(WorkbenchContext context, ImportBackend backend, ImportReviewer reviewer) {
        this.context = context;
        this.backend = backend;
        this.reviewer = reviewer;
        this.model = context.model();
        title.bind(Bindings.createStringBinding(this::computeTitle, model.datasetProperty(), model.dirtyProperty()));
        sampleText.bind(Bindings.createStringBinding(this::computeSampleText, model.datasetProperty(),
                model.sampleFromProperty(), model.sampleToProperty(), model.presampleProperty()));
    }

    /** What asks the user before a Replace throws unsaved changes away (the window's save-or-discard dialog). */
    public void setDiscardConfirmation(DiscardConfirmation confirmation) {
        discardConfirmation = java.util.Objects.requireNonNull(confirmation);
    }

    public WorkbenchContext context() {
        return context;
    }

    public WorkbenchModel model() {
        return model;
    }

    private TaskRunner tasks() {
        return context.tasks();
    }

    private Notifier notifier() {
        return context.notifier();
    }

    /** "name - Trade Workbench", with a star when there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** e.g. "Sample 1995 - 2020 (26 obs.)". */
    public ReadOnlyStringProperty sampleTextProperty() {
        return sampleText.getReadOnlyProperty();
    }

    private String computeTitle() {
        Dataset d = model.dataset();
        String name = d.rowCount() == 0 && d.seriesNames().isEmpty() ? "no data" : d.name();
        return (model.isDirty() ? "*" : "") + name + " - " + APP_NAME;
    }

    private String computeSampleText() {
        Dataset d = model.dataset();
        int[] rows = model.sampleRows();
        if (rows == null) {
            return "No data";
        }
        Period a = d.index().period(rows[0]);
        Period b = d.index().period(rows[1]);
        boolean all = rows[0] == 0 && rows[1] == d.rowCount() - 1;
        // The status bar says when the periods before the start serve as lags: every tab's numbers depend on it.
        String presample = model.presample() == org.tradeworkbench.core.data.Presample.USE && rows[0] > 0
                ? ", " + rows[0] + " presample" : "";
        return "Sample " + a + " \u2013 " + b + " (" + (rows[1] - rows[0] + 1) + " obs." + (all ? "" : " of "
                + d.rowCount()) + presample + ")";
    }

    /**
     * Opens the bundled sample data (in the background) with the paper's variables that the data support
     * (PATENT, FDIGDP, ...) already defined as generated series, and the sample set to the paper's frame
     * {@value PaperVariables#FIRST_YEAR}–{@value PaperVariables#LAST_YEAR} (Table 1), so every tab starts where
     * the paper does: a difference starts missing at 2004 although the data reach back to 1995. The sample is an
     * ordinary one (the Data tab's fields or "All periods" change it) and is logged as its {@code smpl} line.
     */
    public void loadSampleData() {
        loadSampleData(Runnable::run);
    }

    /**
     * As {@link #loadSampleData()}, but the data read are handed to the workbench through {@code applyWhen} (on
     * the FX thread), which may hold them back, e.g. until the window's first frame is out.
     */
    public void loadSampleData(java.util.function.Consumer<Runnable> applyWhen) {
        BackgroundWork<Dataset> sample = SampleData.reader(backend);
        loadStartupData("sample data", progress -> PaperData.withPaperVariables(sample.run(progress)), null,
                DataCommands::openSample, PAPER_FRAME, applyWhen);
    }

    /** The paper's sample (Table 1), which the bundled sample data open with. */
    public static final SampleRange PAPER_FRAME = new SampleRange(Period.annual(PaperVariables.FIRST_YEAR),
            Period.annual(PaperVariables.LAST_YEAR));

    /**
     * Loads the start-up data in the background. If it cannot be read the workbench stays empty and the user is
     * told why.
     */
    public void loadStartupData(String what, BackgroundWork<Dataset> reader, Path source) {
        loadStartupData(what, reader, source, d -> source == null ? List.of()
                : List.of(DataCommands.open(source, ImportOptions.defaults())), SampleRange.ALL, Runnable::run);
    }

    /** {@code opening} gives the commands that open the data read in a script (logged first). */
    private void loadStartupData(String what, BackgroundWork<Dataset> reader, Path source,
            java.util.function.Function<Dataset, List<CommandLine>> opening, SampleRange sample,
            java.util.function.Consumer<Runnable> applyWhen) {
        model.lastMessageProperty().set("Loading " + what + "\u2026");
        tasks().run("Loading " + what, reader, d -> applyWhen.accept(() -> {
            try {
                model.load(d, source, opening.apply(d), sample);
            } catch (RuntimeException e) {
                String m = "Cannot open the " + what + ": " + Notifier.describe(e);
                model.lastMessageProperty().set(m);
                notifier().error(m);
                return;
            }
            model.lastMessageProperty().set("Loaded " + what + ": " + d.seriesNames().size() + " series, "
                    + d.rowCount() + " rows" + (sample.isAll() ? "" : "; sample " + sample.from() + "\u2013"
                    + sample.to() + ", the paper's years (All periods for " + d.index().start() + "\u2013"
                    + d.index().end() + ")"));
        }), failure -> {
            String m = Notifier.describe(failure);
            model.lastMessageProperty().set(m);
            notifier().error(m);
        });
    }

    /**
     * Imports files: the drop handler, File > Open and File > Import all come here. Each file is shown in the
     * import preview (the user may change what was detected, pick countries or partners, choose Add or Replace, or
     * skip it); then the accepted files are read in the background and applied as one undoable edit. Problems are
     * reported with the file, line and column.
     */
    public void importFiles(List<Path> files, ImportMode mode) {
        if (files == null || files.isEmpty()) {
            return;
        }
        List<Source> sources = new ArrayList<>();
        for (Path f : files) {
            sources.add(new Source(f, String.valueOf(f.getFileName()), false));
        }
        review(sources, mode);
    }

    /** A file to import: its name for the user, and whether it is a temporary copy to delete afterwards. */
    private record Source(Path file, String displayName, boolean temporary) {
    }

    private void review(List<Source> sources, ImportMode mode) {
        List<ImportPreviewViewModel> accepted = new ArrayList<>();
        List<Source> temporary = new ArrayList<>();
        for (Source s : sources) {
            if (s.temporary()) {
                temporary.add(s);
            }
            ImportPreviewViewModel p = new ImportPreviewViewModel(s.file(), s.displayName(), mode, backend, tasks());
            p.refresh();
            if (reviewer.review(p) && p.isAccepted()) {
                accepted.add(p);
            }
        }
        if (accepted.isEmpty()) {
            deleteQuietly(temporary);
            model.lastMessageProperty().set("Import cancelled");
            return;
        }
        boolean replacing = accepted.stream().anyMatch(p -> p.modeProperty().get() == ImportMode.REPLACE);
        if (replacing && model.isDirty() && !discardConfirmation.mayDiscardChanges()) {
            deleteQuietly(temporary);
            model.lastMessageProperty().set("Import cancelled: the data have unsaved changes, which were kept");
            return;
        }
        String names = accepted.size() == 1 ? accepted.get(0).displayName() : accepted.size() + " files";
        Dataset base = model.dataset();
        tasks().run("Reading " + names, r -> {
            List<Dataset> read = new ArrayList<>();
            try {
                for (int i = 0; i < accepted.size(); i++) {
                    ImportPreviewViewModel p = accepted.get(i);
                    r.message(p.displayName());
                    r.progress((double) i / accepted.size());
                    Dataset d = backend.read(p.file(), p.options(), share(r, i, accepted.size()));
                    read.add(p.displayName().equals(PASTED) ? d.withName(PASTED) : d);
                    if (r.isCancelled()) {
                        return null;
                    }
                }
            } finally {
                deleteQuietly(temporary);
            }
            return new ImportResult(read, combine(base, accepted, read));
        }, result -> finishImport(base, accepted, result, names), this::reportFailure,
                () -> model.lastMessageProperty().set("Import cancelled: " + names
                        + " not read; the data are unchanged"));
    }

    /** The reporter of file {@code i} of {@code n}: its progress as its share of the whole import. */
    private static ProgressReporter share(ProgressReporter r, int i, int n) {
        return new ProgressReporter() {
            @Override
            public void progress(double fraction) {
                r.progress(fraction < 0 ? -1 : (i + fraction) / n);
            }

            @Override
            public void message(String text) {
                r.message(text);
            }

            @Override
            public boolean isCancelled() {
                return r.isCancelled();
            }
        };
    }

    private record ImportResult(List<Dataset> read, PaperData.ImportCompletion combined) {
    }

    /**
     * Applies each accepted file in order (Replace starts over from it, Add merges it on period), then adds the
     * paper's generated series the imported data make possible (e.g. lny and RATIO once the Census high-tech
     * files are in) and recomputes the generated series already there.
     */
    private static PaperData.ImportCompletion combine(Dataset base, List<ImportPreviewViewModel> accepted,
            List<Dataset> read) {
        Dataset d = base;
        java.util.Set<String> imported = new java.util.HashSet<>();
        for (int i = 0; i < read.size(); i++) {
            boolean empty = d.rowCount() == 0 && d.seriesNames().isEmpty();
            d = accepted.get(i).modeProperty().get() == ImportMode.REPLACE || empty ? read.get(i) : d.merge(read.get(i));
            imported.addAll(read.get(i).seriesNames());
        }
        return PaperData.completeAfterImport(d, imported);
    }

    private void finishImport(Dataset base, List<ImportPreviewViewModel> accepted, ImportResult result,
            String names) {
        // The data may have been edited while the files were read; combine again so that no edit is lost.
        PaperData.ImportCompletion combined;
        try {
            combined = model.dataset() == base ? result.combined() : combine(model.dataset(), accepted,
                    result.read());
        } catch (RuntimeException e) {
            reportFailure(e);
            return;
        }
        Dataset after = combined.data();
        boolean replaced = accepted.stream().anyMatch(p -> p.modeProperty().get() == ImportMode.REPLACE)
                || base.seriesNames().isEmpty();
        // One undoable edit: the files, then the genr lines of the series they made possible.
        List<CommandLine> commands = new ArrayList<>(importCommands(accepted));
        commands.addAll(DataCommands.genr(combined.defined()));
        SampleRange dropped = SampleRange.ALL;
        if (replaced) {
            dropped = model.replaceData("Open " + names, after, commands);
        } else {
            model.apply("Import " + names, after, commands);
        }
        if (replaced || model.selectedVariables().isEmpty()) {
            List<String> all = after.seriesNames();
            model.selectedVariables().setAll(all.isEmpty() ? List.of() : List.of(all.get(0)));
        }
        if (replaced && accepted.size() == 1 && !accepted.get(0).displayName().equals(PASTED)) {
            model.sourceFileProperty().set(accepted.get(0).file());
        }
        int series = 0;
        for (Dataset d : result.read()) {
            series += d.seriesNames().size();
        }
        String msg = (replaced ? "Opened " : "Imported ") + names + ": " + series + " series; now "
                + after.seriesNames().size() + " series, " + after.rowCount() + " rows";
        List<String> notes = new ArrayList<>();
        for (Dataset d : result.read()) {
            notes.addAll(d.notes());
        }
        if (!notes.isEmpty()) {
            msg += " (" + String.join("; ", notes) + ")";
        }
        if (!combined.defined().isEmpty()) {
            msg += "; generated " + generatedSummary(combined.defined());
        }
        if (!dropped.isAll()) {
            msg += "; sample reset to the whole of the new data, " + after.index().start() + "\u2013"
                    + after.index().end() + " (it was " + dropped.describe() + ")";
            notifier().info("The sample " + dropped.describe() + " of the previous data was dropped: the new data"
                    + " start on their whole range, " + after.index().start() + "\u2013" + after.index().end()
                    + ". Set another sample in the Data tab.");
        } else if (!model.sampleRange().isAll()) {
            msg += "; the sample " + model.sampleRange().describe() + " was kept (All periods for "
                    + after.index().start() + "\u2013" + after.index().end() + ")";
        }
        model.lastMessageProperty().set(msg);
    }

    /** e.g. "lny, RATIO and 11 ATP balances": the paper's variables by name, the balances counted. */
    private static String generatedSummary(List<org.tradeworkbench.core.data.Series> defined) {
        List<String> paper = new ArrayList<>();
        for (PaperVariables.Variable v : PaperVariables.all()) {
            if (defined.stream().anyMatch(s -> s.name().equals(v.name()))) {
                paper.add(v.name());
            }
        }
        int others = defined.size() - paper.size();
        if (paper.isEmpty() || others <= 1) {
            return String.join(", ", defined.stream().map(s -> s.name()).toList());
        }
        return String.join(", ", paper) + " and " + others + " ATP balances";
    }

    /** One {@code open} (Replace) or {@code append} (Add) line per file, with the settings chosen in the preview. */
    private static List<CommandLine> importCommands(List<ImportPreviewViewModel> accepted) {
        List<CommandLine> out = new ArrayList<>();
        for (ImportPreviewViewModel p : accepted) {
            if (p.displayName().equals(PASTED)) {
                out.add(DataCommands.unreplayable("data pasted from the clipboard"));
            } else if (p.modeProperty().get() == ImportMode.REPLACE) {
                out.add(DataCommands.open(p.file(), p.options()));
            } else {
                out.add(DataCommands.append(p.file(), p.options()));
            }
        }
        return out;
    }

    private static void deleteQuietly(List<Source> temporary) {
        for (Source s : temporary) {
            try {
                Files.deleteIfExists(s.file());
                Files.deleteIfExists(s.file().getParent());
            } catch (java.io.IOException e) {
                // A leftover file in the temp folder is harmless; the import itself went through.
            }
        }
    }

    private static final String PASTED = "pasted data";

    /**
     * Imports a range copied from a spreadsheet (tab-separated text, or any delimited text) through the same
     * preview; nothing happens, with a message, when the clipboard holds no text.
     */
    public void pasteText(String text) {
        if (text == null || text.isBlank()) {
            // Nothing went wrong: the user is told what to do, as a hint rather than an error.
            notifier().info("The clipboard holds no text to paste; copy a range of cells from a spreadsheet first");
            return;
        }
        tasks().run("Reading pasted data", r -> {
            Path dir = Files.createTempDirectory("tw-paste");
            Path file = dir.resolve("pasted.txt");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        }, file -> review(List.of(new Source(file, PASTED, true)), ImportMode.ADD), this::reportFailure);
    }

    /** Writes the current data as CSV in the background. */
    public void exportCsv(Path file) {
        Dataset d = model.dataset();
        tasks().run("Exporting " + file.getFileName(), r -> {
            CsvExporter.write(d, file);
            return file;
        }, f -> model.lastMessageProperty().set("Exported " + d.seriesNames().size() + " series to " + f),
                this::reportFailure);
    }

    private void reportFailure(Throwable failure) {
        notifier().error(failure);
    }

    public void undo() {
        if (model.undo() == null) {
            model.lastMessageProperty().set("Nothing to undo");
        }
    }

    public void redo() {
        if (model.redo() == null) {
            model.lastMessageProperty().set("Nothing to redo");
        }
    }

    /** Whether closing the window must ask first (there are unsaved changes). */
    public boolean closeNeedsConfirmation() {
        return model.isDirty();
    }

    /** The text of Help > About. */
    public String aboutText() {
        String version = MainViewModel.class.getPackage().getImplementationVersion();
        return APP_NAME + (version == null ? "" : " " + version) + "\n\n"
                + "Time-series econometrics for trade data: import, transform, test and chart,\n"
                + "built around the replication of Yiming Zhao, \"The Empirical Analysis of High-tech Trade\n"
                + "Imbalance Between China and the US\".";
    }
}
