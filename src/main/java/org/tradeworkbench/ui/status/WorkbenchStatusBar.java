package org.tradeworkbench.ui.status;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;
import org.tradeworkbench.ui.task.FxTaskRunner;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The status bar: the sample range on the left, the last message in the middle, and the running task with its
 * progress and a cancel button on the right (shown only while something runs).
 */
public final class WorkbenchStatusBar {
    private WorkbenchStatusBar() {
    }

    public static StatusBar create(WorkbenchModel model, ObservableStringValue sampleText, FxTaskRunner tasks) {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.getStyleClass().add("workbench-status");
        bar.textProperty().bind(model.lastMessageProperty());

        Label sample = new Label();
        sample.setId("sampleStatus");
        sample.getStyleClass().add("sample-status");
        sample.textProperty().bind(sampleText);
        sample.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        bar.getLeftItems().addAll(sample, new Separator(javafx.geometry.Orientation.VERTICAL));

        Label task = new Label();
        task.setId("taskStatus");
        task.setMaxWidth(360);
        task.textProperty().bind(Bindings.createStringBinding(() -> {
            String t = tasks.runningTitleProperty().get();
            String m = tasks.messageProperty().get();
            int n = tasks.runningCountProperty().get();
            String more = n > 1 ? " (+" + (n - 1) + " more)" : "";
            return t.isEmpty() ? "" : t + (m.isEmpty() ? "" : ": " + m) + more + "\u2026";
        }, tasks.runningTitleProperty(), tasks.messageProperty(), tasks.runningCountProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setId("taskProgress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(tasks.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelTask");
        cancel.setTooltip(new Tooltip("Stop the running computation"));
        cancel.setOnAction(e -> tasks.cancelAll());
        for (javafx.scene.Node n : new javafx.scene.Node[] {task, progress, cancel}) {
            n.visibleProperty().bind(tasks.busyProperty());
            n.managedProperty().bind(tasks.busyProperty());
        }
        bar.getRightItems().addAll(task, progress, cancel);
        return bar;
    }
}
