package org.tradeworkbench.core.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
 * Long ("tidy") tables with exactly three columns, a period, a variable name and a value, in any order and
 * case (e.g. {@code period,variable,value} or {@code Value;Series;Date}), pivoted to one series per variable in
 * the order the variables first appear. A period given twice for one variable is an error.
 */
final class LongFormatImporter {
    static final Set<String> PERIOD_NAMES = Set.of("period", "date", "year", "time", "quarter", "month", "obs");
    static final Set<String> VARIABLE_NAMES = Set.of("variable", "series", "name", "indicator", "var", "key");
    static final Set<String> VALUE_NAMES = Set.of("value", "val", "obs_value", "values");

    private LongFormatImporter() {
    }

    /** Column positions {period, variable, value} of a long-format header, or empty. */
    static Optional<int[]> columns(String[] header) {
        int n = header.length;
        while (n > 0 && header[n - 1].isBlank()) {
            n--;
        }
        if (n != 3) {
            return Optional.empty();
        }
        int[] pos = {-1, -1, -1};
        for (int j = 0; j < 3; j++) {
            String h = header[j].strip().toLowerCase(Locale.ROOT);
            int role = PERIOD_NAMES.contains(h) ? 0 : VARIABLE_NAMES.contains(h) ? 1 : VALUE_NAMES.contains(h) ? 2 : -1;
            if (role < 0 || pos[role] >= 0) {
                return Optional.empty();
            }
            pos[role] = j;
        }
        return Optional.of(pos);
    }

    static Dataset read(FileSample sample, CsvDialect dialect, ImportOptions options) throws IOException {
        String file = sample.fileName;
        NumberParser parser = new NumberParser(dialect.decimalMark(), dialect.thousandsSeparator());
        MissingTokens missing = new MissingTokens(options.missingTokens(), dialect);
        Map<String, Integer> varIndex = new LinkedHashMap<>();
        long[] ordinals = new long[1024];
        double[] values = new double[1024];
        int[] vars = new int[1024];
        int[] lines = new int[1024];
        int n = 0;
        Frequency freq = null;
        int freqLine = 0;
        int[] pos;
        int width;
        try (CsvRecordReader r = new CsvRecordReader(sample.openAfterBom(), dialect, file)) {
            if (!r.next()) {
                throw new DataException(SourceLocation.of(file, 1, 0), "the file is empty");
            }
            String[] header = r.texts();
            width = header.length;
            pos = columns(header).orElseThrow(() -> new DataException(SourceLocation.of(file, 1, 0),
                    "a long table needs the columns period, variable and value"));
            while (r.next()) {
                if (r.fieldCount() < 3 || r.fieldCount() > width) {
                    int column = r.fieldCount() < 3 ? r.fieldCount() + 1 : width + 1;
                    throw new DataException(SourceLocation.of(file, r.recordLine(), column), "this row has "
                            + r.fieldCount() + " fields but the header has 3 (period, variable, value)");
                }
                if (n == ordinals.length) {
                    int c = n * 2;
                    ordinals = Arrays.copyOf(ordinals, c);
                    values = Arrays.copyOf(values, c);
                    vars = Arrays.copyOf(vars, c);
                    lines = Arrays.copyOf(lines, c);
                }
                String pt = r.text(pos[0]);
                Optional<Period> p = Period.parse(pt);
                if (p.isEmpty()) {
                    throw new DataException(SourceLocation.of(file, r.fieldLine(pos[0]), pos[0] + 1), "\""
                            + Cells.forMessage(pt) + "\" is not a period (like 2004, 2004Q1, 2004-01)");
                }
                if (freq == null) {
                    freq = p.get().frequency();
                    freqLine = r.recordLine();
                } else if (freq != p.get().frequency()) {
                    throw new DataException(SourceLocation.of(file, r.fieldLine(pos[0]), pos[0] + 1), "\""
                            + Cells.forMessage(pt) + "\" is a " + p.get().frequency().name().toLowerCase(Locale.ROOT)
                            + " period, but line " + freqLine + " holds a "
                            + freq.name().toLowerCase(Locale.ROOT) + " one");
                }
                String var = r.text(pos[1]);
                if (var.isEmpty()) {
                    throw new DataException(SourceLocation.of(file, r.fieldLine(pos[1]), pos[1] + 1),
                            "the variable name is empty");
                }
                double v = parser.parse(r.buffer(), r.start(pos[2]), r.end(pos[2]));
                if (parser.ok && missing.isNumber(v)) {
                    v = Double.NaN;
                } else if (!parser.ok) {
                    String t = r.text(pos[2]);
                    if (!missing.isText(t)) {
                        throw new DataException(SourceLocation.of(file, r.fieldLine(pos[2]), pos[2] + 1), "\""
                                + Cells.forMessage(t) + "\" is not a number");
                    }
                    v = Double.NaN;
                }
                ordinals[n] = p.get().ordinal();
                values[n] = v;
                vars[n] = varIndex.computeIfAbsent(var, k -> varIndex.size());
                lines[n] = r.recordLine();
                n++;
            }
        }
        if (n == 0) {
            throw new DataException(SourceLocation.of(file, 2, 0), "the file has a header line but no data rows");
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, ordinals[i]);
            max = Math.max(max, ordinals[i]);
        }
        int size = (int) (max - min + 1);
        Period first = new Period(freq, min);
        int nv = varIndex.size();
        double[][] out = new double[nv][size];
        BitSet[] seen = new BitSet[nv];
        int[][] lineOf = new int[nv][];
        BitSet anyRow = new BitSet(size);
        for (int k = 0; k < nv; k++) {
            Arrays.fill(out[k], Double.NaN);
            seen[k] = new BitSet(size);
        }
        String[] varNames = varIndex.keySet().toArray(new String[0]);
        for (int i = 0; i < n; i++) {
            int t = (int) (ordinals[i] - min);
            int k = vars[i];
            if (seen[k].get(t)) {
                int before = 0;
                for (int q = 0; q < i; q++) {
                    if (vars[q] == k && ordinals[q] == ordinals[i]) {
                        before = lines[q];
                        break;
                    }
                }
                throw new DataException(SourceLocation.of(file, lines[i], pos[0] + 1), "period " + first.plus(t)
                        + " of \"" + varNames[k] + "\" appears twice (also on line " + before + ")");
            }
            seen[k].set(t);
            anyRow.set(t);
            out[k][t] = values[i];
        }
        List<String> notes = new ArrayList<>();
        notes.add("long table (period, variable, value) pivoted to " + nv + (nv == 1 ? " series" : " series"));
        int gaps = size - anyRow.cardinality();
        if (gaps > 0) {
            notes.add(gaps + (gaps == 1 ? " period has" : " periods have") + " no row; missing values were added");
        }
        List<Series> series = new ArrayList<>();
        for (int k = 0; k < nv; k++) {
            series.add(new Series(varNames[k], out[k], null, ""));
        }
        return new Dataset(DataImporter.baseName(file), new TimeIndex(first, size), series, List.of(), notes);
    }
}
