package org.tradeworkbench.ui.main;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
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

    public MainViewModel(WorkbenchContext context) {
        this.context = context;
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
