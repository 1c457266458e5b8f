package org.tradeworkbench.core.task;

import java.util.concurrent.atomic.AtomicBoolean;

/** The {@link Cancellable} and {@link ProgressReporter} of one job, shared by the runners. */
public class TaskHandle implements Cancellable, ProgressReporter {
    private final String title;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile double progress = -1;
    private volatile String message = "";
    private volatile Runnable onChange = () -> { };

    public TaskHandle(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public double currentProgress() {
        return progress;
    }

    public String currentMessage() {
        return message;
    }

    public void onChange(Runnable listener) {
        this.onChange = listener;
    }

    @Override
    public void progress(double fraction) {
        progress = fraction < 0 ? -1 : Math.min(1, fraction);
        onChange.run();
    }

    @Override
    public void message(String text) {
        message = text == null ? "" : text;
        onChange.run();
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            done.set(true);
            onChange.run();
        }
    }

    @Override
    public boolean isDone() {
        return done.get();
    }

    /** Marks the job finished; false when it was cancelled before (its outcome must then be dropped). */
    public boolean finish() {
        return !cancelled.get() && done.compareAndSet(false, true);
    }
}
