package org.tradeworkbench.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.tradeworkbench.core.workbench.UserPreferences.Theme;

/**
 * Puts the chosen theme on every window: AtlantaFX's Primer Light or Primer Dark as the application's user-agent
 * stylesheet, our colours ({@code theme.css}) on each scene, and the style class {@code theme-dark} on each scene's
 * root so that those looked-up colours switch with the theme. Windows opened later (dialogs) get the class as they appear. Exports do not follow the
 * theme: {@link #EXPORT_STYLESHEET} is set on their off-screen scenes, so figures and tables leave on white paper.
 */
public final class Themes {
    public static final String DARK_CLASS = "theme-dark";
    /** Our looked-up colours for both themes; every window's scene gets it (dialogs and popups too). */
    public static final String COLOURS = Themes.class.getResource("theme.css").toExternalForm();
    /** The user-agent stylesheet of exported images, whatever the theme on screen (see the render layer's). */
    public static final String EXPORT_STYLESHEET = org.tradeworkbench.render.ImageExport.EXPORT_STYLESHEET;

    private boolean tracking;

    /**
     * Applies the saved theme of {@code settings} now and follows every later change of it ({@link
     * AppSettings#applyTheme()} makes one per settings). On the FX thread, or before the first window exists (the
     * app builds its view on JavaFX's launcher thread, see {@code WorkbenchApp.init}).
     *
     * <p>The app does this before it creates its first control: JavaFX's {@code Control} loads its own default
     * stylesheet (Modena) when no user-agent stylesheet is set yet, which at start-up would be read and indexed
     * only to be replaced by the theme a moment later.
     */
    Themes(AppSettings settings) {
        apply(settings.themeProperty().get());
        settings.themeProperty().addListener((o, a, t) -> apply(t));
    }

    /** Switches the open windows and every later one to {@code theme}. FX thread. */
    private void apply(Theme theme) {
        Application.setUserAgentStylesheet(stylesheet(theme));
        if (!tracking) {
            tracking = true;
            Window.getWindows().addListener((ListChangeListener<Window>) c -> {
                while (c.next()) {
                    c.getAddedSubList().forEach(Themes::track);
                }
            });
        }
        Window.getWindows().forEach(Themes::track);
    }

    /** The user-agent stylesheet of a theme. */
    public static String stylesheet(Theme theme) {
        return theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
    }

    /** Keeps an off-screen scene (an export) on the light export look. */
    public static void forExport(Scene scene) {
        scene.setUserAgentStylesheet(EXPORT_STYLESHEET);
    }

    private static void track(Window w) {
        mark(w.getScene());
        if (w.getProperties().putIfAbsent(Themes.class, Boolean.TRUE) == null) {
            w.sceneProperty().addListener((o, a, s) -> mark(s));
        }
    }

    private static void mark(Scene s) {
        if (s == null) {
            return;
        }
        if (!s.getStylesheets().contains(COLOURS)) {
            s.getStylesheets().add(0, COLOURS);
        }
        mark(s.getRoot());
        if (s.getProperties().putIfAbsent(Themes.class, Boolean.TRUE) == null) {
            s.rootProperty().addListener((o, a, r) -> mark(r));
        }
    }

    /** Marks one root (also for a scene made before it is shown, e.g. a dialog pane). */
    public static void mark(Parent root) {
        if (root == null) {
            return;
        }
        root.getStyleClass().remove(DARK_CLASS);
        // The application's user-agent stylesheet is the one place the theme on screen is kept.
        if (stylesheet(Theme.DARK).equals(Application.getUserAgentStylesheet())) {
            root.getStyleClass().add(DARK_CLASS);
        }
    }
}
