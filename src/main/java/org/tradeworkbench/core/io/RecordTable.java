package org.tradeworkbench.core.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A whole (small) file as decoded records, for provider formats that need to look at every row first. */
final class RecordTable {
    final String file;
    final List<SampleRecord> records;

    private RecordTable(String file, List<SampleRecord> records) {
        this.file = file;
        this.records = records;
    }

    static RecordTable read(FileSample sample, CsvDialect dialect) throws IOException {
        List<SampleRecord> out = new ArrayList<>();
        try (CsvRecordReader r = new CsvRecordReader(sample.openAfterBom(), dialect, sample.fileName)) {
            while (r.next()) {
                boolean[] q = new boolean[r.fieldCount()];
                for (int i = 0; i < q.length; i++) {
                    q[i] = r.quoted(i);
                }
                out.add(new SampleRecord(r.recordLine(), r.texts(), q));
            }
        }
        return new RecordTable(sample.fileName, out);
    }
}
