package org.tradeworkbench.ui.task;

import org.tradeworkbench.core.task.TaskRunner;

import org.tradeworkbench.core.task.TaskHandle;

import org.tradeworkbench.core.task.Cancellable;

import org.tradeworkbench.core.task.BackgroundWork;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The app's task runner: one executor for all background work (so a 2-core machine is never flooded), outcomes
 * delivered on the FX thread, and the newest running job exposed as read-only properties for the status bar.
 * The properties change only on the UI thread.
 */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService background;
    private final Executor uiThread;
    private final List<TaskHandle> active = new ArrayList<>();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();

    private final ReadOnlyStringWrapper runningTitle = new ReadOnlyStringWrapper(this, "runningTitle", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyIntegerWrapper runningCount = new ReadOnlyIntegerWrapper(this, "runningCount", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    /** Background threads sized to the machine (at most 2), results on the FX thread. */
    public FxTaskRunner() {
        this(Executors.newFixedThreadPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())),
                daemonThreads()), Platform::runLater);
    }

    /** For tests: explicit executors for the work and for the callbacks. */
    public FxTaskRunner(ExecutorService background, Executor uiThread) {
        this.background = background;
        this.uiThread = uiThread;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "workbench-task-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
    }

    @Override
    public <T> Cancellable run(String title, BackgroundWork<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        return run(title, work, onSuccess, onFailure, () -> { });
    }

    @Override
    public <T> Cancellable run(String title, BackgroundWork<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure, Runnable onCancelled) {
        TaskHandle handle = new TaskHandle(title);
        handle.onChange(this::queueRefresh);
        uiThread.execute(() -> {
            active.add(handle);
            refresh();
        });
        background.execute(() -> {
            if (handle.isCancelled()) {
                uiThread.execute(() -> {
                    retire(handle);
                    onCancelled.run();
                });
                return;
            }
            try {
                T result = work.run(handle);
                uiThread.execute(() -> {
                    retire(handle);
                    if (handle.finish()) {
                        onSuccess.accept(result);
                    } else {
                        onCancelled.run();
                    }
                });
            } catch (Throwable t) {
                uiThread.execute(() -> {
                    retire(handle);
                    if (handle.finish()) {
                        onFailure.accept(t);
                    } else {
                        onCancelled.run();
                    }
                });
            }
        });
        return handle;
    }

    private void retire(TaskHandle handle) {
        active.remove(handle);
        refresh();
    }

    private void queueRefresh() {
        if (refreshQueued.compareAndSet(false, true)) {
            uiThread.execute(() -> {
                refreshQueued.set(false);
                refresh();
            });
        }
    }

    private void refresh() {
        active.removeIf(TaskHandle::isCancelled);
        runningCount.set(active.size());
        busy.set(!active.isEmpty());
        if (active.isEmpty()) {
            runningTitle.set("");
            message.set("");
            progress.set(0);
            return;
        }
        TaskHandle newest = active.get(active.size() - 1);
        runningTitle.set(newest.title());
        message.set(newest.currentMessage());
        progress.set(newest.currentProgress());
    }

    /** Cancels every job that is still running (e.g. the status bar's cancel button). Call on the UI thread. */
    public void cancelAll() {
        for (TaskHandle h : List.copyOf(active)) {
            h.cancel();
        }
        refresh();
    }

    /** Title of the newest running job, empty when idle. */
    public ReadOnlyStringProperty runningTitleProperty() {
        return runningTitle.getReadOnlyProperty();
    }

    /** Progress of the newest running job: 0..1, or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The newest running job's last message. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty runningCountProperty() {
        return runningCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Stops the background threads (on exit); running work is interrupted. */
    public void shutdown() {
        background.shutdownNow();
    }
}
