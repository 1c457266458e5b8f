package org.tradeworkbench.ui.task;

import org.tradeworkbench.core.task.TaskRunner;

import org.tradeworkbench.core.task.TaskHandle;

import org.tradeworkbench.core.task.Cancellable;

import org.tradeworkbench.core.task.BackgroundWork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs every job at once on the calling thread and calls back before {@link #run} returns. For view-model tests
 * (no FX toolkit needed) and for headless use. Records the titles of the jobs it ran.
 */
public final class SameThreadTaskRunner implements TaskRunner {
    private final List<String> titles = new ArrayList<>();

    @Override
    public <T> Cancellable run(String title, BackgroundWork<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        return run(title, work, onSuccess, onFailure, () -> { });
    }

    @Override
    public <T> Cancellable run(String title, BackgroundWork<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure, Runnable onCancelled) {
        titles.add(title);
        TaskHandle handle = new TaskHandle(title);
        T result;
        try {
            result = work.run(handle);
        } catch (Throwable t) {
            if (handle.finish()) {
                onFailure.accept(t);
            } else {
                onCancelled.run();
            }
            return handle;
        }
        if (handle.finish()) {
            onSuccess.accept(result);
        } else {
            onCancelled.run();
        }
        return handle;
    }

    /** Titles of the jobs run so far, oldest first. */
    public List<String> titles() {
        return List.copyOf(titles);
    }
}
