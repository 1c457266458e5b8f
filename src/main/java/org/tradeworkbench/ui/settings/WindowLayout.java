package org.tradeworkbench.ui.settings;

import java.util.prefs.Preferences;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Remembers the main window's size, position and maximized state in the user's preferences
 * ({@code java.util.prefs}) and restores them on the next start when they still fit on a screen.
 */
public final class WindowLayout {
    private final Preferences node;

    public WindowLayout(Preferences node) {
        this.node = node;
    }

    public static WindowLayout forUser() {
        return new WindowLayout(org.tradeworkbench.core.workbench.AppPreferences.node("window"));
    }

    /** Applies the remembered layout to {@code stage} and records every later change. */
    public void restoreAndTrack(Stage stage) {
        double w = node.getDouble("width", -1);
        double h = node.getDouble("height", -1);
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        if (w > 0 && h > 0) {
            stage.setWidth(w);
            stage.setHeight(h);
        }
        if (!Double.isNaN(x) && !Double.isNaN(y) && onSomeScreen(x, y, w, h)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(node.getBoolean("maximized", false));
        ChangeListener<Number> width = (o, a, v) -> remember(stage, "width", v.doubleValue());
        ChangeListener<Number> height = (o, a, v) -> remember(stage, "height", v.doubleValue());
        ChangeListener<Number> x0 = (o, a, v) -> remember(stage, "x", v.doubleValue());
        ChangeListener<Number> y0 = (o, a, v) -> remember(stage, "y", v.doubleValue());
        ChangeListener<Boolean> maximized = (o, a, v) -> node.putBoolean("maximized", v);
        stage.widthProperty().addListener(width);
        stage.heightProperty().addListener(height);
        stage.xProperty().addListener(x0);
        stage.yProperty().addListener(y0);
        stage.maximizedProperty().addListener(maximized);
        // Once the window is closed its layout is final; a stage shown again for something else (tests reuse
        // one) must not overwrite it.
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.widthProperty().removeListener(width);
                stage.heightProperty().removeListener(height);
                stage.xProperty().removeListener(x0);
                stage.yProperty().removeListener(y0);
                stage.maximizedProperty().removeListener(maximized);
                stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
            }
        });
    }

    /**
     * Forgets the remembered layout and puts {@code stage} back at {@code width} × {@code height} (at most 92 % of
     * the screen), centred and not maximized; the new layout is remembered from then on as before.
     */
    public void reset(Stage stage, double width, double height) {
        try {
            node.clear();
        } catch (java.util.prefs.BackingStoreException e) {
            throw new IllegalStateException("the window layout could not be reset: " + e.getMessage(), e);
        }
        stage.setMaximized(false);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(width, screen.getWidth() * 0.92));
        stage.setHeight(Math.min(height, screen.getHeight() * 0.92));
        stage.centerOnScreen();
    }

    private void remember(Stage stage, String key, double v) {
        // The maximized size is not the size to come back to.
        if (!stage.isMaximized() && Double.isFinite(v)) {
            node.putDouble(key, v);
        }
    }

    private static boolean onSomeScreen(double x, double y, double w, double h) {
        Rectangle2D r = new Rectangle2D(x, y, Math.max(w, 100), Math.max(h, 100));
        for (Screen s : Screen.getScreens()) {
            if (s.getVisualBounds().intersects(r)) {
                return true;
            }
        }
        return false;
    }
}
