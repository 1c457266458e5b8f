package org.tradeworkbench.core.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Frequency;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.SourceLocation;
import org.tradeworkbench.core.data.TimeIndex;

/**
 * Long ("tidy") tables: a period column, a value column and one or more columns that say what the value is (a
 * variable name; or, in product-level trade tables as customs offices publish them, partner, product, flow, ...),
 * in any order and case. By default every column besides period and value names the series (one series per
 * combination) and nothing is summed, so no value is lost; a period given twice for one series is an error. Only
 * when the user names fewer key columns ({@link ImportOptions#seriesBy()}, {@code --series-by}) is the value
 * summed over the others, on the fly (the file is read once and memory holds one running sum per series and
 * period, never the rows), and the import notice says what was summed over.
 */
final class LongFormatImporter {
    static final Set<String> PERIOD_NAMES = Set.of("period", "date", "year", "time", "quarter", "month", "obs");
    static final Set<String> VARIABLE_NAMES = Set.of("variable", "series", "name", "indicator", "var", "key");
    static final Set<String> VALUE_NAMES = Set.of("value", "val", "obs_value", "values", "trade_value",
            "primaryvalue", "gen_val_mo", "all_val_mo");
    /** Column names of product-level trade tables that say what a value is about. */
    static final Set<String> DIMENSION_NAMES = Set.of("partner", "partner_code", "partnercode", "partnerdesc",
            "reporter", "reporter_code", "reportercode", "country", "cty_code", "ctyname", "product", "commodity",
            "cmdcode", "cmd_code", "hs", "hs_code", "hs2", "hs4", "hs6", "i_commodity", "e_commodity", "flow",
            "flowcode", "flow_code", "district", "port", "unit");

    /** Where the period, the value and the key columns are in the header. */
    record Columns(int period, int value, int[] dimensions, String[] names, int width) {
        String dimensionNames() {
            List<String> out = new ArrayList<>();
            for (int d : dimensions) {
                out.add(names[d]);
            }
            return String.join(", ", out);
        }
    }

    private LongFormatImporter() {
    }

    /**
     * The columns of a long table's header, or empty: one period and one value column by name, and every other
     * column named as a variable or a trade dimension (partner, product, ...).
     */
    static Optional<Columns> columns(String[] header) {
        return columns(header, false);
    }

    /** As {@link #columns(String[])}; {@code forced} (the user chose the long format) takes any other name as key. */
    static Optional<Columns> columns(String[] header, boolean forced) {
        int n = header.length;
        while (n > 0 && header[n - 1].isBlank()) {
            n--;
        }
        if (n < 3) {
            return Optional.empty();
        }
        int period = -1;
        int value = -1;
        List<Integer> dims = new ArrayList<>();
        String[] names = new String[n];
        for (int j = 0; j < n; j++) {
            names[j] = header[j].strip();
            String h = names[j].toLowerCase(Locale.ROOT);
            if (PERIOD_NAMES.contains(h) && period < 0) {
                period = j;
            } else if (VALUE_NAMES.contains(h) && value < 0) {
                value = j;
            } else if (VARIABLE_NAMES.contains(h) || DIMENSION_NAMES.contains(h) || forced && !h.isEmpty()) {
                dims.add(j);
            } else {
                return Optional.empty();
            }
        }
        if (period < 0 || value < 0 || dims.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Columns(period, value, dims.stream().mapToInt(Integer::intValue).toArray(), names,
                header.length));
    }

    static Dataset read(FileSample sample, CsvDialect dialect, ImportOptions options) throws IOException {
        String file = sample.fileName;
        try (CsvRecordReader r = new CsvRecordReader(sample.openAfterBom(), dialect, file)) {
            if (!r.next()) {
                throw new DataException(SourceLocation.of(file, 1, 0), "the file is empty");
            }
            Columns cols = columns(r.texts(), true).orElseThrow(() -> new DataException(SourceLocation.of(file, 1, 0),
                    "a long table needs a period column, a value column and at least one column naming the series"
                            + " (e.g. period, variable, value)"));
            int[] key = keyColumns(cols, options.seriesBy(), file);
            return new Aggregation(file, cols, key, options.seriesBy() == null, dialect, options).read(r);
        }
    }

    /** The key columns: the chosen ones by name, or every column besides period and value. */
    private static int[] keyColumns(Columns cols, List<String> chosen, String file) {
        if (chosen == null) {
            return cols.dimensions().clone();
        }
        int[] key = new int[chosen.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = -1;
            for (int d : cols.dimensions()) {
                if (cols.names()[d].equalsIgnoreCase(chosen.get(i).strip())) {
                    key[i] = d;
                }
            }
            if (key[i] < 0) {
                throw new DataException(SourceLocation.of(file, 1, 0), "there is no column \"" + chosen.get(i)
                        + "\" to name the series by; the long table's columns besides period and value are "
                        + cols.dimensionNames());
            }
        }
        return key;
    }

    /**
     * The most series the default key (every combination) may make before the import stops and asks for
     * {@code --series-by}: a product-level file would otherwise become tens of thousands of series.
     */
    static final int MAX_DEFAULT_SERIES = 5_000;

    /** One read of the file: a running sum per series and period. */
    private static final class Aggregation {
        private final String file;
        private final Columns cols;
        private final int[] key;
        private final boolean summing;
        private final boolean defaultKey;
        private final NumberParser parser;
        private final MissingTokens missing;
        private final Map<String, Integer> seriesIndex = new LinkedHashMap<>();
        private final List<PeriodSums> sums = new ArrayList<>();
        private final Map<String, Long> periods = new HashMap<>();
        private Frequency freq;
        private int freqLine;
        private long rows;
        private long missingCells;
        /** The previous row's key fields as bytes, and its series: rows of one series usually follow each other. */
        private byte[] lastKey = new byte[64];
        private int lastKeyLength = -1;
        private int lastSeries;
        private byte[] lastPeriod = new byte[16];
        private int lastPeriodLength = -1;
        private long lastOrdinal;

        Aggregation(String file, Columns cols, int[] key, boolean defaultKey, CsvDialect dialect,
                ImportOptions options) {
            this.file = file;
            this.cols = cols;
            this.key = key;
            this.defaultKey = defaultKey;
            this.summing = key.length < cols.dimensions().length;
            this.parser = new NumberParser(dialect.decimalMark(), dialect.thousandsSeparator());
            this.missing = new MissingTokens(options.missingTokens(), dialect);
        }

        Dataset read(CsvRecordReader r) throws IOException {
            int named = cols.names().length;
            while (r.next()) {
                int n = r.fieldCount();
                if (n < named || n > cols.width()) {
                    int column = n < named ? n + 1 : cols.width() + 1;
                    throw new DataException(SourceLocation.of(file, r.recordLine(), column), "this row has " + n
                            + " fields but the header has " + named + " (" + String.join(", ", cols.names()) + ")");
                }
                long ordinal = ordinal(r);
                int s = series(r);
                double v = value(r);
                sums.get(s).add(ordinal, v, r.recordLine(), summing, this);
                rows++;
            }
            if (rows == 0) {
                throw new DataException(SourceLocation.of(file, 2, 0), "the file has a header line but no data rows");
            }
            return assemble();
        }

        private long ordinal(CsvRecordReader r) {
            int j = cols.period();
            byte[] b = r.buffer();
            int s = r.start(j);
            int len = r.end(j) - s;
            if (len == lastPeriodLength && Arrays.equals(b, s, s + len, lastPeriod, 0, len)) {
                return lastOrdinal;
            }
            String pt = r.text(j);
            Long known = periods.get(pt);
            long ordinal;
            if (known != null) {
                ordinal = known;
            } else {
                Optional<Period> p = Period.parse(pt);
                if (p.isEmpty()) {
                    throw new DataException(SourceLocation.of(file, r.fieldLine(j), j + 1), "\""
                            + Cells.forMessage(pt) + "\" is not a period (like 2004, 2004Q1, 2004-01)");
                }
                if (freq == null) {
                    freq = p.get().frequency();
                    freqLine = r.recordLine();
                } else if (freq != p.get().frequency()) {
                    throw new DataException(SourceLocation.of(file, r.fieldLine(j), j + 1), "\""
                            + Cells.forMessage(pt) + "\" is a " + p.get().frequency().name().toLowerCase(Locale.ROOT)
                            + " period, but line " + freqLine + " holds a " + freq.name().toLowerCase(Locale.ROOT)
                            + " one");
                }
                ordinal = p.get().ordinal();
                periods.put(pt, ordinal);
            }
            if (len > lastPeriod.length) {
                lastPeriod = new byte[len * 2];
            }
            System.arraycopy(b, s, lastPeriod, 0, len);
            lastPeriodLength = len;
            lastOrdinal = ordinal;
            return ordinal;
        }

        private int series(CsvRecordReader r) {
            byte[] b = r.buffer();
            int length = 0;
            for (int k : key) {
                length += r.end(k) - r.start(k) + 1;
            }
            if (length == lastKeyLength && sameKey(r)) {
                return lastSeries;
            }
            List<String> parts = new ArrayList<>(key.length);
            for (int k : key) {
                String t = r.text(k);
                if (t.isEmpty()) {
                    throw new DataException(SourceLocation.of(file, r.fieldLine(k), k + 1), "the "
                            + cols.names()[k] + " is empty");
                }
                parts.add(t);
            }
            String name = key.length == 0 ? cols.names()[cols.value()] : String.join("_", parts);
            Integer s = seriesIndex.get(name);
            if (s == null) {
                if (defaultKey && seriesIndex.size() == MAX_DEFAULT_SERIES) {
                    throw new DataException(SourceLocation.of(file, r.recordLine(), 0), "this long table has more"
                            + " than " + MAX_DEFAULT_SERIES + " combinations of " + keyNames() + "; name the"
                            + " columns that make a series and the value is summed over the others (Series by in"
                            + " the import dialog, --series-by in a script: e.g. " + cols.names()[key[0]]
                            + ", or total for one series)");
                }
                s = seriesIndex.size();
                seriesIndex.put(name, s);
                sums.add(new PeriodSums());
            }
            if (length > lastKey.length) {
                lastKey = new byte[length * 2];
            }
            int at = 0;
            for (int k : key) {
                int len = r.end(k) - r.start(k);
                System.arraycopy(b, r.start(k), lastKey, at, len);
                at += len;
                lastKey[at++] = 0;
            }
            lastKeyLength = length;
            lastSeries = s;
            return s;
        }

        private boolean sameKey(CsvRecordReader r) {
            byte[] b = r.buffer();
            int at = 0;
            for (int k : key) {
                int len = r.end(k) - r.start(k);
                if (!Arrays.equals(b, r.start(k), r.end(k), lastKey, at, at + len) || lastKey[at + len] != 0) {
                    return false;
                }
                at += len + 1;
            }
            return true;
        }

        private double value(CsvRecordReader r) {
            int j = cols.value();
            double v = parser.parse(r.buffer(), r.start(j), r.end(j));
            if (parser.ok && !missing.isNumber(v)) {
                return v;
            }
            if (!parser.ok) {
                String t = r.text(j);
                if (!missing.isText(t)) {
                    throw new DataException(SourceLocation.of(file, r.fieldLine(j), j + 1), "\""
                            + Cells.forMessage(t) + "\" is not a number");
                }
            }
            missingCells++;
            return Double.NaN;
        }

        DataException twice(int line, long ordinal, int firstLine, PeriodSums s) {
            String name = "";
            for (Map.Entry<String, Integer> e : seriesIndex.entrySet()) {
                if (sums.get(e.getValue()) == s) {
                    name = e.getKey();
                }
            }
            return new DataException(SourceLocation.of(file, line, cols.period() + 1), "period "
                    + new Period(freq, ordinal) + " of \"" + name + "\" appears twice (also on line " + firstLine + ")");
        }

        private Dataset assemble() {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (PeriodSums s : sums) {
                min = Math.min(min, s.origin);
                max = Math.max(max, s.origin + s.length - 1);
            }
            int size = (int) (max - min + 1);
            Period first = new Period(freq, min);
            boolean[] anyRow = new boolean[size];
            List<Series> series = new ArrayList<>();
            List<String> names = new ArrayList<>(seriesIndex.keySet());
            for (int k = 0; k < sums.size(); k++) {
                PeriodSums s = sums.get(k);
                double[] out = new double[size];
                Arrays.fill(out, Double.NaN);
                int shift = (int) (s.origin - min);
                for (int t = 0; t < s.length; t++) {
                    if (s.line[t] != 0) {
                        anyRow[t + shift] = true;
                        out[t + shift] = s.sum[t];
                    }
                }
                series.add(new Series(summing || key.length != 1 ? Names.identifier(names.get(k)) : names.get(k),
                        out, null, summing ? "sum of " + cols.names()[cols.value()] + " over "
                        + summedOver() : ""));
            }
            int nv = series.size();
            List<String> notes = new ArrayList<>();
            if (!summing && key.length == 1 && cols.dimensions().length == 1 && nv > 0
                    && VARIABLE_NAMES.contains(cols.names()[key[0]].toLowerCase(Locale.ROOT))) {
                notes.add("long table (period, variable, value) pivoted to " + nv + " series");
            } else {
                notes.add("long table of " + rows + " rows (" + String.join(", ", cols.names()) + ")"
                        + (summing ? " summed over " + summedOver() : "") + ": "
                        + (key.length == 0 ? "one series, the total" : "one series per " + keyNames()) + " (" + nv
                        + " series)");
            }
            if (summing && missingCells > 0) {
                notes.add(missingCells + (missingCells == 1 ? " value is" : " values are") + " missing"
                        + "; the sums add the values given, and a period with none is missing");
            }
            int gaps = 0;
            for (boolean b : anyRow) {
                gaps += b ? 0 : 1;
            }
            if (gaps > 0) {
                notes.add(gaps + (gaps == 1 ? " period has" : " periods have") + " no row; missing values were added");
            }
            return new Dataset(DataImporter.baseName(file), new TimeIndex(first, size), series, List.of(), notes);
        }

        private String keyNames() {
            List<String> out = new ArrayList<>();
            for (int k : key) {
                out.add(cols.names()[k]);
            }
            return String.join(" and ", out);
        }

        private String summedOver() {
            List<String> out = new ArrayList<>();
            for (int d : cols.dimensions()) {
                if (Arrays.stream(key).noneMatch(k -> k == d)) {
                    out.add(cols.names()[d]);
                }
            }
            return String.join(" and ", out);
        }
    }

    /**
     * One series' running sums by period: a window of periods from {@code origin} that grows either way as
     * periods come, with the first line of each period (0: no row yet). A period whose values are all missing
     * stays missing.
     */
    private static final class PeriodSums {
        long origin;
        int length;
        double[] sum = new double[0];
        int[] line = new int[0];

        void add(long ordinal, double v, int atLine, boolean summing, Aggregation a) {
            if (length == 0) {
                origin = ordinal;
                grow(ordinal);
            } else if (ordinal < origin || ordinal >= origin + length) {
                grow(ordinal);
            }
            int t = (int) (ordinal - origin);
            if (line[t] == 0) {
                line[t] = atLine;
                sum[t] = v;
            } else if (!summing) {
                throw a.twice(atLine, ordinal, line[t], this);
            } else if (!Double.isNaN(v)) {
                sum[t] = Double.isNaN(sum[t]) ? v : sum[t] + v;
            }
        }

        private void grow(long ordinal) {
            if (length == 0) {
                sum = new double[16];
                line = new int[16];
                length = 1;
                return;
            }
            long from = Math.min(origin, ordinal);
            long to = Math.max(origin + length - 1, ordinal);
            int needed = (int) (to - from + 1);
            // The window is kept at the start of the arrays: growing later needs no copy while there is room.
            int shift = (int) (origin - from);
            if (shift == 0 && needed <= sum.length) {
                length = needed;
                return;
            }
            double[] s = new double[Math.max(needed, Math.max(16, sum.length * 2))];
            int[] l = new int[s.length];
            System.arraycopy(sum, 0, s, shift, length);
            System.arraycopy(line, 0, l, shift, length);
            sum = s;
            line = l;
            origin = from;
            length = needed;
        }
    }
}
