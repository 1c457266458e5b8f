package org.tradeworkbench.ui.status;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.tradeworkbench.ui.Fxml;
import org.tradeworkbench.ui.task.FxTaskRunner;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The status bar: the sample range on the left, the last message (styled by its {@link Severity}) in the middle,
 * and the running task with its progress and a cancel button on the right (shown only while something runs).
 * Layout in {@code WorkbenchStatusBar.fxml}; this class only binds.
 */
public final class WorkbenchStatusBar {
    @FXML
    private HBox bar;
    @FXML
    private Label message;
    @FXML
    private Label sample;
    @FXML
    private Label task;
    @FXML
    private ProgressBar progress;
    @FXML
    private Button cancel;

    private final WorkbenchModel model;
    private final ObservableStringValue sampleText;
    private final FxTaskRunner tasks;

    private WorkbenchStatusBar(WorkbenchModel model, ObservableStringValue sampleText, FxTaskRunner tasks) {
        this.model = model;
        this.sampleText = sampleText;
        this.tasks = tasks;
    }

    public static HBox create(WorkbenchModel model, ObservableStringValue sampleText, FxTaskRunner tasks) {
        return Fxml.load(new WorkbenchStatusBar(model, sampleText, tasks), "WorkbenchStatusBar.fxml").bar;
    }

    @FXML
    private void initialize() {
        MessageLabel.bind(message, model.lastMessageProperty(), Bindings.createObjectBinding(
                () -> model.lastMessageErrorProperty().get() ? Severity.ERROR : Severity.HINT,
                model.lastMessageErrorProperty()));
        sample.textProperty().bind(sampleText);
        task.textProperty().bind(Bindings.createStringBinding(() -> {
            String t = tasks.runningTitleProperty().get();
            String m = tasks.messageProperty().get();
            int n = tasks.runningCountProperty().get();
            String more = n > 1 ? " (+" + (n - 1) + " more)" : "";
            return t.isEmpty() ? "" : t + (m.isEmpty() ? "" : ": " + m) + more + "\u2026";
        }, tasks.runningTitleProperty(), tasks.messageProperty(), tasks.runningCountProperty()));
        progress.progressProperty().bind(tasks.progressProperty());
        for (Node n : new Node[] {task, progress, cancel}) {
            n.visibleProperty().bind(tasks.busyProperty());
            n.managedProperty().bind(tasks.busyProperty());
        }
    }

    @FXML
    private void cancel() {
        tasks.cancelAll();
    }
}
