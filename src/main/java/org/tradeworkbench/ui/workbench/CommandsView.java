package org.tradeworkbench.ui.workbench;

import java.io.File;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.commandlog.CommandLog;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.ui.Fxml;

/**
 * The Commands tab: the command-line calls equivalent to what was done in the app, in order, with Save as script
 * (replayed headless by {@code run-script}), Copy and Clear. Layout in {@code CommandsView.fxml}.
 */
public final class CommandsView {
    @FXML
    private BorderPane root;
    @FXML
    private ListView<String> list;
    @FXML
    private Button save;
    @FXML
    private Button copy;
    @FXML
    private Button clear;

    private final WorkbenchContext ctx;
    private final CommandLog log;
    private final ObservableList<String> lines = FXCollections.observableArrayList();

    private CommandsView(WorkbenchContext ctx) {
        this.ctx = ctx;
        this.log = ctx.model().commandLog();
    }

    public static Node create(WorkbenchContext ctx) {
        return Fxml.load(new CommandsView(ctx), "CommandsView.fxml").root;
    }

    @FXML
    private void initialize() {
        Runnable refresh = () -> lines.setAll(log.entries().stream().map(CommandLine::toString).toList());
        refresh.run();
        log.addListener(() -> {
            if (Platform.isFxApplicationThread()) {
                refresh.run();
            } else {
                Platform.runLater(refresh);
            }
        });
        list.setItems(lines);
        for (Button b : new Button[] {save, copy, clear}) {
            b.disableProperty().bind(Bindings.isEmpty(lines));
        }
    }

    @FXML
    private void save() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save commands as a script");
        fc.setInitialFileName("commands.tws");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Command scripts (*.tws)", "*.tws"));
        File f = fc.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            try {
                log.save(f.toPath());
                ctx.model().lastMessageProperty().set("Saved " + log.size() + " commands to " + f.getName());
            } catch (DataException ex) {
                ctx.notifier().error(ex.getMessage());
            }
        }
    }

    @FXML
    private void copy() {
        ClipboardContent c = new ClipboardContent();
        c.putString(log.toScript());
        Clipboard.getSystemClipboard().setContent(c);
    }

    @FXML
    private void clear() {
        log.clear();
    }
}
