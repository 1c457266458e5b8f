package org.tradeworkbench.core.workbench;

import java.util.prefs.Preferences;

/**
 * The one place the app keeps user preferences (window layout, recent files). The root node can be moved with
 * {@code -Dtw.prefs.root=...}; the test build does so, so that running the tests never changes the preferences
 * of the person running them.
 */
public final class AppPreferences {
    public static final String ROOT_PROPERTY = "tw.prefs.root";
    private static final String DEFAULT_ROOT = "org/tradeworkbench";

    private AppPreferences() {
    }

    public static Preferences node(String child) {
        return Preferences.userRoot().node(System.getProperty(ROOT_PROPERTY, DEFAULT_ROOT) + "/" + child);
    }
}
