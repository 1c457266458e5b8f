package org.tradeworkbench.core.task;

import java.util.function.Consumer;

/**
 * Re-runs a keyed job once its inputs have been quiet for a while: every {@link #submit} for a key replaces the
 * pending one and cancels the run in progress, so only the newest inputs produce a result. Panels use one key per
 * computation (e.g. "adf").
 */
public interface Debouncer {
    <T> void submit(String key, String title, BackgroundWork<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure);

    /**
     * As {@link #submit}, for a change made by typing: it always waits for quiet, even after a quiet spell, so
     * that the first keystroke of an expression does not run the half-typed text. Debouncers that never wait run
     * it at once.
     */
    default <T> void submitTyped(String key, String title, BackgroundWork<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        submit(key, title, work, onSuccess, onFailure);
    }

    /** Drops the pending job for the key and cancels its run in progress. */
    void cancel(String key);

    /** A debouncer that does not wait: each submit cancels the previous run of its key and starts at once. */
    static Debouncer immediate(TaskRunner runner) {
        return new KeyedDebouncer(runner, 0, null, null);
    }
}
