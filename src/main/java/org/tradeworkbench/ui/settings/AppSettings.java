package org.tradeworkbench.ui.settings;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tradeworkbench.core.workbench.UserPreferences;
import org.tradeworkbench.core.workbench.UserPreferences.Theme;

/**
 * The user's settings as observable properties, so that the open window follows a change at once (theme, decimals
 * in the grid and the results tables) and export dialogs start from them. Every change is written through to
 * {@link UserPreferences}. The app makes one and passes it in its workbench context; tests make their own on a
 * test node.
 */
public final class AppSettings {
    private final UserPreferences store;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final IntegerProperty decimals = new SimpleIntegerProperty(this, "decimals");
    private final DoubleProperty exportScale = new SimpleDoubleProperty(this, "exportScale");
    private final ObjectProperty<Path> exportFolder = new SimpleObjectProperty<>(this, "exportFolder");
    private final StringProperty censusKey = new SimpleStringProperty(this, "censusKey", "");
    private final BooleanProperty consoleDetached = new SimpleBooleanProperty(this, "consoleDetached");

    public AppSettings(UserPreferences store) {
        this.store = store;
        load();
        theme.addListener((o, a, t) -> store.setTheme(t));
        decimals.addListener((o, a, d) -> store.setDecimals(d.intValue()));
        exportScale.addListener((o, a, s) -> store.setExportScale(s.doubleValue()));
        exportFolder.addListener((o, a, f) -> store.setExportFolder(f));
        censusKey.addListener((o, a, k) -> store.setCensusKey(k));
        consoleDetached.addListener((o, a, d) -> store.setConsoleDetached(d));
    }

    /** The settings kept in the user's preferences. */
    public static AppSettings forUser() {
        return new AppSettings(UserPreferences.forUser());
    }

    private Themes themes;

    /**
     * Puts the theme of these settings on every window now and after each change; a second call does nothing. On
     * the FX thread, or before the first window exists (see {@link Themes}).
     */
    public void applyTheme() {
        if (themes == null) {
            themes = new Themes(this);
        }
    }

    private void load() {
        theme.set(store.theme());
        decimals.set(store.decimals());
        exportScale.set(store.exportScale());
        exportFolder.set(store.exportFolder().orElse(null));
        censusKey.set(store.censusKey());
        consoleDetached.set(store.consoleDetached());
    }

    /** Forgets every stored setting and shows the defaults. */
    public void resetToDefaults() {
        store.reset();
        load();
        store.reset();
    }

    public UserPreferences store() {
        return store;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Decimals for numbers on screen; {@link UserPreferences#AUTOMATIC_DECIMALS} lets each value choose. */
    public IntegerProperty decimalsProperty() {
        return decimals;
    }

    public DoubleProperty exportScaleProperty() {
        return exportScale;
    }

    /** The folder export dialogs open in; null when none is known. */
    public ObjectProperty<Path> exportFolderProperty() {
        return exportFolder;
    }

    /** The optional U.S. Census API key (empty for none), sent with Census requests only. */
    public StringProperty censusKeyProperty() {
        return censusKey;
    }

    /** Whether the console opens in a window of its own rather than docked below the tabs (its Detach/Dock). */
    public BooleanProperty consoleDetachedProperty() {
        return consoleDetached;
    }

    /** The export folder when it still exists. */
    public Optional<Path> exportFolder() {
        Path p = exportFolder.get();
        return p != null && p.toFile().isDirectory() ? Optional.of(p) : Optional.empty();
    }

    /** Remembers the folder an export was just written to, so the next export dialog opens there. */
    public void rememberExportFolder(Path folder) {
        if (folder != null && folder.toFile().isDirectory()) {
            exportFolder.set(folder.toAbsolutePath().normalize());
        }
    }
}
