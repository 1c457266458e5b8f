package org.tradeworkbench.ui.main;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.ui.importing.CsvExport;
import org.tradeworkbench.ui.importing.DatasetReader;
import org.tradeworkbench.ui.importing.ImportMode;
import org.tradeworkbench.ui.task.BackgroundWork;
import org.tradeworkbench.ui.task.TaskRunner;
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

    private final DatasetReader reader;

    public MainViewModel(WorkbenchContext context, DatasetReader reader) {
        this.context = context;
        this.reader = reader;
        this.model = context.model();
        title.bind(Bindings.createStringBinding(this::computeTitle, model.datasetProperty(), model.dirtyProperty()));
        sampleText.bind(Bindings.createStringBinding(this::computeSampleText, model.datasetProperty(),
                model.sampleFromProperty(), model.sampleToProperty()));
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
        return "Sample " + a + " \u2013 " + b + " (" + (rows[1] - rows[0] + 1) + " obs." + (all ? "" : " of "
                + d.rowCount()) + ")";
    }

    /**
     * Loads the start-up data in the background. If it cannot be read the workbench stays empty and the user is
     * told why.
     */
    public void loadStartupData(String what, BackgroundWork<Dataset> reader, Path source) {
        model.lastMessageProperty().set("Loading " + what + "\u2026");
        tasks().run("Loading " + what, reader, d -> {
            model.load(d, source);
            model.lastMessageProperty().set("Loaded " + what + ": " + d.seriesNames().size() + " series, "
                    + d.rowCount() + " rows");
        }, failure -> {
            String m = Notifier.describe(failure);
            model.lastMessageProperty().set(m);
            notifier().error(m);
        });
    }

    /**
     * Imports files (dropped on the window, or chosen with File > Open / Import): read in the background, then
     * added to the data (merged on period) or replacing them, as one undoable edit. Problems are reported with
     * the file, line and column.
     */
    public void importFiles(List<Path> files, ImportMode mode) {
        if (files == null || files.isEmpty()) {
            return;
        }
        String names = describe(files);
        tasks().run("Reading " + names, r -> {
            List<Dataset> read = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                r.message(files.get(i).getFileName().toString());
                r.progress((double) i / files.size());
                read.add(reader.read(files.get(i)));
                if (r.isCancelled()) {
                    return null;
                }
            }
            Dataset combined = read.get(0);
            for (int i = 1; i < read.size(); i++) {
                combined = combined.merge(read.get(i));
            }
            return combined;
        }, d -> finishImport(d, mode, names, files.size() == 1 ? files.get(0) : null), this::reportFailure);
    }

    private void finishImport(Dataset d, ImportMode mode, String names, Path single) {
        boolean replace = mode == ImportMode.REPLACE;
        boolean wasEmpty = model.dataset().seriesNames().isEmpty();
        model.importData((replace ? "Open " : "Import ") + names, d, replace);
        if ((replace || wasEmpty) && single != null) {
            model.sourceFileProperty().set(single);
        }
        String msg = (replace ? "Opened " : "Imported ") + names + ": " + d.seriesNames().size() + " series, "
                + d.rowCount() + " rows";
        if (!d.notes().isEmpty()) {
            msg += " (" + String.join("; ", d.notes()) + ")";
        }
        model.lastMessageProperty().set(msg);
    }

    /**
     * Imports a range copied from a spreadsheet (tab-separated text, or any delimited text). Nothing happens,
     * with a message, when the clipboard holds no text.
     */
    public void pasteText(String text) {
        if (text == null || text.isBlank()) {
            notifier().error("The clipboard holds no text to paste; copy a range of cells from a spreadsheet first");
            return;
        }
        tasks().run("Reading pasted data", r -> {
            Path dir = Files.createTempDirectory("tw-paste");
            Path file = dir.resolve("pasted.txt");
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
                return reader.read(file).withName(model.dataset().seriesNames().isEmpty() ? "pasted data"
                        : model.dataset().name());
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        }, d -> finishImport(d, ImportMode.ADD, "pasted data", null), this::reportFailure);
    }

    /** Writes the current data as CSV in the background. */
    public void exportCsv(Path file) {
        Dataset d = model.dataset();
        tasks().run("Exporting " + file.getFileName(), r -> {
            CsvExport.write(d, file, r);
            return file;
        }, f -> model.lastMessageProperty().set("Exported " + d.seriesNames().size() + " series to " + f),
                this::reportFailure);
    }

    private void reportFailure(Throwable failure) {
        notifier().error(failure);
    }

    private static String describe(List<Path> files) {
        if (files.size() == 1) {
            return String.valueOf(files.get(0).getFileName());
        }
        return files.size() + " files";
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
