package org.tradeworkbench.core.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CancellationException;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Progress of one import as bytes read over the file's size, and its cancel: every read of the file's stream (the
 * CSV reader reads in chunks of 1 MB) reports how far it got and stops the import with a
 * {@link CancellationException} once the reporter is cancelled. A reader that reads the file a second time (a
 * column found to be text after all) continues from where the bar stands, so progress never goes back.
 */
final class ReadProgress {
    /** Report at most every this many bytes: a 1 GB file gives about 1000 updates. */
    private static final long STEP = 1 << 20;

    private final ProgressReporter reporter;
    private final long size;
    private final String file;
    private double base;
    private double last;

    ReadProgress(ProgressReporter reporter, long size, String file) {
        this.reporter = reporter == null ? ProgressReporter.NONE : reporter;
        this.size = Math.max(1, size);
        this.file = file;
    }

    /** Wraps a new pass over the file's bytes. */
    InputStream track(InputStream in) {
        base = last;
        return new FilterInputStream(in) {
            private long read;
            private long reported;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    advance(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                checkCancelled();
                int n = super.read(b, off, len);
                if (n > 0) {
                    advance(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long s = super.skip(n);
                advance(s);
                return s;
            }

            private void advance(long n) {
                read += n;
                if (read - reported >= STEP) {
                    reported = read;
                    report(Math.min(1, read / (double) size));
                }
            }
        };
    }

    private void report(double passFraction) {
        double f = base + (1 - base) * passFraction;
        if (f > last) {
            last = f;
            reporter.progress(f);
        }
    }

    /** Stops the import when the reporter says so; called between chunks. */
    void checkCancelled() {
        if (reporter.isCancelled()) {
            throw new CancellationException("the import of " + file + " was cancelled");
        }
    }

    /** The read is complete. */
    void done() {
        checkCancelled();
        last = 1;
        reporter.progress(1);
    }
}
