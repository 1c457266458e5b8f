package org.tradeworkbench.ui.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.ui.task.ProgressReporter;

/**
 * Writes a dataset as a comma-separated file the importer reads back unchanged: a period column, one column per
 * series, empty cells for missing values, numbers in full precision.
 */
public final class CsvExport {
    private CsvExport() {
    }

    public static void write(Dataset d, Path file, ProgressReporter progress) throws IOException {
        List<Series> series = d.series();
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(d.index().frequency().isDated() ? "period" : "obs");
            for (Series s : series) {
                w.write(',');
                w.write(quote(s.name()));
            }
            w.write('\n');
            int n = d.rowCount();
            for (int r = 0; r < n; r++) {
                w.write(d.index().label(r));
                for (Series s : series) {
                    w.write(',');
                    double v = s.get(r);
                    if (!Double.isNaN(v)) {
                        w.write(Double.toString(v));
                    }
                }
                w.write('\n');
                if ((r & 0xFFFF) == 0) {
                    if (progress.isCancelled()) {
                        break;
                    }
                    progress.progress((double) r / n);
                }
            }
        }
        if (progress.isCancelled()) {
            Files.deleteIfExists(tmp);
            return;
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
