package org.tradeworkbench.core.workbench;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Saves the workbench to the recovery file every few minutes, on a background thread, and only when it changed
 * since the last autosave. The snapshot supplier is called on that thread: a UI passes one that reads its state
 * on the UI thread. Failures go to {@code onError} (e.g. a status-bar message) and the next run tries again.
 */
public final class Autosaver implements AutoCloseable {
    private final Supplier<WorkbenchFile> snapshot;
    private final Consumer<WorkbenchFile> writer;
    private final Consumer<Exception> onError;
    private ScheduledExecutorService scheduler;
    private String lastSaved;

    /** @param writer where a changed snapshot goes, e.g. {@code session::save} */
    public Autosaver(Supplier<WorkbenchFile> snapshot, Consumer<WorkbenchFile> writer, Consumer<Exception> onError) {
        this.snapshot = Objects.requireNonNull(snapshot);
        this.writer = Objects.requireNonNull(writer);
        this.onError = Objects.requireNonNull(onError);
    }

    /** Starts saving every {@code interval}. */
    public synchronized void start(Duration interval) {
        if (scheduler != null) {
            throw new IllegalStateException("the autosaver is already running");
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "workbench-autosave");
            t.setDaemon(true);
            return t;
        });
        long ms = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::saveIfChanged, ms, ms, TimeUnit.MILLISECONDS);
    }

    /**
     * Saves now if the workbench changed since the last autosave; returns whether it wrote. Errors go to
     * {@code onError}.
     */
    public synchronized boolean saveIfChanged() {
        try {
            WorkbenchFile wb = snapshot.get();
            if (wb == null) {
                return false;
            }
            String json = WorkbenchJson.write(wb);
            if (json.equals(lastSaved)) {
                return false;
            }
            writer.accept(wb);
            lastSaved = json;
            return true;
        } catch (RuntimeException e) {
            onError.accept(e);
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}
