package org.tradeworkbench.core.task;

/** Handle of a submitted background job. */
public interface Cancellable {
    /** Asks the work to stop; its result, if it still arrives, is dropped. */
    void cancel();

    boolean isCancelled();

    /** True once the result or failure was delivered, or the job was cancelled. */
    boolean isDone();
}
