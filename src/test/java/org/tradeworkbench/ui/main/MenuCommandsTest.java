package org.tradeworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** When two shortcuts would both fire on one key press. */
class MenuCommandsTest {
    private static KeyCombination k(KeyCode c, KeyCombination.Modifier... m) {
        return new KeyCodeCombination(c, m);
    }

    @Test
    void sameKeyAndModifiersConflict() {
        assertThat(MenuCommands.conflict(k(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                k(KeyCode.S, KeyCombination.SHORTCUT_DOWN))).isTrue();
    }

    @Test
    void shiftMakesADifferentShortcut() {
        assertThat(MenuCommands.conflict(k(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                k(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))).isFalse();
        assertThat(MenuCommands.conflict(k(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                k(KeyCode.P, KeyCombination.SHORTCUT_DOWN))).isFalse();
    }

    @Test
    void anyModifierOverlapsBothStates() {
        // Ctrl+S with "Shift: any" also fires on Ctrl+Shift+S, so it clashes with Save As.
        assertThat(MenuCommands.conflict(k(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
                k(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))).isTrue();
    }

    @Test
    void shortcutIsControlOffMac() {
        boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac");
        assertThat(MenuCommands.conflict(k(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                k(KeyCode.Z, KeyCombination.CONTROL_DOWN))).isEqualTo(!mac);
    }
}
