package org.tradeworkbench.core.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Frequency;
import org.tradeworkbench.core.data.LabelColumn;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.SourceLocation;
import org.tradeworkbench.core.data.TimeIndex;

/**
 * Reads a plain table (one row per period or observation, one column per variable) in one streaming pass:
 * numbers go straight from the file's bytes into one growing {@code double[]} per column (sized from the
 * sample's bytes per row, doubled when short, trimmed at the end).
 *
 * <p>A column is numeric when at least 90 % of its non-missing cells are numbers; then a cell that is not a
 * number is an error naming its line and column. Below 90 % the column is text and is kept as a label column.
 */
final class CsvTableReader {
    /** Share of a column's cells that must be numbers for the column to count as numeric. */
    static final double NUMERIC_SHARE = 0.9;

    private final FileSample sample;
    private final CsvDialect dialect;
    private final ImportOptions options;
    private final String file;
    private int emptyRows;

    CsvTableReader(FileSample sample, CsvDialect dialect, ImportOptions options) {
        this.sample = sample;
        this.dialect = dialect;
        this.options = options;
        this.file = sample.fileName;
    }

    Dataset read() throws IOException {
        List<SampleRecord> records = DialectDetector.records(sample, dialect, 500);
        if (records.isEmpty()) {
            if (sample.fileSize == 0 || isBlank(sample.bytes) && !sample.truncated) {
                throw new DataException(SourceLocation.of(file, 1, 0), "the file is empty");
            }
            // the sample holds no complete record: let the full read say why
            records = firstRecordOfFile();
        }
        TableLayout layout = TableLayout.decide(records, dialect, options, file);
        try {
            return read(layout, records);
        } catch (OutOfMemoryError e) {
            throw tooLarge(e);
        }
    }

    private List<SampleRecord> firstRecordOfFile() throws IOException {
        try (CsvRecordReader r = new CsvRecordReader(sample.openAfterBom(), dialect, file)) {
            if (!r.next()) {
                throw new DataException(SourceLocation.of(file, 1, 0), "the file is empty");
            }
            return List.of(new SampleRecord(r.recordLine(), r.texts(), new boolean[r.fieldCount()]));
        }
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\t' && x != '\r' && x != '\n') {
                return false;
            }
        }
        return true;
    }

    private Dataset read(TableLayout layout, List<SampleRecord> sampleRecords) throws IOException {
        int width = layout.width();
        int estimate = estimateRows(sampleRecords);
        checkMemory(layout, estimate);
        Columns cols = null; // made once the first row has passed its checks
        emptyRows = 0;
        NumberParser parser = new NumberParser(dialect.decimalMark(), dialect.thousandsSeparator());
        MissingTokens missing = new MissingTokens(options.missingTokens(), dialect);
        boolean numericMissing = missing.anyNumbers();
        int time = layout.timeColumn;
        Frequency freq = null;
        int freqLine = 0;
        try (CsvRecordReader r = new CsvRecordReader(sample.openAfterBom(), dialect, file)) {
            if (dialect.header() && !r.next()) {
                throw new DataException(SourceLocation.of(file, 1, 0), "the file is empty");
            }
            int rows = 0;
            while (r.next()) {
                int n = r.fieldCount();
                if (n > 1 && allBlank(r)) {
                    emptyRows++; // a row of empty cells, as spreadsheets write below the data
                    continue;
                }
                if (n != width) {
                    checkRagged(r, width);
                }
                if (cols == null) {
                    cols = new Columns(layout, Math.max(16, estimate));
                }
                cols.ensure(rows + 1);
                byte[] buf = r.buffer();
                for (int j = 0; j < width; j++) {
                    TableLayout.Kind k = layout.kinds[j];
                    if (k == TableLayout.Kind.NUMBER) {
                        double v = parser.parse(buf, r.start(j), r.end(j));
                        if (!parser.ok) {
                            v = Double.NaN;
                            if (!r.blank(j) && !missing.isText(r.text(j))) {
                                cols.bad(j, r);
                            }
                        } else if (numericMissing && missing.isNumber(v)) {
                            v = Double.NaN;
                        } else {
                            cols.numbers[j]++;
                        }
                        cols.values[j][rows] = v;
                    } else if (k == TableLayout.Kind.TEXT) {
                        String t = r.text(j);
                        boolean isMissing = missing.isText(t);
                        cols.texts[j][rows] = isMissing ? null : t;
                        if (!isMissing) {
                            parser.parse(buf, r.start(j), r.end(j));
                            if (parser.ok) {
                                cols.numbers[j]++;
                            } else {
                                cols.bad(j, r);
                            }
                        }
                    } else {
                        Period p = period(r, j, layout);
                        if (freq == null) {
                            freq = p.frequency();
                            freqLine = r.recordLine();
                        } else if (p.frequency() != freq) {
                            throw new DataException(SourceLocation.of(file, r.fieldLine(j), j + 1), "\""
                                    + Cells.forMessage(r.text(j)) + "\" is a " + describe(p.frequency()) + " period, but line "
                                    + freqLine + " holds a " + describe(freq) + " one");
                        }
                        cols.ordinals[rows] = p.ordinal();
                        cols.lines[rows] = r.recordLine();
                    }
                }
                rows++;
            }
            if (cols != null) {
                cols.rows = rows;
                cols.frequency = freq;
            }
        }
        if (cols == null) {
            throw new DataException(SourceLocation.of(file, 2, 0),
                    "the file has a header line but no data rows");
        }
        for (int j = 0; j < width; j++) {
            TableLayout.Kind k = layout.kinds[j];
            if (k == TableLayout.Kind.TIME || cols.badCount[j] == 0) {
                continue;
            }
            long values = cols.numbers[j] + cols.badCount[j];
            boolean numeric = cols.numbers[j] >= NUMERIC_SHARE * values;
            if (numeric) {
                throw new DataException(SourceLocation.of(file, cols.badLine[j], j + 1), "\"" + cols.badText[j]
                        + "\" is not a number" + (cols.badCount[j] > 1 ? " (column \"" + layout.names[j]
                        + "\" holds numbers, but " + cols.badCount[j] + " of its cells are not)" : ""));
            }
            if (k == TableLayout.Kind.NUMBER) {
                // the sample looked numeric but the whole column is not: read it again as text
                return read(layout.withKind(j, TableLayout.Kind.TEXT), sampleRecords);
            }
        }
        return assemble(layout, cols);
    }

    private static boolean allBlank(CsvRecordReader r) {
        for (int j = 0; j < r.fieldCount(); j++) {
            if (r.quoted(j) || !r.blank(j)) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Frequency f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    private Period period(CsvRecordReader r, int j, TableLayout layout) {
        byte[] b = r.buffer();
        int s = r.start(j);
        int e = r.end(j);
        if (layout.undatedTime) {
            String t = r.text(j);
            if (!t.matches("[1-9]\\d{0,8}")) {
                throw new DataException(SourceLocation.of(file, r.fieldLine(j), j + 1), "\"" + Cells.forMessage(t)
                        + "\" is not an observation number (1, 2, ...)");
            }
            return Period.undated(Integer.parseInt(t));
        }
        if (e - s == 4 && isDigit(b[s]) && isDigit(b[s + 1]) && isDigit(b[s + 2]) && isDigit(b[s + 3])
                && b[s] >= '1' && b[s] <= '2') {
            return Period.annual((b[s] - '0') * 1000 + (b[s + 1] - '0') * 100 + (b[s + 2] - '0') * 10
                    + (b[s + 3] - '0'));
        }
        String t = r.text(j);
        Optional<Period> p = Period.parse(t);
        if (p.isEmpty()) {
            throw new DataException(SourceLocation.of(file, r.fieldLine(j), j + 1), t.isEmpty()
                    ? "the time column \"" + layout.names[j] + "\" is empty here"
                    : "\"" + Cells.forMessage(t) + "\" is not a period (like 2004, 2004Q1, 2004-Q1, 2004-01 or 2004M01)");
        }
        return p.get();
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private void checkRagged(CsvRecordReader r, int width) {
        int n = r.fieldCount();
        if (n > width) {
            boolean extraBlank = true;
            for (int j = width; j < n; j++) {
                extraBlank &= r.blank(j) && !r.quoted(j);
            }
            if (extraBlank) {
                return;
            }
        }
        // Too few fields: the column of the first one missing; too many: the first one too many.
        SourceLocation at = n > width ? SourceLocation.of(file, r.fieldLine(width), width + 1)
                : SourceLocation.of(file, r.recordLine(), n + 1);
        throw new DataException(at, "this row has " + n
                + (n == 1 ? " field" : " fields") + " but " + (dialect.header() ? "the header has " : "the first row has ")
                + width + " (delimiter " + CsvDialect.show(dialect.delimiter()) + ")");
    }

    private int estimateRows(List<SampleRecord> records) {
        if (!sample.truncated) {
            return records.size();
        }
        long bytes = sample.bytes.length;
        double perRow = bytes / (double) Math.max(1, records.size());
        double est = sample.fileSize / perRow * 1.02 + 16;
        return (int) Math.min(est, Integer.MAX_VALUE - 16);
    }

    private void checkMemory(TableLayout layout, int rows) {
        long perRow = 0;
        for (TableLayout.Kind k : layout.kinds) {
            perRow += k == TableLayout.Kind.NUMBER ? 8 : k == TableLayout.Kind.TEXT ? 48 : 12;
        }
        Runtime rt = Runtime.getRuntime();
        checkMemory(file, sample.fileSize, rows * perRow, rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()));
    }

    /** A {@link DataException} telling to raise -Xmx when {@code need} bytes exceed what the heap has left. */
    static void checkMemory(String file, long fileSize, long need, long available) {
        if (need > available) {
            throw new DataException(SourceLocation.file(file), "the file (" + mb(fileSize)
                    + ") needs about " + mb(need) + " of memory once read, but only " + mb(available)
                    + " is free for Java: start the program with a larger -Xmx (e.g. -Xmx"
                    + Math.max(2, (need * 2 >> 30) + 1) + "g)");
        }
    }

    private DataException tooLarge(OutOfMemoryError e) {
        return new DataException(SourceLocation.file(file), "the file (" + mb(sample.fileSize)
                + ") does not fit into the memory Java may use (" + mb(Runtime.getRuntime().maxMemory())
                + "): start the program with a larger -Xmx", null);
    }

    private static String mb(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MB", Math.max(1, bytes >> 20));
    }

    private Dataset assemble(TableLayout layout, Columns cols) {
        int n = cols.rows;
        List<String> notes = new ArrayList<>(layout.notes);
        if (emptyRows > 0) {
            notes.add(emptyRows + (emptyRows == 1 ? " row" : " rows") + " with only empty cells were skipped");
        }
        int[] target = null;
        TimeIndex index;
        if (layout.timeColumn >= 0) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            boolean sorted = true;
            for (int i = 0; i < n; i++) {
                long o = cols.ordinals[i];
                if (i > 0 && o <= cols.ordinals[i - 1]) {
                    sorted = false;
                }
                min = Math.min(min, o);
                max = Math.max(max, o);
            }
            Frequency f = freqOf(layout, cols);
            Period first = new Period(f, min);
            int size = (int) (max - min + 1);
            int[] rowAt = new int[size];
            Arrays.fill(rowAt, -1);
            target = new int[n];
            for (int i = 0; i < n; i++) {
                int t = (int) (cols.ordinals[i] - min);
                if (rowAt[t] >= 0) {
                    throw new DataException(SourceLocation.of(file, cols.lines[i], layout.timeColumn + 1),
                            "period " + first.plus(t) + " appears twice (also on line " + cols.lines[rowAt[t]]
                                    + ")");
                }
                rowAt[t] = i;
                target[i] = t;
            }
            index = new TimeIndex(first, size);
            if (!sorted) {
                notes.add("the rows were not in time order; they are sorted by period");
            }
            if (size > n) {
                List<String> gaps = new ArrayList<>();
                for (int t = 0; t < size && gaps.size() < 5; t++) {
                    if (rowAt[t] < 0) {
                        gaps.add(first.plus(t).toString());
                    }
                }
                notes.add((size - n) + (size - n == 1 ? " period has" : " periods have") + " no row ("
                        + String.join(", ", gaps) + (size - n > 5 ? ", ..." : "")
                        + "); missing values were added for them");
            }
            if (!sorted || size > n) {
                // rows are placed by period below
            } else {
                target = null;
            }
        } else {
            index = TimeIndex.undated(n);
        }
        List<Series> series = new ArrayList<>();
        List<LabelColumn> labels = new ArrayList<>();
        for (int j = 0; j < layout.width(); j++) {
            TableLayout.Kind k = layout.kinds[j];
            if (k == TableLayout.Kind.NUMBER) {
                double[] v = cols.values[j];
                cols.values[j] = null;
                if (layout.unnamed[j] && cols.numbers[j] == 0) {
                    notes.add("column " + (j + 1) + " has no name and no values; it is left out");
                    continue;
                }
                if (layout.unnamed[j]) {
                    notes.add("column " + (j + 1) + " has no name; it is called \"" + layout.names[j] + "\"");
                }
                series.add(new Series(layout.names[j], place(v, n, target, index.size()), null, ""));
            } else if (k == TableLayout.Kind.TEXT) {
                String[] t = cols.texts[j];
                if (layout.unnamed[j]) {
                    notes.add("column " + (j + 1) + " has no name; it is called \"" + layout.names[j] + "\"");
                }
                String[] placed = new String[index.size()];
                for (int i = 0; i < n; i++) {
                    placed[target == null ? i : target[i]] = t[i];
                }
                labels.add(new LabelColumn(layout.names[j], placed));
                notes.add("column \"" + layout.names[j] + "\" holds text" + (cols.badCount[j] == 0 ? ""
                        : " (" + (cols.badCount[j] == 1 ? "1 cell is" : cols.badCount[j] + " cells are")
                        + " not a number, the first on line " + cols.badLine[j] + ": \"" + cols.badText[j] + "\""
                        + (new NumberParser(dialect.decimalMark(), dialect.thousandsSeparator())
                                .overflows(cols.badText[j]) ? ", beyond the largest number a double holds, 1.8e308"
                                : "") + ")")
                        + "; it is kept as a label column");
            }
        }
        return new Dataset(datasetName(), index, series, labels, notes);
    }

    private static Frequency freqOf(TableLayout layout, Columns cols) {
        return cols.frequency;
    }

    private static double[] place(double[] v, int n, int[] target, int size) {
        if (target == null) {
            return v.length == n ? v : Arrays.copyOf(v, n);
        }
        double[] out = new double[size];
        Arrays.fill(out, Double.NaN);
        for (int i = 0; i < n; i++) {
            out[target[i]] = v[i];
        }
        return out;
    }

    String datasetName() {
        String name = file;
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Growing column storage for one read. */
    private final class Columns {
        final double[][] values;
        final String[][] texts;
        long[] ordinals;
        int[] lines;
        final long[] numbers;
        final long[] badCount;
        final int[] badLine;
        final String[] badText;
        final TableLayout layout;
        int capacity;
        int rows;
        Frequency frequency;

        Columns(TableLayout layout, int capacity) {
            this.layout = layout;
            int w = layout.width();
            this.capacity = capacity;
            values = new double[w][];
            texts = new String[w][];
            numbers = new long[w];
            badCount = new long[w];
            badLine = new int[w];
            badText = new String[w];
            for (int j = 0; j < w; j++) {
                switch (layout.kinds[j]) {
                    case NUMBER -> values[j] = new double[capacity];
                    case TEXT -> texts[j] = new String[capacity];
                    case TIME -> {
                        ordinals = new long[capacity];
                        lines = new int[capacity];
                    }
                    default -> { }
                }
            }
        }

        void ensure(int needed) {
            if (needed <= capacity) {
                return;
            }
            int c = (int) Math.min(Integer.MAX_VALUE - 16L, Math.max(needed, capacity * 2L));
            for (int j = 0; j < values.length; j++) {
                if (values[j] != null) {
                    values[j] = Arrays.copyOf(values[j], c);
                }
                if (texts[j] != null) {
                    texts[j] = Arrays.copyOf(texts[j], c);
                }
            }
            if (ordinals != null) {
                ordinals = Arrays.copyOf(ordinals, c);
                lines = Arrays.copyOf(lines, c);
            }
            capacity = c;
        }

        void bad(int j, CsvRecordReader r) {
            if (badCount[j]++ == 0) {
                badLine[j] = r.fieldLine(j);
                badText[j] = Cells.forMessage(r.text(j));
            }
        }
    }
}
