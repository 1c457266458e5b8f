package org.tradeworkbench.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.ui.settings.AppSettings;
import org.tradeworkbench.core.workbench.AppPreferences;
import org.tradeworkbench.core.workbench.UserPreferences;
import org.tradeworkbench.core.workbench.UserPreferences.Theme;

/** The Preferences dialog's logic, without the FX toolkit. */
class PreferencesViewModelTest {
    private Preferences node;
    private AppSettings settings;
    private final AtomicInteger layoutResets = new AtomicInteger();

    @BeforeEach
    void freshSettings() throws BackingStoreException {
        node = AppPreferences.node("preferences-view-model-test");
        node.clear();
        settings = new AppSettings(new UserPreferences(node));
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private PreferencesViewModel vm() {
        return new PreferencesViewModel(settings, layoutResets::incrementAndGet);
    }

    @Test
    void startsFromTheCurrentSettings(@TempDir Path dir) {
        settings.themeProperty().set(Theme.DARK);
        settings.decimalsProperty().set(5);
        settings.exportScaleProperty().set(3);
        settings.exportFolderProperty().set(dir);
        PreferencesViewModel vm = vm();
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(vm.automaticDecimalsProperty().get()).isFalse();
        assertThat(vm.decimalsProperty().get()).isEqualTo(5);
        assertThat(vm.exportScaleProperty().get()).isEqualTo(3);
        assertThat(vm.exportFolderProperty().get()).isEqualTo(dir.toString());
    }

    @Test
    void applyChangesTheSettingsAndStoresThem(@TempDir Path dir) {
        PreferencesViewModel vm = vm();
        vm.themeProperty().set(Theme.DARK);
        vm.automaticDecimalsProperty().set(false);
        vm.decimalsProperty().set(2);
        vm.exportScaleProperty().set(1);
        vm.exportFolderProperty().set(dir.toString());
        // nothing changes before Apply or OK (Cancel keeps everything)
        assertThat(settings.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(vm.apply()).isTrue();
        assertThat(settings.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(settings.decimalsProperty().get()).isEqualTo(2);
        UserPreferences stored = new UserPreferences(AppPreferences.node("preferences-view-model-test"));
        assertThat(stored.theme()).isEqualTo(Theme.DARK);
        assertThat(stored.decimals()).isEqualTo(2);
        assertThat(stored.exportScale()).isEqualTo(1.0);
        assertThat(stored.exportFolder()).contains(dir.toAbsolutePath().normalize());
        assertThat(vm.messageProperty().get()).contains("/org/tradeworkbench-tests/preferences-view-model-test");
    }

    @Test
    void automaticDecimalsAreStoredAsAutomatic() {
        settings.decimalsProperty().set(4);
        PreferencesViewModel vm = vm();
        vm.automaticDecimalsProperty().set(true);
        vm.apply();
        assertThat(settings.decimalsProperty().get()).isEqualTo(UserPreferences.AUTOMATIC_DECIMALS);
    }

    @Test
    void showsAnExampleOfTheDecimals() {
        PreferencesViewModel vm = vm();
        vm.automaticDecimalsProperty().set(false);
        vm.decimalsProperty().set(2);
        assertThat(vm.decimalsExampleProperty().get()).startsWith("1234.57");
        vm.decimalsProperty().set(0);
        assertThat(vm.decimalsExampleProperty().get()).startsWith("1235 ");
        vm.automaticDecimalsProperty().set(true);
        assertThat(vm.decimalsExampleProperty().get()).contains("as many decimals as its values need");
    }

    @Test
    void aFolderThatDoesNotExistIsRefused(@TempDir Path dir) {
        PreferencesViewModel vm = vm();
        String missing = dir.resolve("not-there").toString();
        vm.exportFolderProperty().set(missing);
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.folderProblemProperty().get()).isEqualTo("The folder " + missing + " does not exist");
        assertThat(vm.apply()).isFalse();
        assertThat(settings.exportFolderProperty().get()).isNull();
        vm.exportFolderProperty().set("  ");
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void restoreDefaultsFillsTheDefaultsWithoutApplyingThem() {
        settings.themeProperty().set(Theme.DARK);
        settings.decimalsProperty().set(6);
        PreferencesViewModel vm = vm();
        vm.restoreDefaults();
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(vm.automaticDecimalsProperty().get()).isTrue();
        assertThat(vm.exportScaleProperty().get()).isEqualTo(2);
        assertThat(settings.themeProperty().get()).isEqualTo(Theme.DARK);
        vm.apply();
        assertThat(settings.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(settings.decimalsProperty().get()).isEqualTo(UserPreferences.AUTOMATIC_DECIMALS);
    }

    @Test
    void resetWindowLayoutRunsTheReset() {
        PreferencesViewModel vm = vm();
        vm.resetWindowLayout();
        assertThat(layoutResets.get()).isEqualTo(1);
    }

    @Test
    void exportsRememberTheLastFolder(@TempDir Path dir) {
        settings.rememberExportFolder(dir);
        assertThat(settings.exportFolder()).contains(dir.toAbsolutePath().normalize());
        assertThat(new UserPreferences(node).exportFolder()).contains(dir.toAbsolutePath().normalize());
        settings.rememberExportFolder(dir.resolve("gone"));
        assertThat(settings.exportFolder()).contains(dir.toAbsolutePath().normalize());
    }

    @Test
    void theCensusKeyIsAppliedStoredAndCancelledLikeTheOtherSettings() {
        PreferencesViewModel vm = vm();
        assertThat(vm.censusKeyProperty().get()).isEmpty();
        vm.censusKeyProperty().set("  abc123  ");
        assertThat(settings.censusKeyProperty().get()).as("not before Apply").isEmpty();
        assertThat(vm.apply()).isTrue();
        assertThat(settings.censusKeyProperty().get()).isEqualTo("abc123");
        assertThat(new UserPreferences(node).censusKey()).isEqualTo("abc123");
        assertThat(vm().censusKeyProperty().get()).isEqualTo("abc123");
        vm.censusKeyProperty().set("");
        vm.apply();
        assertThat(node.get("census.key", null)).as("a blank key is forgotten").isNull();
    }
}
