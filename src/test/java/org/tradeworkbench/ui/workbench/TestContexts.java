package org.tradeworkbench.ui.workbench;

import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;

/** Workbench contexts for view-model tests: same-thread tasks, immediate debouncing, recorded messages. */
public final class TestContexts {
    private TestContexts() {
    }

    public static WorkbenchContext context(WorkbenchModel model, RecordingNotifier notifier) {
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        return new WorkbenchContext(model, tasks, Debouncer.immediate(tasks), notifier);
    }
}
