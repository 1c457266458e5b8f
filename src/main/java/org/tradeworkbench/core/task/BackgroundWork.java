package org.tradeworkbench.core.task;

/** Work that runs off the FX thread: reading files, estimating. Must not touch any {@code Node}. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(ProgressReporter reporter) throws Exception;
}
