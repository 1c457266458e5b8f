package org.tradeworkbench.ui.workbench;

import java.io.File;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.commandlog.CommandLog;
import org.tradeworkbench.core.data.DataException;

/**
 * The Commands tab: the command-line calls equivalent to what was done in the app, in order, with Save as script
 * (replayed headless by {@code run-script}), Copy and Clear.
 */
public final class CommandsView {
    private CommandsView() {
    }

    public static Node create(WorkbenchContext ctx) {
        CommandLog log = CommandLogs.of(ctx.model());
        ObservableList<String> lines = FXCollections.observableArrayList();
        Runnable refresh = () -> lines.setAll(log.entries().stream().map(CommandLine::toString).toList());
        refresh.run();
        log.addListener(() -> {
            if (Platform.isFxApplicationThread()) {
                refresh.run();
            } else {
                Platform.runLater(refresh);
            }
        });
        ListView<String> list = new ListView<>(lines);
        list.setId("commandList");
        list.setPlaceholder(new Label("Tests you run and data you change appear here as commands."));
        list.getStyleClass().add("command-log");
        list.setStyle("-fx-font-family: monospace;");

        Button save = new Button("Save as script…");
        save.setId("saveScript");
        save.setTooltip(new Tooltip("Save the commands as a script that `trade-workbench run-script FILE` replays"));
        save.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(lines));
        save.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Save commands as a script");
            fc.setInitialFileName("commands.tws");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Command scripts (*.tws)", "*.tws"));
            File f = fc.showSaveDialog(save.getScene().getWindow());
            if (f != null) {
                try {
                    log.save(f.toPath());
                    ctx.model().lastMessageProperty().set("Saved " + log.size() + " commands to " + f.getName());
                } catch (DataException ex) {
                    ctx.notifier().error(ex.getMessage());
                }
            }
        });
        Button copy = new Button("Copy");
        copy.setId("copyScript");
        copy.setTooltip(new Tooltip("Copy the commands as script text"));
        copy.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(lines));
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(log.toScript());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        Button clear = new Button("Clear");
        clear.setId("clearCommands");
        clear.setTooltip(new Tooltip("Remove every command from the log"));
        clear.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(lines));
        clear.setOnAction(e -> log.clear());
        HBox buttons = new HBox(8, save, copy, clear);
        buttons.setPadding(new Insets(8));
        BorderPane p = new BorderPane(list);
        p.setBottom(buttons);
        return p;
    }
}
