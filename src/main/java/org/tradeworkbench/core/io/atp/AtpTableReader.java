package org.tradeworkbench.core.io.atp;

import org.tradeworkbench.core.io.CsvDialect;
import org.tradeworkbench.core.io.CsvRecords;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.SourceLocation;
import org.tradeworkbench.core.paper.PaperVariables.Flow;

/**
 * Reads the rows of a Census international trade API answer for the {@code exports/hitech} or
 * {@code imports/hitech} endpoint: the JSON exactly as the API returns it (an array of arrays of strings whose
 * first row is the header) or a CSV saved from it (same header). Columns are found by name; other columns (e.g.
 * a spreadsheet's row number, or the {@code CTY_CODE} the API repeats at the end when it is a filter) are
 * ignored.
 */
public final class AtpTableReader {
    static final String CTY_CODE = "CTY_CODE";
    static final String CTY_NAME = "CTY_NAME";
    static final String HITECH = "HITECH";
    static final String HITECH_DESC = "HITECH_DESC";
    static final String TIME = "TIME";
    static final String EXPORT_MONTH = "ALL_VAL_MO";
    static final String EXPORT_YTD = "ALL_VAL_YR";
    static final String IMPORT_MONTH = "GEN_VAL_MO";
    static final String IMPORT_YTD = "GEN_VAL_YR";

    private AtpTableReader() {
    }

    /** Whether a header (as read from the file's first row) is that of a Census high-tech answer. */
    public static boolean isAtpHeader(List<String> header) {
        List<String> h = header.stream().map(s -> s.trim().toUpperCase(Locale.ROOT)).toList();
        return h.contains(HITECH) && h.contains(TIME)
                && (h.contains(EXPORT_MONTH) || h.contains(EXPORT_YTD) || h.contains(IMPORT_MONTH)
                || h.contains(IMPORT_YTD));
    }

    /** Reads every row; a DataException names the file, row or line and column of a bad value. */
    public static List<AtpRecord> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String name = file.getFileName().toString();
        return text.stripLeading().startsWith("[") ? readJson(name, text) : readCsv(name, text);
    }

    static List<AtpRecord> readJson(String name, String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new DataException(SourceLocation.file(name), "not a Census API answer: it must be a JSON array of rows");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
                int line = p.currentLocation().getLineNr();
                List<String> row = new ArrayList<>();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == JsonToken.VALUE_NULL) {
                        row.add("");
                    } else if (t.isScalarValue()) {
                        row.add(p.getText());
                    } else {
                        throw new DataException(SourceLocation.of(name, p.currentLocation().getLineNr(),
                                p.currentLocation().getColumnNr()), "row " + (rows.size() + 1)
                                + " holds a nested value; a Census API answer holds strings only");
                    }
                }
                rows.add(row);
                lines.add(line);
            }
            if (t != JsonToken.END_ARRAY) {
                throw new DataException(SourceLocation.of(name, p.currentLocation().getLineNr(),
                        p.currentLocation().getColumnNr()), "expected a row (a JSON array) or the end of the answer");
            }
        } catch (JsonParseException e) {
            throw new DataException(SourceLocation.of(name, e.getLocation().getLineNr(), e.getLocation().getColumnNr()),
                    "not valid JSON: " + e.getOriginalMessage());
        }
        return toRecords(name, rows, lines, true);
    }

    static List<AtpRecord> readCsv(String name, String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        CsvRecords.forEach(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                CsvDialect.standard(), name, (rec, line) -> {
                    rows.add(List.of(rec));
                    lines.add(line);
                });
        return toRecords(name, rows, lines, false);
    }

    private static List<AtpRecord> toRecords(String name, List<List<String>> rows, List<Integer> lines, boolean json) {
        if (rows.isEmpty()) {
            throw new DataException(SourceLocation.file(name), "the file is empty");
        }
        List<String> header = rows.get(0);
        if (!isAtpHeader(header)) {
            throw new DataException(SourceLocation.of(name, lines.get(0), 0), "the header does not name the Census "
                    + "high-tech fields (HITECH, time and ALL_VAL_MO/ALL_VAL_YR or GEN_VAL_MO/GEN_VAL_YR): " + header);
        }
        Columns c = new Columns(name, header);
        List<AtpRecord> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            int line = lines.get(i);
            String where = json ? "row " + (i + 1) + " of the JSON array" : null;
            if (row.size() < c.width) {
                throw new DataException(SourceLocation.of(name, line, 0), (where == null ? "" : where + ": ")
                        + "has " + row.size() + " values, the header names " + header.size());
            }
            String code = c.get(row, c.ctyCode);
            String ctyName = c.get(row, c.ctyName);
            String hitech = hitechCode(c.get(row, c.hitech), c.get(row, c.hitechDesc));
            String time = c.get(row, c.time).trim();
            Period month = Period.parse(time).filter(p -> p.frequency() == org.tradeworkbench.core.data.Frequency.MONTHLY)
                    .orElseThrow(() -> new DataException(SourceLocation.of(name, line, c.time + 1),
                            "time \"" + time + "\" is not a month (YYYY-MM); download monthly data (time=from+YYYY-MM+to+YYYY-MM)"));
            SourceLocation loc = SourceLocation.of(name, line, 0);
            if (c.exportMonth >= 0 || c.exportYtd >= 0) {
                out.add(new AtpRecord(code, ctyName, hitech, month, Flow.EXPORTS,
                        value(name, line, row, c.exportMonth, header), value(name, line, row, c.exportYtd, header), loc));
            }
            if (c.importMonth >= 0 || c.importYtd >= 0) {
                out.add(new AtpRecord(code, ctyName, hitech, month, Flow.IMPORTS,
                        value(name, line, row, c.importMonth, header), value(name, line, row, c.importYtd, header), loc));
            }
        }
        return out;
    }

    /** The category code; an answer without {@code HITECH} but with {@code HITECH_DESC} "AEROSPACE [08]" gives 08. */
    private static String hitechCode(String code, String desc) {
        String c = code.trim();
        if (c.isEmpty() && desc != null) {
            int open = desc.lastIndexOf('[');
            int close = desc.lastIndexOf(']');
            if (open >= 0 && close > open) {
                return desc.substring(open + 1, close).trim();
            }
        }
        return c.equals("-") ? "" : c;
    }

    private static double value(String name, int line, List<String> row, int col, List<String> header) {
        if (col < 0) {
            return Double.NaN;
        }
        String s = row.get(col).trim();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new DataException(SourceLocation.of(name, line, col + 1), header.get(col) + " \"" + s
                    + "\" is not a number (the Census API gives US$ as whole numbers)");
        }
    }

    /** Positions of the fields in the header; the first occurrence wins (the API may repeat a filter column). */
    private static final class Columns {
        final int ctyCode;
        final int ctyName;
        final int hitech;
        final int hitechDesc;
        final int time;
        final int exportMonth;
        final int exportYtd;
        final int importMonth;
        final int importYtd;
        final int width;

        Columns(String file, List<String> header) {
            List<String> h = header.stream().map(s -> s.trim().toUpperCase(Locale.ROOT)).toList();
            ctyCode = h.indexOf(CTY_CODE);
            ctyName = h.indexOf(CTY_NAME);
            hitech = h.indexOf(HITECH);
            hitechDesc = h.indexOf(HITECH_DESC);
            time = h.indexOf(TIME);
            exportMonth = h.indexOf(EXPORT_MONTH);
            exportYtd = h.indexOf(EXPORT_YTD);
            importMonth = h.indexOf(IMPORT_MONTH);
            importYtd = h.indexOf(IMPORT_YTD);
            if (ctyCode < 0 && ctyName < 0) {
                throw new DataException(SourceLocation.of(file, 1, 0),
                        "the Census high-tech file names no partner: request CTY_CODE and CTY_NAME");
            }
            int w = 0;
            for (int i : new int[] {ctyCode, ctyName, hitech, hitechDesc, time, exportMonth, exportYtd, importMonth,
                    importYtd}) {
                w = Math.max(w, i + 1);
            }
            width = w;
        }

        String get(List<String> row, int col) {
            return col < 0 ? "" : row.get(col);
        }
    }
}
