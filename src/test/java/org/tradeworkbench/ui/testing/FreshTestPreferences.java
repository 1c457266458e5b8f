package org.tradeworkbench.ui.testing;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.tradeworkbench.core.workbench.AppPreferences;

/**
 * Every test run starts from a fresh install: the tests' own preferences node (window layout, settings, recent
 * files left by an earlier run) is removed before the first test. Only a node whose name ends in "-tests" is
 * touched, so a run without the surefire configuration can never remove the user's preferences.
 */
public final class FreshTestPreferences implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String root = System.getProperty(AppPreferences.ROOT_PROPERTY);
        if (root == null || !root.endsWith("-tests")) {
            return;
        }
        try {
            Preferences.userRoot().node(root).removeNode();
            Preferences.userRoot().flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("cannot clear the tests' preferences " + root + ": " + e.getMessage(), e);
        }
    }
}
