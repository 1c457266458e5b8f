package org.tradeworkbench.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tradeworkbench.core.data.Period;

/**
 * What an import will do, for the import dialog: the format and dialect found (or set), the columns and what
 * they hold, and the first rows exactly as they will be read, as texts and as parsed values.
 *
 * @param file        file name
 * @param format      the reader that will be used
 * @param dialect     delimiter, decimal mark, quoting, header, encoding, line ends
 * @param options     the options the preview was made with
 * @param columns     column names (after repair of blank and repeated names)
 * @param kinds       per column: {@code time}, {@code number} or {@code text}
 * @param rows        the first rows of data
 * @param notes       what the import will remark on (renamed columns, label columns, provider choices)
 */
public record ImportPreview(String file, ImportOptions.Format format, CsvDialect dialect, ImportOptions options,
                            List<String> columns, List<String> kinds, List<Row> rows, List<String> notes) {

    /** How a cell will be read. */
    public enum CellKind { NUMBER, MISSING, TEXT, PERIOD, ERROR }

    /**
     * One cell: its text as read (unquoted), what it becomes, its value ({@code NaN} unless a number), and a
     * problem when it will be rejected.
     */
    public record Cell(String text, CellKind kind, double value, String problem) {
    }

    /** One data row: the line it starts on, its texts and its cells. */
    public record Row(int line, List<String> texts, List<Cell> cells) {
    }

    static ImportPreview of(FileSample sample, CsvDialect dialect, ImportOptions options, ImportOptions.Format format,
                            int maxRows) {
        List<SampleRecord> records = DialectDetector.records(sample, dialect, maxRows + 8);
        List<String> notes = new ArrayList<>();
        if (records.isEmpty()) {
            notes.add(sample.fileSize == 0 ? "the file is empty" : "no complete record in the first "
                    + (FileSample.SIZE / 1024) + " KB");
            return new ImportPreview(sample.fileName, format, dialect, options, List.of(), List.of(), List.of(), notes);
        }
        CellKinds cellKinds = new CellKinds(dialect, options.missingTokens());
        if (format == ImportOptions.Format.CSV) {
            TableLayout layout = TableLayout.decide(records, dialect, options, sample.fileName);
            notes.addAll(layout.notes);
            List<String> kinds = new ArrayList<>();
            for (TableLayout.Kind k : layout.kinds) {
                kinds.add(k.name().toLowerCase(Locale.ROOT));
            }
            List<SampleRecord> data = dialect.header() ? records.subList(1, records.size()) : records;
            List<Row> rows = new ArrayList<>();
            for (SampleRecord r : data.subList(0, Math.min(maxRows, data.size()))) {
                List<Cell> cells = new ArrayList<>();
                for (int j = 0; j < r.size(); j++) {
                    TableLayout.Kind k = j < layout.width() ? layout.kinds[j] : TableLayout.Kind.TEXT;
                    cells.add(cell(r.fields()[j], k, layout.undatedTime, cellKinds,
                            new NumberParser(dialect.decimalMark(), dialect.thousandsSeparator())));
                }
                rows.add(new Row(r.line(), List.of(r.fields()), cells));
            }
            return new ImportPreview(sample.fileName, format, dialect, options, List.of(layout.names), kinds, rows,
                    notes);
        }
        notes.add(switch (format) {
            case WDI -> "World Bank WDI file: one series per chosen country and indicator (default: "
                    + String.join(", ", WdiImporter.DEFAULT_COUNTRIES) + ")";
            case CENSUS -> "U.S. Census country trade table: exports, imports and balance per chosen partner, "
                    + "annual and monthly (default partners: China 5700, World 0015)";
            default -> "long table: one series per variable";
        });
        int start = 0;
        List<String> columns = List.of(records.get(0).fields());
        if (format == ImportOptions.Format.WDI) {
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).size() >= 4 && records.get(i).fields()[0].equals(WdiImporter.HEADER_START)) {
                    start = i;
                    columns = List.of(records.get(i).fields());
                    break;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        NumberParser parser = new NumberParser(dialect.decimalMark(), dialect.thousandsSeparator());
        for (SampleRecord r : records.subList(start + 1, Math.min(records.size(), start + 1 + maxRows))) {
            List<Cell> cells = new ArrayList<>();
            for (String t : r.fields()) {
                CellKinds.Kind k = cellKinds.of(t);
                cells.add(switch (k) {
                    case NUMBER -> new Cell(t, CellKind.NUMBER, parser.parse(t), null);
                    case MISSING -> new Cell(t, CellKind.MISSING, Double.NaN, null);
                    case PERIOD -> new Cell(t, CellKind.PERIOD, Double.NaN, null);
                    default -> new Cell(t, CellKind.TEXT, Double.NaN, null);
                });
            }
            rows.add(new Row(r.line(), List.of(r.fields()), cells));
        }
        List<String> kinds = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            kinds.add("text");
        }
        return new ImportPreview(sample.fileName, format, dialect, options, columns, kinds, rows, notes);
    }

    private static Cell cell(String text, TableLayout.Kind kind, boolean undated, CellKinds kinds,
            NumberParser parser) {
        CellKinds.Kind k = kinds.of(text);
        switch (kind) {
            case TIME -> {
                if (undated) {
                    // Observation numbers 1, 2, ...: the reader's undated index.
                    return text.matches("[1-9]\\d{0,8}") ? new Cell(text, CellKind.PERIOD, Double.NaN, null)
                            : new Cell(text, CellKind.ERROR, Double.NaN, "\"" + Cells.forMessage(text)
                            + "\" is not an observation number (1, 2, ...)");
                }
                Optional<Period> p = Period.parse(text);
                return p.isPresent() ? new Cell(text, CellKind.PERIOD, Double.NaN, null)
                        : new Cell(text, CellKind.ERROR, Double.NaN, "\"" + Cells.forMessage(text)
                        + "\" is not a period");
            }
            case NUMBER -> {
                if (k == CellKinds.Kind.MISSING) {
                    return new Cell(text, CellKind.MISSING, Double.NaN, null);
                }
                double v = parser.parse(text);
                return parser.ok ? new Cell(text, CellKind.NUMBER, v, null)
                        : new Cell(text, CellKind.ERROR, Double.NaN, "\"" + Cells.forMessage(text)
                        + "\" is not a number");
            }
            default -> {
                return k == CellKinds.Kind.MISSING ? new Cell(text, CellKind.MISSING, Double.NaN, null)
                        : new Cell(text, CellKind.TEXT, Double.NaN, null);
            }
        }
    }
}
