package org.tradeworkbench.ui.preferences;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tradeworkbench.ui.settings.AppSettings;
import org.tradeworkbench.core.report.NumberFormats;
import org.tradeworkbench.core.workbench.UserPreferences;
import org.tradeworkbench.core.workbench.UserPreferences.Theme;

/**
 * The Preferences dialog: an editable copy of {@link AppSettings} that is written back by {@link #apply()} (OK or
 * Apply), so Cancel leaves everything as it was. Holds no node; the view binds to these properties.
 */
public final class PreferencesViewModel {
    /** The number shown as an example of the chosen decimals. */
    static final double SAMPLE_NUMBER = 1234.56789;
    static final List<Integer> SCALES = List.of(1, 2, 3);

    private final AppSettings settings;
    private final Runnable resetWindowLayout;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final BooleanProperty automaticDecimals = new SimpleBooleanProperty(this, "automaticDecimals");
    private final IntegerProperty decimals = new SimpleIntegerProperty(this, "decimals");
    private final ObjectProperty<Integer> exportScale = new SimpleObjectProperty<>(this, "exportScale");
    private final StringProperty exportFolder = new SimpleStringProperty(this, "exportFolder", "");
    private final StringProperty censusKey = new SimpleStringProperty(this, "censusKey", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringBinding folderProblem;
    private final StringBinding decimalsExample;
    private final BooleanBinding valid;

    /**
     * @param resetWindowLayout forgets the remembered window size and position and puts the window back to its
     *                          default size (run by {@link #resetWindowLayout()})
     */
    public PreferencesViewModel(AppSettings settings, Runnable resetWindowLayout) {
        this.settings = settings;
        this.resetWindowLayout = resetWindowLayout;
        folderProblem = Bindings.createStringBinding(() -> folderProblem(exportFolder.get()), exportFolder);
        valid = Bindings.createBooleanBinding(() -> folderProblem.get().isEmpty(), folderProblem);
        decimalsExample = Bindings.createStringBinding(() -> automaticDecimals.get()
                        ? "Each series and table shows as many decimals as its values need"
                        : NumberFormats.fixed(SAMPLE_NUMBER, decimals.get()) + "  (" + SAMPLE_NUMBER + ")",
                automaticDecimals, decimals);
        load();
    }

    /** Fills the fields from the current settings. */
    private void load() {
        theme.set(settings.themeProperty().get());
        int d = settings.decimalsProperty().get();
        automaticDecimals.set(d == UserPreferences.AUTOMATIC_DECIMALS);
        decimals.set(d == UserPreferences.AUTOMATIC_DECIMALS ? 3 : d);
        exportScale.set(nearestScale(settings.exportScaleProperty().get()));
        exportFolder.set(settings.exportFolderProperty().get() == null ? ""
                : settings.exportFolderProperty().get().toString());
        censusKey.set(settings.censusKeyProperty().get());
        message.set("");
    }

    private static int nearestScale(double s) {
        int best = SCALES.get(0);
        for (int c : SCALES) {
            if (Math.abs(c - s) < Math.abs(best - s)) {
                best = c;
            }
        }
        return best;
    }

    /** Empty when the text is blank (no folder) or names an existing folder; otherwise what is wrong. */
    static String folderProblem(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            Path p = Path.of(text.trim());
            return Files.isDirectory(p) ? "" : "The folder " + text.trim() + " does not exist";
        } catch (InvalidPathException e) {
            return "\"" + text.trim() + "\" is not a folder name: " + e.getReason();
        }
    }

    /** Writes the fields to the settings (the open window follows at once). False when a field is invalid. */
    public boolean apply() {
        if (!valid.get()) {
            message.set(folderProblem.get());
            return false;
        }
        settings.themeProperty().set(theme.get());
        settings.decimalsProperty().set(automaticDecimals.get() ? UserPreferences.AUTOMATIC_DECIMALS : decimals.get());
        settings.exportScaleProperty().set(exportScale.get());
        String f = exportFolder.get();
        settings.exportFolderProperty().set(f == null || f.isBlank() ? null : Path.of(f.trim()).toAbsolutePath()
                .normalize());
        String k = censusKey.get();
        settings.censusKeyProperty().set(k == null ? "" : k.strip());
        settings.store().flush();
        message.set("Saved in " + settings.store().location());
        return true;
    }

    /** Puts the default values in the fields (applied with OK or Apply). */
    public void restoreDefaults() {
        theme.set(Theme.LIGHT);
        automaticDecimals.set(true);
        decimals.set(3);
        exportScale.set((int) UserPreferences.DEFAULT_EXPORT_SCALE);
        exportFolder.set("");
        censusKey.set("");
        message.set("Defaults restored; OK or Apply keeps them");
    }

    /** Forgets the remembered window size and position at once. */
    public void resetWindowLayout() {
        resetWindowLayout.run();
        message.set("The window is back at its default size and position");
    }

    public List<Theme> themes() {
        return List.of(Theme.values());
    }

    public List<Integer> scales() {
        return SCALES;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty automaticDecimalsProperty() {
        return automaticDecimals;
    }

    /** Decimals when not automatic, 0 to {@link UserPreferences#MAX_DECIMALS}. */
    public IntegerProperty decimalsProperty() {
        return decimals;
    }

    public ObjectProperty<Integer> exportScaleProperty() {
        return exportScale;
    }

    /** The export folder as typed or chosen; blank for none. */
    public StringProperty exportFolderProperty() {
        return exportFolder;
    }

    /** The optional U.S. Census API key; blank for none. */
    public StringProperty censusKeyProperty() {
        return censusKey;
    }

    public StringBinding folderProblemProperty() {
        return folderProblem;
    }

    public StringBinding decimalsExampleProperty() {
        return decimalsExample;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** The last outcome (saved, defaults restored, a problem). */
    public StringProperty messageProperty() {
        return message;
    }
}
