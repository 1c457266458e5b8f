package org.tradeworkbench.core.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tradeworkbench.core.data.DataException;

/**
 * Detects the {@link CsvDialect} from the sample at the head of a file (never the whole file), honouring every
 * choice already made in the {@link ImportOptions}.
 */
final class DialectDetector {
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int MAX_RECORDS = 500;
    private static final Pattern POINT_DECIMAL = Pattern.compile("[+-]?\\d*\\.\\d+(?:[eE][+-]?\\d+)?");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d*,\\d+(?:[eE][+-]?\\d+)?");
    private static final Pattern COMMA_GROUPED = Pattern.compile("[+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern POINT_GROUPED = Pattern.compile("[+-]?\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");

    private DialectDetector() {
    }

    static CsvDialect detect(FileSample sample, ImportOptions options) {
        Charset charset = options.encoding() != null ? options.encoding() : sample.detectCharset();
        char quote = options.quote() != null ? options.quote() : '"';
        char delimiter = options.delimiter() != null ? options.delimiter() : detectDelimiter(sample, charset, quote);
        CsvDialect base = new CsvDialect(delimiter, '.', quote, ',', true, charset, sample.bom, sample.lineEnds());
        List<SampleRecord> records = records(sample, base, MAX_RECORDS);
        char decimal = options.decimalMark() != null ? options.decimalMark() : detectDecimal(records, delimiter);
        char thousands = options.thousandsSeparator() != null ? options.thousandsSeparator()
                : decimal == ',' ? '.' : ',';
        if (thousands == decimal) {
            thousands = 0;
        }
        CsvDialect d = new CsvDialect(delimiter, decimal, quote, thousands, true, charset, sample.bom,
                sample.lineEnds());
        boolean header = options.header() != null ? options.header() : detectHeader(records, d, options);
        return new CsvDialect(delimiter, decimal, quote, thousands, header, charset, sample.bom, sample.lineEnds());
    }

    /**
     * The records of the sample (at most {@code max}). When the sample is cut, its last record may be cut too
     * and is dropped; a problem in the sample stops the list there (the full read reports it with its place).
     */
    static List<SampleRecord> records(FileSample sample, CsvDialect d, int max) {
        String key = d.delimiter() + "|" + d.quote() + "|" + d.charset().name();
        if (key.equals(sample.cachedKey) && (sample.cachedMax >= max || sample.cached.size() < sample.cachedMax)) {
            return sample.cached.size() > max ? sample.cached.subList(0, max) : sample.cached;
        }
        List<SampleRecord> out = tokenize(sample, d, max);
        sample.cachedKey = key;
        sample.cachedMax = max;
        sample.cached = out;
        return out;
    }

    private static List<SampleRecord> tokenize(FileSample sample, CsvDialect d, int max) {
        List<SampleRecord> out = new ArrayList<>();
        try (CsvRecordReader r = new CsvRecordReader(new ByteArrayInputStream(sample.bytes), d, sample.fileName,
                Math.max(64, sample.bytes.length + 1))) {
            while (out.size() < max + 1 && r.next()) {
                boolean[] q = new boolean[r.fieldCount()];
                for (int i = 0; i < q.length; i++) {
                    q[i] = r.quoted(i);
                }
                out.add(new SampleRecord(r.recordLine(), r.texts(), q));
            }
            if (out.size() <= max && sample.truncated && !out.isEmpty()) {
                out.remove(out.size() - 1);
            }
        } catch (DataException e) {
            // the sample ends inside a quoted field, or the file is broken: keep what was read
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size() > max ? out.subList(0, max) : out;
    }

    /** Field counts of the sample's records (the last one dropped when the sample is cut). */
    private static List<Integer> fieldCounts(FileSample sample, CsvDialect d, int max) {
        List<Integer> out = new ArrayList<>();
        try (CsvRecordReader r = new CsvRecordReader(new ByteArrayInputStream(sample.bytes), d, sample.fileName,
                Math.max(64, sample.bytes.length + 1))) {
            while (out.size() < max + 1 && r.next()) {
                out.add(r.fieldCount());
            }
            if (out.size() <= max && sample.truncated && !out.isEmpty()) {
                out.remove(out.size() - 1);
            }
        } catch (DataException e) {
            // keep the counts read so far
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size() > max ? out.subList(0, max) : out;
    }

    private static char detectDelimiter(FileSample sample, Charset charset, char quote) {
        char best = ',';
        double bestScore = -1;
        int bestMode = 1;
        for (char c : DELIMITERS) {
            CsvDialect d = new CsvDialect(c, '.', quote, (char) 0, true, charset, false, "");
            List<Integer> recs = fieldCounts(sample, d, 100);
            if (recs.isEmpty()) {
                continue;
            }
            Map<Integer, Integer> counts = new HashMap<>();
            for (int size : recs) {
                counts.merge(size, 1, Integer::sum);
            }
            int mode = 1;
            int freq = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getValue() > freq || (e.getValue() == freq && e.getKey() > mode)) {
                    mode = e.getKey();
                    freq = e.getValue();
                }
            }
            if (mode < 2) {
                continue;
            }
            double score = freq / (double) recs.size();
            if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && mode > bestMode)) {
                best = c;
                bestScore = score;
                bestMode = mode;
            }
        }
        return best;
    }

    /** Whether the text could be a number with a point or comma in it (a cheap filter before the patterns). */
    private static boolean candidate(String f) {
        int n = f.length();
        if (n < 2 || n > 40) {
            return false;
        }
        char c = f.charAt(0);
        if (!(c >= '0' && c <= '9') && c != '-' && c != '+' && c != '.' && c != ',') {
            return false;
        }
        return f.indexOf('.') >= 0 || f.indexOf(',') >= 0;
    }

    private static char detectDecimal(List<SampleRecord> all, char delimiter) {
        List<SampleRecord> records = all.size() > 200 ? all.subList(0, 200) : all;
        if (delimiter == ',') {
            // an unquoted decimal comma would split the field, so only quoted cells can hold one
            int comma = 0;
            int other = 0;
            for (SampleRecord r : records) {
                for (int i = 0; i < r.size(); i++) {
                    String f = r.fields()[i];
                    if (!candidate(f)) {
                        continue;
                    }
                    if (r.quoted()[i] && COMMA_DECIMAL.matcher(f).matches()) {
                        if (COMMA_GROUPED.matcher(f).matches()) {
                            other++;
                        } else {
                            comma++;
                        }
                    } else if (POINT_DECIMAL.matcher(f).matches() || COMMA_GROUPED.matcher(f).matches()) {
                        other++;
                    }
                }
            }
            return comma > other ? ',' : '.';
        }
        int comma = 0;
        int point = 0;
        for (SampleRecord r : records) {
            for (String f : r.fields()) {
                if (!candidate(f)) {
                    continue;
                }
                if (COMMA_DECIMAL.matcher(f).matches()) {
                    comma += COMMA_GROUPED.matcher(f).matches() ? 0 : 1;
                } else if (POINT_DECIMAL.matcher(f).matches()) {
                    point += POINT_GROUPED.matcher(f).matches() ? 0 : 1;
                } else if (POINT_GROUPED.matcher(f).matches() && f.indexOf(',') > 0) {
                    comma++;
                }
            }
        }
        return comma > point ? ',' : '.';
    }

    /**
     * The first record is a header when it holds text (not a number, period or missing token) in a column whose
     * other cells hold numbers or periods, or when all of it is text and some column below is not.
     */
    private static boolean detectHeader(List<SampleRecord> records, CsvDialect d, ImportOptions options) {
        if (records.size() < 2) {
            return true;
        }
        CellKinds kinds = new CellKinds(d, options.missingTokens());
        String[] first = records.get(0).fields();
        boolean allText = true;
        boolean textOverNumbers = false;
        for (int j = 0; j < first.length; j++) {
            CellKinds.Kind k = kinds.of(first[j]);
            if (k != CellKinds.Kind.TEXT) {
                allText = false;
                continue;
            }
            if (columnMostlyValues(records, j, kinds)) {
                textOverNumbers = true;
            }
        }
        if (textOverNumbers) {
            return true;
        }
        if (!allText) {
            return false;
        }
        return true;
    }

    private static boolean columnMostlyValues(List<SampleRecord> records, int j, CellKinds kinds) {
        int values = 0;
        int text = 0;
        for (int i = 1; i < records.size(); i++) {
            String[] f = records.get(i).fields();
            if (j >= f.length) {
                continue;
            }
            switch (kinds.of(f[j])) {
                case NUMBER, PERIOD -> values++;
                case TEXT -> text++;
                default -> { }
            }
        }
        return values > 0 && values >= text;
    }
}
