package org.tradeworkbench.ui.task;

import org.tradeworkbench.core.task.TaskRunner;

import org.tradeworkbench.core.task.KeyedDebouncer;

import org.tradeworkbench.core.task.Debouncer;

import org.tradeworkbench.core.task.BackgroundWork;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The app's debouncer: a change after a quiet spell starts its job at once (a toggle answers without waiting);
 * changes in quick succession wait for {@code quietMillis} of quiet per key, then the job starts from the FX
 * thread with the newest inputs. Submit from the FX thread.
 */
public final class FxDebouncer implements Debouncer {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "workbench-debounce");
        t.setDaemon(true);
        return t;
    });

    private final KeyedDebouncer delegate;

    public FxDebouncer(TaskRunner runner, long quietMillis) {
        this.delegate = new KeyedDebouncer(runner, quietMillis, TIMER, Platform::runLater, true, System::nanoTime);
    }

    @Override
    public <T> void submit(String key, String title, BackgroundWork<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        delegate.submit(key, title, work, onSuccess, onFailure);
    }

    @Override
    public <T> void submitTyped(String key, String title, BackgroundWork<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        delegate.submitTyped(key, title, work, onSuccess, onFailure);
    }

    @Override
    public void cancel(String key) {
        delegate.cancel(key);
    }
}
