package org.tradeworkbench.core.task;

import java.util.function.Consumer;

/**
 * Runs background work and hands its outcome back to the UI. In the app the work runs on one shared executor and
 * the callbacks run on the FX thread ({@code ui.task.FxTaskRunner}); in view-model tests everything runs at once on the
 * caller's thread (the tests' same-thread runner). Callbacks are not called for a cancelled job.
 */
public interface TaskRunner {
    <T> Cancellable run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * As {@link #run(String, BackgroundWork, Consumer, Consumer)}, and calls {@code onCancelled} where the other
     * callbacks run once a cancelled job has stopped (its work returned or threw, or it never started), so the
     * caller can say that nothing changed. A runner that cannot tell leaves it uncalled.
     */
    default <T> Cancellable run(String title, BackgroundWork<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure, Runnable onCancelled) {
        return run(title, work, onSuccess, onFailure);
    }
}
