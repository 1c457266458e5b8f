package org.tradeworkbench.core.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.workbench.UserPreferences.Theme;

class UserPreferencesTest {
    private Preferences node;

    @BeforeEach
    void freshNode() throws BackingStoreException {
        node = AppPreferences.node("user-preferences-test");
        node.clear();
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void defaultsWhenNothingIsStored() {
        UserPreferences p = new UserPreferences(node);
        assertThat(p.theme()).isEqualTo(Theme.LIGHT);
        assertThat(p.decimals()).isEqualTo(UserPreferences.AUTOMATIC_DECIMALS);
        assertThat(p.exportScale()).isEqualTo(2.0);
        assertThat(p.exportFolder()).isEmpty();
    }

    @Test
    void valuesSurviveANewInstance(@TempDir Path dir) {
        UserPreferences p = new UserPreferences(node);
        p.setTheme(Theme.DARK);
        p.setDecimals(4);
        p.setExportScale(3);
        p.setExportFolder(dir);
        UserPreferences again = new UserPreferences(AppPreferences.node("user-preferences-test"));
        assertThat(again.theme()).isEqualTo(Theme.DARK);
        assertThat(again.decimals()).isEqualTo(4);
        assertThat(again.exportScale()).isEqualTo(3.0);
        assertThat(again.exportFolder()).contains(dir.toAbsolutePath().normalize());
        assertThat(again.location()).isEqualTo("/org/tradeworkbench-tests/user-preferences-test");
    }

    @Test
    void refusesValuesOutOfRange() {
        UserPreferences p = new UserPreferences(node);
        assertThatThrownBy(() -> p.setDecimals(11)).hasMessageContaining("between 0 and 10");
        assertThatThrownBy(() -> p.setDecimals(-2)).hasMessageContaining("got -2");
        assertThatThrownBy(() -> p.setExportScale(0.5)).hasMessageContaining("export scale");
        assertThat(p.decimals()).isEqualTo(UserPreferences.AUTOMATIC_DECIMALS);
    }

    @Test
    void storedNonsenseReadsAsTheDefault() {
        // e.g. written by hand or by another version: the app must still start
        node.put(UserPreferences.THEME, "solarized");
        node.putInt(UserPreferences.DECIMALS, 99);
        node.put(UserPreferences.EXPORT_SCALE, "big");
        node.put(UserPreferences.EXPORT_FOLDER, "/no/such/folder/anywhere");
        UserPreferences p = new UserPreferences(node);
        assertThat(p.theme()).isEqualTo(Theme.LIGHT);
        assertThat(p.decimals()).isEqualTo(UserPreferences.AUTOMATIC_DECIMALS);
        assertThat(p.exportScale()).isEqualTo(2.0);
        assertThat(p.exportFolder()).isEmpty();
    }

    @Test
    void resetForgetsEverything(@TempDir Path dir) {
        UserPreferences p = new UserPreferences(node);
        p.setTheme(Theme.DARK);
        p.setExportFolder(dir);
        p.reset();
        assertThat(p.theme()).isEqualTo(Theme.LIGHT);
        assertThat(p.exportFolder()).isEmpty();
    }
}
