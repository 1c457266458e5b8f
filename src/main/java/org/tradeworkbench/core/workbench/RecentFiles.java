package org.tradeworkbench.core.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The recently opened or saved workbench files, newest first, kept in the user's preferences (at most
 * {@link #MAX}); files that no longer exist are dropped when the list is read.
 */
public final class RecentFiles {
    public static final int MAX = 10;
    private static final String KEY = "recent.";

    private final Preferences node;

    public RecentFiles(Preferences node) {
        this.node = node;
    }

    /** The list in the app's own preferences node. */
    public static RecentFiles forUser() {
        return new RecentFiles(AppPreferences.node("recent-workbenches"));
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String p = node.get(KEY + i, null);
            if (p == null) {
                break;
            }
            Path path = Path.of(p);
            if (java.nio.file.Files.isRegularFile(path) && !out.contains(path)) {
                out.add(path);
            }
        }
        return out;
    }

    /** Puts {@code file} first. */
    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(list());
        list.remove(abs);
        list.add(0, abs);
        store(list);
    }

    public void remove(Path file) {
        List<Path> list = new ArrayList<>(list());
        list.remove(file.toAbsolutePath().normalize());
        store(list);
    }

    public void clear() {
        store(List.of());
    }

    private void store(List<Path> list) {
        for (int i = 0; i < MAX; i++) {
            if (i < list.size()) {
                node.put(KEY + i, list.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The list stays in memory for this run; java.util.prefs retries on its own timer.
        }
    }
}
