package org.tradeworkbench.ui.main;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts: every menu command with its shortcut, generated from the menu bar. */
final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    /** The table of commands (also used by tests). */
    static TableView<MenuCommands.Command> table(List<MenuCommands.Command> commands) {
        TableView<MenuCommands.Command> t = new TableView<>(FXCollections.observableArrayList(commands));
        t.setId("shortcutsTable");
        t.getColumns().add(column("Menu", 120, MenuCommands.Command::menuPath));
        t.getColumns().add(column("Command", 280, MenuCommands.Command::text));
        t.getColumns().add(column("Shortcut", 130, MenuCommands.Command::shortcutText));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPrefSize(600, Math.min(620, 40 + 34 * commands.size()));
        return t;
    }

    private static TableColumn<MenuCommands.Command, String> column(String title, double width,
            java.util.function.Function<MenuCommands.Command, String> value) {
        TableColumn<MenuCommands.Command, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        return c;
    }

    static void show(Window owner, List<MenuCommands.Command> commands, String stylesheet) {
        Alert a = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts of the menu commands");
        a.getDialogPane().getStylesheets().add(stylesheet);
        a.getDialogPane().setContent(table(commands));
        a.getDialogPane().setId("shortcutsDialog");
        a.setResizable(true);
        a.show();
    }
}
