package org.tradeworkbench.ui.workbench;

import java.util.Objects;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.core.task.TaskRunner;

/**
 * What every tab gets: the shared session, the task runner for background work, a debouncer for panels that
 * re-run when their inputs change, and the notifier for user-facing errors.
 */
public record WorkbenchContext(WorkbenchModel model, TaskRunner tasks, Debouncer debouncer, Notifier notifier) {
    public WorkbenchContext {
        Objects.requireNonNull(model);
        Objects.requireNonNull(tasks);
        Objects.requireNonNull(debouncer);
        Objects.requireNonNull(notifier);
    }
}
