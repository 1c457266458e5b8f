package org.tradeworkbench.core.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Frequency;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.SourceLocation;

/**
 * What the columns of a plain table are, decided from the header and the sample: their names (blank and
 * duplicate names repaired, with a note), which one holds the periods, and which hold numbers or text.
 */
final class TableLayout {
    enum Kind { NUMBER, TEXT, TIME }

    /** Header names (lower case) that mark a time column, when its values parse as periods. */
    static final Set<String> TIME_NAMES = Set.of("year", "date", "period", "quarter", "month", "time", "obs",
            "observation", "years", "dates", "periods");

    final String[] names;
    final Kind[] kinds;
    final boolean[] unnamed;
    final int timeColumn;
    /** The time column holds observation numbers 1, 2, ... (a column {@code obs} as written by CsvExporter). */
    final boolean undatedTime;
    final List<String> notes;

    private TableLayout(String[] names, Kind[] kinds, boolean[] unnamed, int timeColumn, boolean undatedTime,
                        List<String> notes) {
        this.names = names;
        this.kinds = kinds;
        this.unnamed = unnamed;
        this.timeColumn = timeColumn;
        this.undatedTime = undatedTime;
        this.notes = notes;
    }

    int width() {
        return names.length;
    }

    TableLayout withKind(int column, Kind kind) {
        Kind[] k = kinds.clone();
        k[column] = kind;
        return new TableLayout(names, k, unnamed, timeColumn, undatedTime, notes);
    }

    /**
     * Decides the layout. {@code records} are the sample records, the header (if any) first.
     */
    static TableLayout decide(List<SampleRecord> records, CsvDialect d, ImportOptions options, String file) {
        SampleRecord first = records.get(0);
        int width = first.size();
        List<String> notes = new ArrayList<>();
        String[] names = new String[width];
        boolean[] unnamed = new boolean[width];
        List<SampleRecord> data = d.header() ? records.subList(1, records.size()) : records;
        if (d.header()) {
            Set<String> seen = new HashSet<>();
            // The next suffix to try per repeated name, so that a header repeating one name thousands of times
            // (a damaged or mis-decoded file) is named in linear time, not quadratic.
            java.util.Map<String, Integer> nextSuffix = new java.util.HashMap<>();
            for (int j = 0; j < width; j++) {
                String n = first.fields()[j].strip();
                if (n.isEmpty()) {
                    unnamed[j] = true;
                    n = "col" + (j + 1);
                }
                String base = n;
                String key = base.toLowerCase(Locale.ROOT);
                int k = nextSuffix.getOrDefault(key, 2);
                while (!seen.add(n.toLowerCase(Locale.ROOT))) {
                    n = base + "_" + k++;
                }
                if (!n.equals(base)) {
                    nextSuffix.put(key, k);
                }
                if (!unnamed[j] && !n.equals(base)) {
                    notes.add("column " + (j + 1) + " repeats the name \"" + base + "\"; it is called \"" + n
                            + "\"");
                }
                names[j] = n;
            }
        } else {
            for (int j = 0; j < width; j++) {
                names[j] = "col" + (j + 1);
            }
        }
        int time = timeColumn(names, data, d, options, file);
        boolean undated = false;
        if (time >= 0 && options.timeColumn() != null && !firstValueIsPeriod(data, time)
                && observationNumbers(data, time)) {
            // A column chosen as the time index that holds observation numbers: an undated index, as detected.
            undated = true;
        }
        if (time < 0 && d.header() && !options.noTimeColumn() && options.timeColumn() == null
                && (names[0].equalsIgnoreCase("obs") || names[0].equalsIgnoreCase("observation"))
                && observationNumbers(data, 0)) {
            time = 0;
            undated = true;
        }
        if (time < 0 && d.header() && !options.noTimeColumn() && options.timeColumn() == null) {
            noteUnusedTimeName(names, data, notes);
        }
        Kind[] kinds = new Kind[width];
        CellKinds cells = new CellKinds(d, options.missingTokens());
        for (int j = 0; j < width; j++) {
            if (j == time) {
                kinds[j] = Kind.TIME;
                continue;
            }
            int numbers = 0;
            int values = 0;
            for (SampleRecord r : data) {
                if (j >= r.size()) {
                    continue;
                }
                CellKinds.Kind k = cells.of(r.fields()[j]);
                if (k != CellKinds.Kind.MISSING) {
                    values++;
                    if (k == CellKinds.Kind.NUMBER) {
                        numbers++;
                    }
                }
            }
            kinds[j] = values == 0 || numbers >= 0.9 * values ? Kind.NUMBER : Kind.TEXT;
        }
        return new TableLayout(names, kinds, unnamed, time, undated, notes);
    }

    private static int timeColumn(String[] names, List<SampleRecord> data, CsvDialect d, ImportOptions options,
                                  String file) {
        if (options.noTimeColumn()) {
            return -1;
        }
        if (options.timeColumn() != null) {
            String want = options.timeColumn().strip();
            for (int j = 0; j < names.length; j++) {
                if (names[j].equalsIgnoreCase(want)) {
                    return j;
                }
            }
            if (want.matches("\\d{1,6}")) {
                int j = Integer.parseInt(want) - 1;
                if (j >= 0 && j < names.length) {
                    return j;
                }
            }
            throw new DataException(SourceLocation.of(file, 1, 0), "there is no column \"" + want
                    + "\" to take the periods from (the columns are: " + String.join(", ", names) + ")");
        }
        for (int j = 0; j < names.length; j++) {
            if (d.header() && TIME_NAMES.contains(names[j].toLowerCase(Locale.ROOT))
                    && firstValueIsPeriod(data, j)) {
                return j;
            }
        }
        return names.length > 1 && allPeriods(data, 0) ? 0 : -1;
    }

    /** A column named like a time column whose values are not periods: say why the rows are numbered instead. */
    private static void noteUnusedTimeName(String[] names, List<SampleRecord> data, List<String> notes) {
        for (int j = 0; j < names.length; j++) {
            if (!TIME_NAMES.contains(names[j].toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (SampleRecord r : data) {
                if (j < r.size() && !r.fields()[j].isBlank()) {
                    notes.add("column \"" + names[j] + "\" is named like a time column, but its first value \""
                            + Cells.forMessage(r.fields()[j]) + "\" (line " + r.line() + ") is not a period (like"
                            + " 2004, 2004Q1, 2004-Q1, 2004-01 or 2004M01), so the rows are numbered from 1; choose the time column in the import options if it holds the periods");
                    return;
                }
            }
        }
    }

    private static boolean observationNumbers(List<SampleRecord> data, int j) {
        int expect = 1;
        for (SampleRecord r : data) {
            if (r.size() <= j || !r.fields()[j].strip().equals(Integer.toString(expect))) {
                return false;
            }
            expect++;
        }
        return expect > 1;
    }

    private static boolean firstValueIsPeriod(List<SampleRecord> data, int j) {
        for (SampleRecord r : data) {
            if (j < r.size() && !r.fields()[j].isBlank()) {
                return Period.parse(r.fields()[j]).isPresent();
            }
        }
        return false;
    }

    /** All sample values parse as periods of one frequency; years must also rise (so that plain numbers are not
     * taken for years). */
    private static boolean allPeriods(List<SampleRecord> data, int j) {
        Frequency f = null;
        Period last = null;
        int n = 0;
        for (SampleRecord r : data) {
            if (j >= r.size()) {
                return false;
            }
            Optional<Period> p = Period.parse(r.fields()[j]);
            if (p.isEmpty()) {
                return false;
            }
            if (f == null) {
                f = p.get().frequency();
            } else if (f != p.get().frequency()) {
                return false;
            }
            if (f == Frequency.ANNUAL && last != null && p.get().compareTo(last) <= 0) {
                return false;
            }
            last = p.get();
            n++;
        }
        return n > 0;
    }
}
