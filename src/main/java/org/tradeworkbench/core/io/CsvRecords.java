package org.tradeworkbench.core.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Whole records of delimited text as strings, from the one CSV reader the importers use ({@link CsvRecordReader}),
 * for the small files that need no per-cell parsing (provider code lists, table downloads). Empty lines are
 * skipped; fields are stripped of surrounding white space.
 */
public final class CsvRecords {
    /** Receives one record and the line it starts on (1-based). */
    @FunctionalInterface
    public interface RecordHandler {
        void accept(String[] fields, int line) throws IOException;
    }

    private CsvRecords() {
    }

    /** Reads every record of {@code in} in {@code dialect}; {@code file} names the source in error messages. */
    public static void forEach(InputStream in, CsvDialect dialect, String file, RecordHandler handler)
            throws IOException {
        try (CsvRecordReader r = new CsvRecordReader(in, dialect, file, 1 << 16)) {
            while (r.next()) {
                handler.accept(r.texts(), r.recordLine());
            }
        }
    }
}
