package org.tradeworkbench.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tradeworkbench.ui.Fxml;
import org.tradeworkbench.ui.data.VariableListView;
import org.tradeworkbench.ui.data.VariableListViewModel;
import org.tradeworkbench.ui.importing.ImportMode;
import org.tradeworkbench.ui.preferences.PreferencesView;
import org.tradeworkbench.ui.preferences.PreferencesViewModel;
import org.tradeworkbench.ui.settings.AppSettings;
import org.tradeworkbench.ui.settings.Themes;
import org.tradeworkbench.ui.settings.WindowLayout;
import org.tradeworkbench.ui.status.WorkbenchStatusBar;
import org.tradeworkbench.ui.task.FxTaskRunner;

/**
 * The main window: menu bar, variable list, the tabs from {@link TabContributions}, and the status bar. Only binds
 * to {@link MainViewModel} and forwards user gestures (menu, drop, paste) to it.
 */
public final class MainView {
    @FXML
    private BorderPane root;
    @FXML
    private StackPane variablePane;
    @FXML
    private TabPane tabs;
    @FXML
    private SplitPane split;
    /** The tabs, with the console docked below them while it is shown. */
    @FXML
    private SplitPane workArea;
    @FXML
    private MenuItem undoItem;
    @FXML
    private MenuItem redoItem;
    @FXML
    private MenuItem exportItem;
    @FXML
    private javafx.scene.control.MenuBar menuBar;
    @FXML
    private javafx.scene.control.Menu viewMenu;

    private final MainViewModel vm;
    private final FxTaskRunner tasks;
    /** The command language behind the console; empty in a build without it (the item is then disabled). */
    private final java.util.Optional<org.tradeworkbench.core.script.ScriptInterpreter> interpreter;
    private final javafx.scene.control.CheckMenuItem consoleItem = new javafx.scene.control.CheckMenuItem("Console");
    private final javafx.scene.control.CheckMenuItem consoleWindowItem =
            new javafx.scene.control.CheckMenuItem("Console in its own window");
    private org.tradeworkbench.ui.console.ConsoleViewModel consoleModel;
    private org.tradeworkbench.ui.console.ConsoleView console;
    private org.tradeworkbench.ui.console.ConsolePlacement consolePlacement;
    private VariableListView variableList;
    private org.tradeworkbench.ui.workbench.WorkbenchFiles workbenchFiles;
    private org.tradeworkbench.ui.manual.ManualView manual;

    private MainView(MainViewModel vm, FxTaskRunner tasks,
            java.util.Optional<org.tradeworkbench.core.script.ScriptInterpreter> interpreter) {
        this.vm = vm;
        this.tasks = tasks;
        this.interpreter = interpreter;
    }

    /**
     * Loads the FXML and binds it to the view model; {@code interpreter} runs the console's lines (the app finds
     * the command line's, which {@code ui} cannot name).
     */
    public static MainView load(MainViewModel vm, FxTaskRunner tasks,
            java.util.Optional<org.tradeworkbench.core.script.ScriptInterpreter> interpreter) {
        MainView view = new MainView(vm, tasks, interpreter);
        Fxml.load(view, "MainView.fxml");
        return view;
    }

    public Parent root() {
        return root;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** The menu bar (for the keyboard shortcut list and tests). */
    public javafx.scene.control.MenuBar menuBar() {
        return menuBar;
    }

    public VariableListView variableList() {
        return variableList;
    }

    @FXML
    private void initialize() {
        vm.context().settings().applyTheme();
        variableList = VariableListView.load(new VariableListViewModel(vm.model(), vm.context().notifier()));
        variablePane.getChildren().setAll(variableList.root());
        for (WorkbenchTab t : TabContributions.tabs()) {
            Tab tab = new Tab(t.title());
            tab.setId("tab-" + t.id());
            tab.setGraphic(helpButton(t));
            tabs.getTabs().add(tab);
            addViewItem(tab, t, tabs.getTabs().size());
            // Built when first shown, so start-up only pays for the Data tab.
            Runnable build = () -> {
                if (tab.getContent() == null) {
                    tab.setContent(buildContent(t));
                }
            };
            tab.selectedProperty().addListener((o, a, selected) -> {
                if (selected) {
                    build.run();
                }
            });
            if (tab.isSelected()) {
                build.run();
            }
        }
        addConsoleItem();
        root.setBottom(WorkbenchStatusBar.create(vm.model(), vm.sampleTextProperty(), tasks));
        workbenchFiles = org.tradeworkbench.ui.workbench.WorkbenchFiles.install(root, tabs, vm.context(),
                () -> ExportAllAction.ask(vm.context(), root.getScene() == null ? null : root.getScene().getWindow(),
                        tabs));
        vm.setDiscardConfirmation(this::confirmReplace);

        var undo = vm.model().undoManager();
        undoItem.disableProperty().bind(undo.canUndoProperty().not());
        redoItem.disableProperty().bind(undo.canRedoProperty().not());
        undoItem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> undo.undoNameProperty().get().isEmpty() ? "Undo" : "Undo " + undo.undoNameProperty().get(),
                undo.undoNameProperty()));
        redoItem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> undo.redoNameProperty().get().isEmpty() ? "Redo" : "Redo " + undo.redoNameProperty().get(),
                undo.redoNameProperty()));

        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, this::pasteShortcut);
        root.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        root.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles()) {
                List<Path> files = new ArrayList<>();
                for (File f : e.getDragboard().getFiles()) {
                    files.add(f.toPath());
                }
                e.setDropCompleted(true);
                e.consume();
                // The preview dialog waits for the user; let the drop gesture finish first.
                javafx.application.Platform.runLater(() -> vm.importFiles(files, ImportMode.ADD));
            }
        });
    }

    /** View ▸ <tab>: shows the tab; the first nine tabs also with Ctrl+1 … Ctrl+9. */
    private void addViewItem(Tab tab, WorkbenchTab t, int number) {
        MenuItem item = new MenuItem(t.title());
        item.setId("menuTab-" + t.id());
        item.setMnemonicParsing(false);
        if (number <= 9) {
            item.setAccelerator(new javafx.scene.input.KeyCodeCombination(
                    javafx.scene.input.KeyCode.getKeyCode(Integer.toString(number)),
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        }
        item.setOnAction(e -> tabs.getSelectionModel().select(tab));
        viewMenu.getItems().add(item);
    }

    /**
     * View ▸ Console (Ctrl+L) shows or hides the command console, below the tabs or in its own window as last
     * chosen; View ▸ Console in its own window (Ctrl+Shift+L) moves it between the two.
     */
    private void addConsoleItem() {
        consoleItem.setId("menuConsole");
        consoleItem.setAccelerator(org.tradeworkbench.ui.console.ConsolePlacement.SHOW);
        consoleWindowItem.setId("menuConsoleWindow");
        consoleWindowItem.setAccelerator(org.tradeworkbench.ui.console.ConsolePlacement.DETACH);
        viewMenu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), consoleItem, consoleWindowItem);
        if (interpreter.isEmpty()) {
            consoleItem.setText("Console (not in this build)");
            consoleItem.setDisable(true);
            consoleWindowItem.setDisable(true);
            return;
        }
        consoleModel = new org.tradeworkbench.ui.console.ConsoleViewModel(vm.model(), vm.context().tasks(),
                interpreter.orElseThrow(), vm.context().settings());
        consoleItem.selectedProperty().bindBidirectional(consoleModel.shownProperty());
        consoleWindowItem.setSelected(consoleModel.detachedProperty().get());
        consoleModel.detachedProperty().addListener((o, was, now) -> consoleWindowItem.setSelected(now));
        consoleWindowItem.setOnAction(e -> consoleModel.setDetached(consoleWindowItem.isSelected()));
        // The nodes are built when the console is first shown.
        consoleModel.shownProperty().addListener((o, was, shown) -> {
            if (shown && console == null) {
                console = org.tradeworkbench.ui.console.ConsoleView.create(consoleModel);
                consolePlacement = org.tradeworkbench.ui.console.ConsolePlacement.install(console, workArea,
                        new org.tradeworkbench.ui.settings.WindowLayout(
                                org.tradeworkbench.core.workbench.AppPreferences.node("console-window")));
            }
        });
    }

    /** Shows or hides the console, as View ▸ Console does; shown, its input line has the focus. */
    public void setConsoleShown(boolean shown) {
        if (consoleModel != null) {
            consoleModel.shownProperty().set(shown);
        }
    }

    /** The console, once View ▸ Console first showed it (for tests). */
    public java.util.Optional<org.tradeworkbench.ui.console.ConsoleView> console() {
        return java.util.Optional.ofNullable(console);
    }

    /** The console's own window while it is detached and shown (for tests). */
    public java.util.Optional<javafx.stage.Stage> consoleWindow() {
        return consolePlacement == null ? java.util.Optional.empty() : consolePlacement.window();
    }

    /** True while the console is on screen, below the tabs or in its own window. */
    public boolean isConsoleShown() {
        return consolePlacement != null && (consolePlacement.isDocked() || consolePlacement.window().isPresent());
    }

    /** True while the console is below the tabs. */
    public boolean isConsoleDocked() {
        return consolePlacement != null && consolePlacement.isDocked();
    }

    /** Ctrl+V outside a text field pastes a copied spreadsheet range as data. */
    private void pasteShortcut(javafx.scene.input.KeyEvent e) {
        if (PASTE.match(e) && !(root.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
            e.consume();
            pasteData();
        }
    }

    private static final javafx.scene.input.KeyCombination PASTE = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.V, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    private Node buildContent(WorkbenchTab t) {
        try {
            return t.content().apply(vm.context());
        } catch (RuntimeException e) {
            vm.context().notifier().error("The " + t.title() + " tab could not be opened: "
                    + org.tradeworkbench.ui.workbench.Notifier.describe(e));
            return TabContributions.notYetAvailable(t.title());
        }
    }

    /**
     * Asks before closing when there are unsaved changes: save them (to the current workbench file, or one the
     * user chooses), discard them, or stay. True when the window may close; after Save only when the save
     * happened.
     */
    /** Asks before a Replace throws unsaved changes away, as closing the window does. */
    private boolean confirmReplace() {
        return workbenchFiles.saveOrDiscardChanges("Replace the data?",
                "Save them as a workbench before the new data replace them?", "Save and replace",
                "Replace without saving");
    }

    public boolean confirmClose() {
        return !vm.closeNeedsConfirmation() || workbenchFiles.saveOrDiscardChanges("Close Trade Workbench?",
                "Save them as a workbench before closing?", "Save and close", "Close without saving");
    }

    /** The File menu's workbench commands (open, save, recent, export all). */
    public org.tradeworkbench.ui.workbench.WorkbenchFiles workbenchFiles() {
        return workbenchFiles;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @FXML
    private void open() {
        chooseFiles("Open data (replaces the current data)", ImportMode.REPLACE);
    }

    @FXML
    private void importAdd() {
        chooseFiles("Import data (merged with the current data on period)", ImportMode.ADD);
    }

    private void chooseFiles(String title, ImportMode mode) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Data files (*.csv, *.txt, *.tsv, *.xlsx, *.xls, Census *.json)",
                        "*.csv", "*.txt", "*.tsv", "*.xlsx", "*.xlsm", "*.xls", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        Path last = vm.model().sourceFileProperty().get();
        if (last != null && last.getParent() != null && last.getParent().toFile().isDirectory()) {
            fc.setInitialDirectory(last.getParent().toFile());
        }
        List<File> files = fc.showOpenMultipleDialog(window());
        if (files != null && !files.isEmpty()) {
            vm.importFiles(files.stream().map(File::toPath).toList(), mode);
        }
    }

    @FXML
    private void getDataOnline() {
        var vm2 = new org.tradeworkbench.ui.online.OnlineDataViewModel(vm.model(), vm.context().tasks(),
                (key, offline) -> org.tradeworkbench.core.fetch.FetchRequest.Settings.standard(
                        org.tradeworkbench.core.fetch.Http.standard(offline), key),
                vm.context().settings());
        org.tradeworkbench.ui.online.OnlineDataDialog.show(vm2, window());
    }

    @FXML
    private void pasteData() {
        Clipboard cb = Clipboard.getSystemClipboard();
        vm.pasteText(cb.hasString() ? cb.getString() : null);
    }

    @FXML
    private void exportData() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export data as CSV");
        fc.setInitialFileName(vm.model().dataset().name() + ".csv");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        vm.context().settings().exportFolder().ifPresent(p -> fc.setInitialDirectory(p.toFile()));
        File f = fc.showSaveDialog(window());
        if (f != null) {
            vm.context().settings().rememberExportFolder(f.toPath().toAbsolutePath().getParent());
            vm.exportCsv(f.toPath());
        }
    }

    @FXML
    private void exit() {
        if (window() instanceof Stage s && confirmClose()) {
            s.close();
        }
    }

    @FXML
    private void undo() {
        vm.undo();
    }

    @FXML
    private void redo() {
        vm.redo();
    }

    /** Window size after Edit ▸ Preferences ▸ Reset window layout (the size the app first opens at). */
    private static final double DEFAULT_WIDTH = 1400;
    private static final double DEFAULT_HEIGHT = 880;

    @FXML
    private void preferences() {
        Runnable resetLayout = () -> {
            if (window() instanceof Stage s) {
                WindowLayout.forUser().reset(s, DEFAULT_WIDTH, DEFAULT_HEIGHT);
            }
        };
        PreferencesView.load(new PreferencesViewModel(vm.context().settings(), resetLayout)).showAndWait(window());
    }

    /** A "?" in the tab's header that opens the tab's manual page. */
    private javafx.scene.control.Button helpButton(WorkbenchTab t) {
        javafx.scene.control.Button help = new javafx.scene.control.Button("?");
        help.setId("help-" + t.id());
        help.getStyleClass().addAll("flat", "small");
        help.setFocusTraversable(false);
        org.tradeworkbench.core.manual.ManualPages.Page page = org.tradeworkbench.core.manual.ManualPages.forTab(t.id());
        help.setTooltip(new javafx.scene.control.Tooltip("Manual: " + page.title() + " (F1 for the whole manual)"));
        help.setOnAction(e -> showManual(page.id()));
        return help;
    }

    /** Opens the manual (one window, built on first use) at {@code pageId}. */
    public void showManual(String pageId) {
        if (manual == null) {
            manual = org.tradeworkbench.ui.manual.ManualView.create(new org.tradeworkbench.ui.manual.ManualViewModel(
                    org.tradeworkbench.core.manual.ManualPages::text), window(),
                    getClass().getResource("workbench.css").toExternalForm());
        }
        manual.show(pageId);
    }

    @FXML
    private void manual() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        showManual(selected == null ? "desktop"
                : org.tradeworkbench.core.manual.ManualPages.forTab(selected.getId().replace("tab-", "")).id());
    }

    @FXML
    private void keyboardShortcuts() {
        ShortcutsDialog.show(window(), MenuCommands.of(menuBar),
                getClass().getResource("workbench.css").toExternalForm());
    }

    @FXML
    private void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, vm.aboutText(), ButtonType.OK);
        a.initOwner(window());
        a.setTitle("About");
        a.setHeaderText(MainViewModel.APP_NAME);
        a.show();
    }
}
