package org.tradeworkbench.ui.workbench;

import java.util.prefs.BackingStoreException;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.core.workbench.AppPreferences;
import org.tradeworkbench.core.workbench.UserPreferences;
import org.tradeworkbench.ui.settings.AppSettings;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;

/**
 * Workbench contexts for view-model tests: same-thread tasks, immediate debouncing, recorded messages, and
 * default settings on a preferences node of their own.
 */
public final class TestContexts {
    private TestContexts() {
    }

    public static WorkbenchContext context(WorkbenchModel model, RecordingNotifier notifier) {
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        return new WorkbenchContext(model, tasks, Debouncer.immediate(tasks), notifier, settings());
    }

    /** Settings at their defaults, kept apart from the user's own preferences. */
    public static AppSettings settings() {
        java.util.prefs.Preferences node = AppPreferences.node("test-contexts");
        try {
            node.clear();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("cannot clear the test preferences: " + e, e);
        }
        return new AppSettings(new UserPreferences(node));
    }
}
