package org.tradeworkbench.ui.console;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.tradeworkbench.ui.settings.WindowLayout;

/**
 * Puts the one console view where its view model says: docked as the lower part of the main window's work area,
 * or alone in a window of its own, or nowhere while it is hidden. Moving it moves the same nodes, so the
 * transcript, the history, the line being typed and a running line stay as they are.
 *
 * <p>Closing the console's window hides the console and leaves it detached (View ▸ Console opens the window
 * again); Dock puts it back below the tabs. The window closes with the main window. Its size and position are
 * remembered like the main window's.
 */
public final class ConsolePlacement {
    /** View ▸ Console: show or hide. */
    public static final KeyCombination SHOW = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    /** View ▸ Console in its own window: detach or dock. */
    public static final KeyCombination DETACH = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final double WINDOW_WIDTH = 900;
    static final double WINDOW_HEIGHT = 560;

    private final ConsoleView view;
    private final ConsoleViewModel vm;
    private final SplitPane dock;
    private final WindowLayout layout;
    private Stage window;
    private Window owner;

    private ConsolePlacement(ConsoleView view, SplitPane dock, WindowLayout layout) {
        this.view = view;
        this.vm = view.viewModel();
        this.dock = dock;
        this.layout = layout;
    }

    /**
     * Places {@code view} now and after each change of its view model's shown and detached states; {@code dock}
     * is the split pane whose second item it is while docked.
     */
    public static ConsolePlacement install(ConsoleView view, SplitPane dock, WindowLayout layout) {
        ConsolePlacement p = new ConsolePlacement(view, dock, layout);
        p.vm.shownProperty().addListener((o, was, now) -> p.place());
        p.vm.detachedProperty().addListener((o, was, now) -> p.place());
        p.place();
        return p;
    }

    /** True while the console is below the tabs. */
    public boolean isDocked() {
        return dock.getItems().contains(view.root());
    }

    /** The console's own window while it is showing. */
    public java.util.Optional<Stage> window() {
        return window != null && window.isShowing() ? java.util.Optional.of(window) : java.util.Optional.empty();
    }

    private void place() {
        boolean shown = vm.shownProperty().get();
        boolean detached = vm.detachedProperty().get();
        if (!shown || detached) {
            dock.getItems().remove(view.root());
        }
        if (window != null && (!shown || !detached)) {
            window.hide();
            // The nodes may go below the tabs now; a node is in one scene at a time.
            window.getScene().setRoot(new Region());
        }
        if (!shown) {
            return;
        }
        if (detached) {
            showWindow();
        } else if (!isDocked()) {
            dock.getItems().add(view.root());
            dock.setDividerPositions(0.6);
            // Docked from its window, which just closed: the keys go to the main window, where the console is.
            if (dock.getScene() != null && dock.getScene().getWindow() != null) {
                dock.getScene().getWindow().requestFocus();
            }
        }
        Platform.runLater(view::focusInput);
    }

    private void showWindow() {
        if (window == null) {
            window = new Stage();
            window.setTitle("Console — Trade Workbench");
            window.setMinWidth(360);
            window.setMinHeight(220);
            window.setScene(new Scene(new Region(), WINDOW_WIDTH, WINDOW_HEIGHT));
            window.getScene().getAccelerators().put(SHOW, vm::hide);
            window.getScene().getAccelerators().put(DETACH, vm::toggleDetached);
            // Closing the window hides the console; it stays detached, so View ▸ Console opens the window again.
            window.setOnCloseRequest(e -> vm.hide());
        }
        watchOwner();
        window.getScene().setRoot((javafx.scene.Parent) view.root());
        if (!window.isShowing()) {
            layout.restoreAndTrack(window);
            window.show();
        }
        window.toFront();
    }

    /** The console's window closes when the main window does (it is not owned, so it may go behind it). */
    private void watchOwner() {
        Window main = dock.getScene() == null ? null : dock.getScene().getWindow();
        if (main == null || main == owner) {
            return;
        }
        owner = main;
        main.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            if (window != null && e.getTarget() == main) {
                window.hide();
            }
        });
    }
}
