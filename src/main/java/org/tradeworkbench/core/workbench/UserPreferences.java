package org.tradeworkbench.core.workbench;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The settings the user chooses in the Preferences dialog: theme, decimals shown on screen, and the scale and
 * folder exports start with; and where the console was last put (docked or in its own window). Stored under the app's preferences node ({@link AppPreferences}), key by key, so a
 * value written by a newer version that this one does not know reads as the default instead of failing the start.
 */
public final class UserPreferences {
    /** The look of the desktop app. */
    public enum Theme {
        LIGHT("Light"), DARK("Dark");

        private final String label;

        Theme(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Decimals value meaning "as many as the values need" (each table and series chooses its own). */
    public static final int AUTOMATIC_DECIMALS = -1;
    public static final int MAX_DECIMALS = 10;
    /** Scales the image export dialog offers. */
    public static final double MIN_EXPORT_SCALE = 1;
    public static final double MAX_EXPORT_SCALE = 3;
    public static final double DEFAULT_EXPORT_SCALE = 2;

    static final String THEME = "theme";
    static final String DECIMALS = "decimals";
    static final String EXPORT_SCALE = "export.scale";
    static final String EXPORT_FOLDER = "export.folder";
    static final String CENSUS_KEY = "census.key";
    static final String CONSOLE_DETACHED = "console.detached";

    private final Preferences node;

    public UserPreferences(Preferences node) {
        this.node = node;
    }

    /** The settings in the app's own preferences node. */
    public static UserPreferences forUser() {
        return new UserPreferences(AppPreferences.node("settings"));
    }

    public Theme theme() {
        String name = node.get(THEME, Theme.LIGHT.name());
        for (Theme t : Theme.values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return Theme.LIGHT;
    }

    public void setTheme(Theme theme) {
        node.put(THEME, theme.name().toLowerCase(Locale.ROOT));
    }

    /** Decimals for numbers on screen, or {@link #AUTOMATIC_DECIMALS}. */
    public int decimals() {
        int d = node.getInt(DECIMALS, AUTOMATIC_DECIMALS);
        return d == AUTOMATIC_DECIMALS || (d >= 0 && d <= MAX_DECIMALS) ? d : AUTOMATIC_DECIMALS;
    }

    public void setDecimals(int decimals) {
        checkDecimals(decimals);
        node.putInt(DECIMALS, decimals);
    }

    public static void checkDecimals(int decimals) {
        if (decimals != AUTOMATIC_DECIMALS && (decimals < 0 || decimals > MAX_DECIMALS)) {
            throw new IllegalArgumentException("decimals must be automatic or between 0 and " + MAX_DECIMALS
                    + ", got " + decimals);
        }
    }

    /** The scale (image pixels per screen pixel) the image export dialog starts with. */
    public double exportScale() {
        double s = node.getDouble(EXPORT_SCALE, DEFAULT_EXPORT_SCALE);
        return s >= MIN_EXPORT_SCALE && s <= MAX_EXPORT_SCALE ? s : DEFAULT_EXPORT_SCALE;
    }

    public void setExportScale(double scale) {
        if (!(scale >= MIN_EXPORT_SCALE && scale <= MAX_EXPORT_SCALE)) {
            throw new IllegalArgumentException("the export scale must be between " + MIN_EXPORT_SCALE + " and "
                    + MAX_EXPORT_SCALE + ", got " + scale);
        }
        node.putDouble(EXPORT_SCALE, scale);
    }

    /**
     * The folder export file dialogs open in: the one chosen in the Preferences dialog, or the last one an
     * export was written to. Empty when none is set or the folder no longer exists.
     */
    public Optional<Path> exportFolder() {
        String s = node.get(EXPORT_FOLDER, null);
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(s);
            return java.nio.file.Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Sets the export folder; null forgets it. */
    public void setExportFolder(Path folder) {
        if (folder == null) {
            node.remove(EXPORT_FOLDER);
        } else {
            node.put(EXPORT_FOLDER, folder.toAbsolutePath().normalize().toString());
        }
    }

    /**
     * The U.S. Census API key the Get data online dialog and the {@code fetch} command send; empty for none. It is
     * sent with requests only: never written to the command log, a workbench file or the cache.
     */
    public String censusKey() {
        return node.get(CENSUS_KEY, "").strip();
    }

    /** Sets the Census API key; null or blank forgets it. */
    public void setCensusKey(String key) {
        if (key == null || key.isBlank()) {
            node.remove(CENSUS_KEY);
        } else {
            node.put(CENSUS_KEY, key.strip());
        }
    }

    /** Whether View ▸ Console opens the console in a window of its own (true) or docked below the tabs. */
    public boolean consoleDetached() {
        return node.getBoolean(CONSOLE_DETACHED, false);
    }

    public void setConsoleDetached(boolean detached) {
        node.putBoolean(CONSOLE_DETACHED, detached);
    }

    /** Forgets every setting (the defaults apply again). */
    public void reset() {
        try {
            node.clear();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("the preferences could not be reset: " + e.getMessage(), e);
        }
    }

    /** Makes sure the values are written to the backing store now (they are anyway, later). */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("the preferences could not be saved: " + e.getMessage(), e);
        }
    }

    /** The node the settings live in (for the README's "what is stored where" and tests). */
    public String location() {
        return node.absolutePath();
    }
}
