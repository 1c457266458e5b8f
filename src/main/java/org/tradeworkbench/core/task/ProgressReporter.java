package org.tradeworkbench.core.task;

/** Handed to background work so it can report how far it got and notice that it was cancelled. */
public interface ProgressReporter {
    /** Fraction done, 0..1; a negative value means "unknown" (indeterminate progress). */
    void progress(double fraction);

    /** A short line telling the user what is happening now. */
    void message(String text);

    /** True once the user (or a newer run of the same job) cancelled this work; long loops should stop. */
    boolean isCancelled();

    /**
     * This reporter seen by one step of a longer job: the step's fractions 0..1 are reported as {@code from..to}
     * of the whole (unknown stays unknown); messages and cancel are this reporter's.
     */
    default ProgressReporter part(double from, double to) {
        ProgressReporter whole = this;
        return new ProgressReporter() {
            @Override
            public void progress(double fraction) {
                whole.progress(fraction < 0 ? fraction : from + (to - from) * Math.min(1, fraction));
            }

            @Override
            public void message(String text) {
                whole.message(text);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }

    /** A reporter that ignores everything and is never cancelled. */
    ProgressReporter NONE = new ProgressReporter() {
        @Override
        public void progress(double fraction) {
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
