package org.tradeworkbench.ui.workbench;

import java.util.Objects;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.core.task.TaskRunner;
import org.tradeworkbench.ui.settings.AppSettings;

/**
 * What every tab gets: the shared session, the task runner for background work, a debouncer for panels that
 * re-run when their inputs change, the notifier for user-facing errors, the user's settings (theme, decimals,
 * export scale and folder) and where the panels' results are for Export all.
 */
public record WorkbenchContext(WorkbenchModel model, TaskRunner tasks, Debouncer debouncer, Notifier notifier,
        AppSettings settings, PanelResults results) {
    public WorkbenchContext {
        Objects.requireNonNull(model);
        Objects.requireNonNull(tasks);
        Objects.requireNonNull(debouncer);
        Objects.requireNonNull(notifier);
        Objects.requireNonNull(settings);
        Objects.requireNonNull(results);
    }

    /** A context whose panels have registered no result yet. */
    public WorkbenchContext(WorkbenchModel model, TaskRunner tasks, Debouncer debouncer, Notifier notifier,
            AppSettings settings) {
        this(model, tasks, debouncer, notifier, settings, new PanelResults());
    }
}
