package org.tradeworkbench.core.task;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * {@link Debouncer} over a {@link TaskRunner}. With a delay, the job is started on {@code uiThread} after
 * {@code quietMillis} without a newer submit for its key; with no delay it starts at once on the caller's thread.
 * With {@code leading}, a submit that comes after a quiet spell (no submit for its key within {@code quietMillis})
 * starts at once as well: a single discrete change (a ticked box, a chosen item) answers without waiting, and only
 * a burst of changes (typing, a held spinner) waits for quiet; the burst's last inputs always run, and a result
 * that a newer submit has overtaken is dropped.
 */
public final class KeyedDebouncer implements Debouncer {
    private final TaskRunner runner;
    private final long quietMillis;
    private final ScheduledExecutorService timer;
    private final Executor uiThread;
    private final Map<String, ScheduledFuture<?>> pending = new HashMap<>();
    private final Map<String, Cancellable> running = new HashMap<>();
    private final Map<String, Long> generation = new HashMap<>();
    private final boolean leading;
    private final LongSupplier nanoClock;
    /** When each key was last submitted ({@link System#nanoTime()} scale). */
    private final Map<String, Long> lastSubmit = new HashMap<>();

    public KeyedDebouncer(TaskRunner runner, long quietMillis, ScheduledExecutorService timer, Executor uiThread) {
        this(runner, quietMillis, timer, uiThread, false, System::nanoTime);
    }

    public KeyedDebouncer(TaskRunner runner, long quietMillis, ScheduledExecutorService timer, Executor uiThread,
            boolean leading, LongSupplier nanoClock) {
        this.runner = runner;
        this.quietMillis = quietMillis;
        this.timer = timer;
        this.uiThread = uiThread;
        this.leading = leading;
        this.nanoClock = nanoClock;
    }

    @Override
    public <T> void submit(String key, String title, BackgroundWork<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        submit(key, title, work, onSuccess, onFailure, leading);
    }

    @Override
    public <T> void submitTyped(String key, String title, BackgroundWork<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        submit(key, title, work, onSuccess, onFailure, false);
    }

    private <T> void submit(String key, String title, BackgroundWork<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure, boolean startAfterQuiet) {
        long gen;
        boolean afterQuiet;
        synchronized (this) {
            gen = generation.merge(key, 1L, Long::sum);
            ScheduledFuture<?> old = pending.remove(key);
            if (old != null) {
                old.cancel(false);
            }
            long now = nanoClock.getAsLong();
            Long last = lastSubmit.put(key, now);
            afterQuiet = old == null && (last == null || now - last >= TimeUnit.MILLISECONDS.toNanos(quietMillis));
        }
        if (quietMillis <= 0 || timer == null || (startAfterQuiet && afterQuiet)) {
            start(key, gen, title, work, onSuccess, onFailure);
            return;
        }
        ScheduledFuture<?> f = timer.schedule(() -> uiThread.execute(
                () -> start(key, gen, title, work, onSuccess, onFailure)), quietMillis, TimeUnit.MILLISECONDS);
        synchronized (this) {
            pending.put(key, f);
        }
    }

    private <T> void start(String key, long gen, String title, BackgroundWork<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        Cancellable previous;
        synchronized (this) {
            if (generation.get(key) != gen) {
                return;
            }
            pending.remove(key);
            previous = running.remove(key);
        }
        if (previous != null) {
            previous.cancel();
        }
        // A result that arrives after a newer submit for the key is stale and dropped.
        Cancellable c = runner.run(title, work, r -> {
            if (isCurrent(key, gen)) {
                onSuccess.accept(r);
            }
        }, t -> {
            if (isCurrent(key, gen)) {
                onFailure.accept(t);
            }
        });
        synchronized (this) {
            if (!c.isDone() && generation.get(key) == gen) {
                running.put(key, c);
            }
        }
    }

    private synchronized boolean isCurrent(String key, long gen) {
        return generation.get(key) == gen;
    }

    @Override
    public void cancel(String key) {
        Cancellable r;
        synchronized (this) {
            generation.merge(key, 1L, Long::sum);
            ScheduledFuture<?> f = pending.remove(key);
            if (f != null) {
                f.cancel(false);
            }
            r = running.remove(key);
        }
        if (r != null) {
            r.cancel();
        }
    }
}
