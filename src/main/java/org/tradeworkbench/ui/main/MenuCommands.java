package org.tradeworkbench.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCombination.ModifierValue;

/**
 * The commands of a menu bar, read from the menus themselves (so the Help ▸ Keyboard shortcuts list and the check
 * that every command has a shortcut can never fall out of step with the menus). Submenus are walked; a submenu
 * with the style class {@value #DOCUMENT_LIST} (e.g. recent files) lists documents, not commands, and is left out.
 */
public final class MenuCommands {
    public static final String DOCUMENT_LIST = "document-list";

    /** One command: where it is in the menus, what it says, and its accelerator (null when it has none). */
    public record Command(String menuPath, String text, KeyCombination accelerator, MenuItem item) {
        public String shortcutText() {
            return accelerator == null ? "" : accelerator.getDisplayText();
        }
    }

    private MenuCommands() {
    }

    public static List<Command> of(MenuBar bar) {
        List<Command> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            walk(label(m), m, out);
        }
        return out;
    }

    private static void walk(String path, Menu menu, List<Command> out) {
        if (menu.getStyleClass().contains(DOCUMENT_LIST)) {
            return;
        }
        for (MenuItem i : menu.getItems()) {
            if (i instanceof SeparatorMenuItem) {
                continue;
            }
            if (i instanceof Menu sub) {
                walk(path + " ▸ " + label(sub), sub, out);
            } else {
                out.add(new Command(path, label(i), i.getAccelerator(), i));
            }
        }
    }

    /** The item's text as shown: without the mnemonic underscore. */
    static String label(MenuItem i) {
        String t = i.getText() == null ? "" : i.getText();
        return i.isMnemonicParsing() ? t.replaceFirst("_(?=.)", "") : t;
    }

    /**
     * True when one key press could fire both: the same key, and for each modifier the two do not demand
     * opposite states (an "any" modifier accepts both). The shortcut modifier counts as Ctrl (Meta on macOS).
     */
    public static boolean conflict(KeyCombination a, KeyCombination b) {
        if (!(a instanceof KeyCodeCombination ka) || !(b instanceof KeyCodeCombination kb)) {
            return a.equals(b);
        }
        if (ka.getCode() != kb.getCode()) {
            return false;
        }
        boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac");
        return compatible(a.getShift(), b.getShift())
                && compatible(a.getAlt(), b.getAlt())
                && compatible(resolve(a.getControl(), a.getShortcut(), !mac), resolve(b.getControl(), b.getShortcut(), !mac))
                && compatible(resolve(a.getMeta(), a.getShortcut(), mac), resolve(b.getMeta(), b.getShortcut(), mac));
    }

    private static ModifierValue resolve(ModifierValue own, ModifierValue shortcut, boolean shortcutIsThis) {
        return shortcutIsThis && shortcut == ModifierValue.DOWN ? ModifierValue.DOWN : own;
    }

    private static boolean compatible(ModifierValue x, ModifierValue y) {
        return x == ModifierValue.ANY || y == ModifierValue.ANY || x == y;
    }

    /** Every pair of commands that one key press would both fire, as readable lines. */
    public static List<String> conflicts(List<Command> commands) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            for (int j = i + 1; j < commands.size(); j++) {
                Command a = commands.get(i);
                Command b = commands.get(j);
                if (a.accelerator() != null && b.accelerator() != null && conflict(a.accelerator(), b.accelerator())) {
                    out.add(a.shortcutText() + ": " + a.menuPath() + " ▸ " + a.text() + " and " + b.menuPath()
                            + " ▸ " + b.text());
                }
            }
        }
        return out;
    }
}
