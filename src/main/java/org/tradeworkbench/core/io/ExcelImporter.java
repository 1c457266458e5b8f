package org.tradeworkbench.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.SourceLocation;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Excel workbooks (.xlsx streamed, .xls) through the same readers as CSV files: the chosen sheet is written as
 * a CSV text into a temporary folder ({@link SheetTranscoder}) and read with the detection of layout, time
 * column and provider format the CSV files get. Numbers are the stored doubles, formula cells their cached
 * results, dates (numbers with a date format) the periods they stand for. Every problem names the workbook, the
 * sheet and the cell, e.g. {@code trade.xlsx, Sheet1!C7: "n/a*" is not a number}.
 */
public final class ExcelImporter {
    private ExcelImporter() {
    }

    /** The sheet names, in the workbook's order. */
    public static List<String> sheets(Path file) {
        String name = DataImporter.fileName(file);
        try (ExcelBook book = open(file, name)) {
            return book.sheets();
        } catch (IOException e) {
            throw new DataException(SourceLocation.file(name), "cannot read the workbook: " + reason(e), e);
        }
    }

    /**
     * Reads the chosen sheet. Progress: the scan for merged ranges is the first tenth, the sheet's rows up to 60 %
     * (bytes of the sheet's XML read, or rows of a .xls), the CSV text the rest; cancel stops any of them.
     */
    static Dataset read(Path file, ImportOptions options, ProgressReporter progress) {
        return withSheet(file, options, Integer.MAX_VALUE, progress, (csv, t, sheet) -> {
            Dataset d = DataImporter.read(csv, csvOptions(options, t), progress.part(0.6, 1));
            List<String> notes = new ArrayList<>();
            notes.add(sheetNote(sheet, t));
            notes.addAll(t.notes());
            for (String n : d.notes()) {
                notes.add(remap(n, csv, file, t));
            }
            return d.withName(DataImporter.baseName(DataImporter.fileName(file))).withNotes(notes);
        });
    }

    static ImportPreview preview(Path file, ImportOptions options, int rows) {
        return withSheet(file, options, rows + 10, ProgressReporter.NONE, (csv, t, sheet) -> {
            ImportPreview p = DataImporter.preview(csv, csvOptions(options, t), rows);
            List<ImportPreview.Row> mapped = new ArrayList<>();
            for (ImportPreview.Row r : p.rows()) {
                mapped.add(new ImportPreview.Row(t.rowOfLine(r.line()), r.texts(), r.cells()));
            }
            List<String> notes = new ArrayList<>();
            notes.add(sheetNote(sheet, t));
            notes.addAll(t.notes());
            for (String n : p.notes()) {
                notes.add(remap(n, csv, file, t));
            }
            return new ImportPreview(DataImporter.fileName(file), p.format(), p.dialect(), options, p.columns(),
                    p.kinds(), mapped, notes);
        });
    }

    private static String sheetNote(String sheet, SheetTranscoder t) {
        return "sheet \"" + sheet + "\"" + (t.header() ? ", column names from row " + t.headerRow()
                : ", no header row");
    }

    /** The CSV text is written by us: comma, double quote, point, UTF-8; the rest is detected as for files. */
    private static ImportOptions csvOptions(ImportOptions o, SheetTranscoder t) {
        return o.withDelimiter(',').withQuote('"').withDecimalMark('.').withEncoding(StandardCharsets.UTF_8)
                .withHeader(t.header()).withSheet(null).withHeaderRow(null);
    }

    interface CsvRead<T> {
        T read(Path csv, SheetTranscoder transcoder, String sheet);
    }

    private static <T> T withSheet(Path file, ImportOptions options, int maxRows, ProgressReporter progress,
            CsvRead<T> reader) {
        String name = DataImporter.fileName(file);
        Path dir = null;
        String sheet = null;
        try (ExcelBook book = open(file, name)) {
            int index = sheetIndex(book.sheets(), options.sheet(), name);
            sheet = book.sheets().get(index);
            dir = Files.createTempDirectory("tw-sheet");
            Path csv = dir.resolve(DataImporter.baseName(name) + ".csv");
            SheetTranscoder t;
            try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                t = new SheetTranscoder(w, book.merges(index, progress.part(0, 0.1)), options.headerRow(),
                        options.header(), maxRows);
                book.rows(index, t, progress.part(0.1, 0.6));
                t.finish();
            }
            if (t.lines() == 0) {
                throw new DataException(SourceLocation.cell(name, sheet, 0, 0), "the sheet is empty");
            }
            try {
                return reader.read(csv, t, sheet);
            } catch (DataException e) {
                throw relocate(e, csv, file, sheet, t);
            }
        } catch (XlsxBook.CellProblem e) {
            throw new DataException(SourceLocation.cell(name, sheet, e.row, e.column), e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new DataException(sheet == null ? SourceLocation.file(name) : SourceLocation.cell(name, sheet, 0, 0),
                    "cannot read the workbook: " + reason(e), e);
        } catch (OutOfMemoryError e) {
            throw new DataException(SourceLocation.file(name), "the sheet does not fit into the memory Java may use ("
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB): start the program with a larger -Xmx", null);
        } finally {
            delete(dir);
        }
    }

    private static ExcelBook open(Path file, String name) throws IOException {
        if (Files.isDirectory(file)) {
            throw new DataException(SourceLocation.file(name), "is a folder, not a data file");
        }
        if (!Files.exists(file)) {
            throw new DataException(SourceLocation.file(name), "no such file");
        }
        if (ExcelFiles.kind(file) == ExcelFiles.Kind.NONE) {
            throw new DataException(SourceLocation.file(name), "is named as an Excel workbook but is not one (no"
                    + " .xlsx or .xls content); if it is text, rename it to .csv");
        }
        return ExcelBook.open(file);
    }

    /** The sheet by name (ignoring case) or by 1-based number; the first when none is chosen. */
    static int sheetIndex(List<String> sheets, String choice, String file) {
        if (sheets.isEmpty()) {
            throw new DataException(SourceLocation.file(file), "the workbook has no sheet");
        }
        if (choice == null || choice.isBlank()) {
            return 0;
        }
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).equalsIgnoreCase(choice.strip())) {
                return i;
            }
        }
        if (choice.strip().matches("[0-9]{1,4}")) {
            int n = Integer.parseInt(choice.strip());
            if (n >= 1 && n <= sheets.size()) {
                return n - 1;
            }
        }
        throw new DataException(SourceLocation.file(file), "no sheet \"" + choice + "\"; the sheets are "
                + String.join(", ", sheets.stream().map(s -> "\"" + s + "\"").toList()));
    }

    private static DataException relocate(DataException e, Path csv, Path file, String sheet, SheetTranscoder t) {
        SourceLocation at = e.location();
        String name = DataImporter.fileName(file);
        SourceLocation where = at != null && at.line() > 0
                ? SourceLocation.cell(name, sheet, t.rowOfLine(at.line()), at.column())
                : SourceLocation.cell(name, sheet, 0, 0);
        return new DataException(where, remap(e.problem(), csv, file, t), e.getCause());
    }

    private static final Pattern LINES = Pattern.compile("\\b(lines?) ([0-9]+(?:(?:, | and | to |\u2013|-)[0-9]+)*)");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    /** A reader's text about the CSV lines, told in the sheet's rows and the workbook's name. */
    static String remap(String text, Path csv, Path file, SheetTranscoder t) {
        if (text == null) {
            return null;
        }
        String s = text.replace(DataImporter.fileName(csv), DataImporter.fileName(file));
        Matcher m = LINES.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Matcher n = NUMBER.matcher(m.group(2));
            StringBuilder nums = new StringBuilder();
            while (n.find()) {
                int line = Integer.parseInt(n.group());
                n.appendReplacement(nums, Integer.toString(t.rowOfLine(line) > 0 ? t.rowOfLine(line) : line));
            }
            n.appendTail(nums);
            String word = m.group(1).equals("line") ? "row" : "rows";
            m.appendReplacement(sb, Matcher.quoteReplacement(word + " " + nums));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }

    /** A library's exception as one short line. */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t instanceof IOException
                && t.getCause() instanceof IOException)) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            m = t.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        }
        m = m.replaceAll("\\b[\\w.$]+(?:Exception|Error):\\s*", "").replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "\u2026" : m;
    }
}
