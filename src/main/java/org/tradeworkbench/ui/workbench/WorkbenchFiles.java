package org.tradeworkbench.ui.workbench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.workbench.Autosaver;
import org.tradeworkbench.core.workbench.RecentFiles;
import org.tradeworkbench.core.workbench.RecoveryFiles;
import org.tradeworkbench.core.workbench.WorkbenchFile;
import org.tradeworkbench.core.workbench.WorkbenchStore;
import org.tradeworkbench.ui.settings.WindowLayout;

/**
 * Workbench files in the main window: File ▸ Open workbench / Save workbench / Save workbench as / Recent
 * workbenches / Export all, autosave to a recovery file every few minutes and, after a crash, the offer to
 * restore it; the window's size and position are remembered. Installed by the main view with one call.
 */
public final class WorkbenchFiles {
    /** How often the session is autosaved to its recovery file (when it changed). */
    public static final Duration AUTOSAVE_EVERY = Duration.ofMinutes(2);

    private final BorderPane root;
    private final TabPane tabs;
    private final WorkbenchContext ctx;
    private final RecentFiles recent = RecentFiles.forUser();
    private final Menu recentMenu = new Menu("Recent _workbenches");
    private Path current;
    private RecoveryFiles.Session session;
    private Autosaver autosaver;

    private final Runnable exportAll;

    private WorkbenchFiles(BorderPane root, TabPane tabs, WorkbenchContext ctx, Runnable exportAll) {
        this.root = root;
        this.tabs = tabs;
        this.ctx = ctx;
        this.exportAll = exportAll;
    }

    /**
     * Adds the menu items to the window's File menu and starts autosave and recovery; {@code exportAll} is the
     * shell's File ▸ Export all.
     */
    public static WorkbenchFiles install(BorderPane root, TabPane tabs, WorkbenchContext ctx, Runnable exportAll) {
        WorkbenchFiles f = new WorkbenchFiles(root, tabs, ctx, exportAll);
        f.addMenuItems();
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o2, w0, w) -> {
                    if (w instanceof Stage stage) {
                        WindowLayout.forUser().restoreAndTrack(stage);
                        javafx.event.EventHandler<WindowEvent> shown = e -> f.startRecovery();
                        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown);
                        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, new javafx.event.EventHandler<>() {
                            @Override
                            public void handle(WindowEvent e) {
                                f.cleanExit();
                                // A stage shown again later (tests reuse one) must not restart this session.
                                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, shown);
                                stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
                            }
                        });
                    }
                });
            }
        });
        return f;
    }

    private void addMenuItems() {
        if (!(root.getTop() instanceof MenuBar bar) || bar.getMenus().isEmpty()) {
            throw new IllegalStateException("the main window has no File menu");
        }
        Menu file = bar.getMenus().get(0);
        MenuItem open = item("Open _workbench…", "menuOpenWorkbench", KeyCode.O, true, this::openChosen);
        MenuItem save = item("_Save workbench", "menuSaveWorkbench", KeyCode.S, false, this::save);
        MenuItem saveAs = item("Save workbench _as…", "menuSaveWorkbenchAs", KeyCode.S, true, this::saveAs);
        MenuItem exportAll = item("Export _all figures and tables…", "menuExportAll", KeyCode.E, true, this::exportAll);
        recentMenu.setId("menuRecentWorkbenches");
        // Its entries are files, not commands: no keyboard shortcuts expected (see MenuCommands).
        recentMenu.getStyleClass().add("document-list");
        file.setOnShowing(e -> fillRecent());
        fillRecent();
        // After the data items, before Exit.
        int at = Math.max(0, file.getItems().size() - 2);
        file.getItems().addAll(at, List.of(new SeparatorMenuItem(), open, recentMenu, save, saveAs, exportAll));
    }

    private static MenuItem item(String text, String id, KeyCode key, boolean shift, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        // Without Shift the key must be pressed without it, so Ctrl+S and Ctrl+Shift+S stay apart.
        m.setAccelerator(shift ? new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                : new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        m.setOnAction(e -> action.run());
        return m;
    }

    private void fillRecent() {
        List<MenuItem> items = new ArrayList<>();
        for (Path p : recent.list()) {
            MenuItem m = new MenuItem(p.getFileName() + "  (" + p.getParent() + ")");
            m.setMnemonicParsing(false);
            m.setOnAction(e -> open(p));
            items.add(m);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("(none yet)");
            none.setDisable(true);
            items.add(none);
        }
        recentMenu.getItems().setAll(items);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private String selectedTab() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t == null || t.getId() == null ? null : t.getId().replaceFirst("^tab-", "");
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Trade Workbench files (*"
                + WorkbenchFile.EXTENSION + ")", "*" + WorkbenchFile.EXTENSION));
        Path dir = current != null ? current.getParent() : recent.list().stream().findFirst().map(Path::getParent)
                .orElse(null);
        if (dir != null && dir.toFile().isDirectory()) {
            fc.setInitialDirectory(dir.toFile());
        }
        return fc;
    }

    private void openChosen() {
        File f = chooser("Open workbench").showOpenDialog(window());
        if (f != null) {
            open(f.toPath());
        }
    }

    /** Opens a workbench file in place of the current session (asks first when there are unsaved changes). */
    public void open(Path file) {
        if (ctx.model().isDirty() && !confirmDiscard()) {
            return;
        }
        try {
            restore(WorkbenchStore.open(file), file);
            current = file;
            recent.add(file);
            ctx.notifier().info("Opened workbench " + file.getFileName());
        } catch (DataException e) {
            ctx.notifier().error(e.getMessage());
        }
    }

    private void restore(WorkbenchFile wb, Path file) {
        WorkbenchSnapshot.restore(ctx.model(), wb, file);
        Object tab = wb.view().get("tab");
        if (tab instanceof String id) {
            for (Tab t : tabs.getTabs()) {
                if (("tab-" + id).equals(t.getId())) {
                    tabs.getSelectionModel().select(t);
                }
            }
        }
    }

    /** Asks what to do with unsaved changes before opening another workbench; true when it may be opened. */
    private boolean confirmDiscard() {
        return saveOrDiscardChanges("Open another workbench?", "Save them as a workbench first?", "Save and open",
                "Discard changes");
    }

    /**
     * Asks what to do with unsaved changes: save them (to the current workbench file, or one the user chooses),
     * discard them, or stay. Save is the default answer. True when the caller may go on; after Save only when the
     * save happened.
     */
    public boolean saveOrDiscardChanges(String header, String question, String saveAnswer, String discardAnswer) {
        ButtonType save = new ButtonType(saveAnswer, ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(discardAnswer, ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION,
                "The data have changes that were not saved. " + question, save, discard, stay);
        a.initOwner(window());
        a.setTitle("Unsaved changes");
        a.setHeaderText(header);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(save)).setDefaultButton(true);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ButtonType chosen = a.showAndWait().orElse(stay);
        if (chosen == save) {
            save();
            return !ctx.model().isDirty();
        }
        return chosen == discard;
    }

    /** Saves to the current workbench file, or asks for one. */
    public void save() {
        if (current == null) {
            saveAs();
        } else {
            saveTo(current);
        }
    }

    public void saveAs() {
        FileChooser fc = chooser("Save workbench as");
        fc.setInitialFileName((current != null ? current.getFileName().toString()
                : ctx.model().dataset().name() + WorkbenchFile.EXTENSION));
        File f = fc.showSaveDialog(window());
        if (f != null) {
            saveTo(WorkbenchStore.withExtension(f.toPath()));
        }
    }

    private void saveTo(Path file) {
        try {
            WorkbenchStore.save(WorkbenchSnapshot.capture(ctx.model(), selectedTab()), file);
            current = file;
            ctx.model().markSaved(file);
            recent.add(file);
            ctx.notifier().info("Saved workbench " + file.getFileName());
        } catch (DataException e) {
            ctx.notifier().error(e.getMessage());
        }
    }

    /** Every figure and every panel's tables into a folder with an index page. */
    private void exportAll() {
        exportAll.run();
    }

    // ---- autosave and recovery ------------------------------------------------------------------------

    private void startRecovery() {
        if (session != null) {
            return;
        }
        RecoveryFiles files = RecoveryFiles.inUserHome();
        Optional<RecoveryFiles.LeftOver> left;
        try {
            left = files.newestLeftOver();
            session = files.start();
        } catch (IOException e) {
            ctx.notifier().error("Autosave is off: cannot use " + files.folder() + " (" + e.getMessage() + ")");
            return;
        }
        autosaver = new Autosaver(this::snapshotOnFxThread, session::save,
                e -> Platform.runLater(() -> ctx.notifier().error("Autosave failed: " + Notifier.describe(e))));
        autosaver.start(AUTOSAVE_EVERY);
        left.ifPresent(l -> offerRecovery(files, l));
    }

    private WorkbenchFile snapshotOnFxThread() {
        CompletableFuture<WorkbenchFile> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(ctx.model().dataset().rowCount() == 0 ? null
                        : WorkbenchSnapshot.capture(ctx.model(), selectedTab()));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not read the session for autosave", e);
        }
    }

    /** Non-modal, so that nothing waits on it. */
    private void offerRecovery(RecoveryFiles files, RecoveryFiles.LeftOver l) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Trade Workbench did not close normally last time. "
                + "Its autosaved workbench from " + l.savedAt() + " can be restored.", restore, discard);
        a.initOwner(window());
        a.setTitle("Recover workbench");
        a.setHeaderText("Restore the autosaved workbench?");
        a.resultProperty().addListener((o, was, choice) -> {
            try {
                if (choice == restore) {
                    restore(WorkbenchStore.open(l.file()), null);
                    ctx.notifier().info("Restored the autosaved workbench; save it to keep it");
                }
                files.discard(l);
            } catch (DataException | IOException e) {
                ctx.notifier().error("The autosaved workbench could not be restored: " + Notifier.describe(e));
            }
        });
        a.show();
    }

    private void cleanExit() {
        if (autosaver != null) {
            autosaver.close();
        }
        if (session != null) {
            try {
                session.close();
            } catch (IOException e) {
                // Exiting: the left-over file will be offered next time, which is the safe side.
            }
            session = null;
        }
    }
}
