package org.tradeworkbench.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Frequency;
import org.tradeworkbench.core.data.LabelColumn;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;

/**
 * Writes a dataset as comma-separated UTF-8 text that {@link DataImporter} reads back unchanged: a period
 * column ({@code year}, {@code quarter}, {@code month}, or {@code obs} for undated rows), one column per series
 * (generated series as their values) and per label column, {@code NA} for missing (and non-finite) values. Numbers are written
 * with all the digits needed to read back the same double.
 */
public final class CsvExporter {
    private CsvExporter() {
    }

    public static void write(Dataset data, Path file) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            write(data, w);
        }
    }

    public static void write(Dataset data, Writer w) throws IOException {
        TimeIndex index = data.index();
        List<Series> series = data.series();
        List<LabelColumn> labels = data.labels();
        w.write(periodHeader(index.frequency()));
        for (Series s : series) {
            w.write(',');
            w.write(quote(s.name()));
        }
        for (LabelColumn l : labels) {
            w.write(',');
            w.write(quote(l.name()));
        }
        w.write('\n');
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < index.size(); i++) {
            line.setLength(0);
            line.append(index.label(i));
            for (Series s : series) {
                line.append(',');
                number(line, s.values()[i]);
            }
            for (LabelColumn l : labels) {
                line.append(',');
                String v = l.values()[i];
                line.append(v == null ? "" : quote(v));
            }
            line.append('\n');
            w.append(line);
        }
    }

    static String periodHeader(Frequency f) {
        return switch (f) {
            case ANNUAL -> "year";
            case QUARTERLY -> "quarter";
            case MONTHLY -> "month";
            case UNDATED -> "obs";
        };
    }

    /** The shortest text that reads back as the same double; integers without a decimal point. */
    static void number(StringBuilder sb, double v) {
        if (!Double.isFinite(v)) {
            sb.append("NA");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
            sb.append((long) v);
        } else {
            sb.append(Double.toString(v));
        }
    }

    static String quote(String s) {
        boolean needs = s.isEmpty() || s.strip().length() != s.length();
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';' || c == '\t' || c == '|';
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
