package org.tradeworkbench.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.SourceLocation;
import org.tradeworkbench.core.data.TimeIndex;

/**
 * World Bank World Development Indicators bulk CSV: metadata lines ({@code "Data Source"}, {@code "Last Updated
 * Date"}), then {@code Country Name, Country Code, Indicator Name, Indicator Code, 1960, ...} with one row per
 * country (or aggregate) and indicator, and a trailing empty column.
 *
 * <p>One annual series per chosen country and indicator, named {@code <indicator code>_<ISO3>} with dots
 * replaced by underscores (e.g. {@code IP_PAT_NRES_CHN}) so that it can be typed in an expression; the
 * indicator name, country and WDI vintage are the series' description.
 */
public final class WdiImporter {
    /** Countries imported when none are chosen, as far as the file has them. */
    public static final List<String> DEFAULT_COUNTRIES = List.of("CHN", "USA", "WLD");

    static final String HEADER_START = "Country Name";

    private WdiImporter() {
    }

    /** Reads the chosen countries (ISO3 codes or names, any case); at least one must be given. */
    public static Dataset read(Path file, List<String> countries) {
        if (countries == null || countries.isEmpty()) {
            throw new IllegalArgumentException("choose at least one country");
        }
        return DataImporter.read(file, ImportOptions.defaults().withFormat(ImportOptions.Format.WDI)
                .withCountries(countries));
    }

    static boolean looksLikeWdi(List<SampleRecord> head) {
        for (int i = 0; i < Math.min(head.size(), 8); i++) {
            String[] f = head.get(i).fields();
            if (f.length >= 5 && f[0].equals(HEADER_START) && f[1].equals("Country Code")
                    && f[2].equals("Indicator Name") && f[3].equals("Indicator Code")) {
                return true;
            }
        }
        return false;
    }

    static Dataset read(FileSample sample, CsvDialect dialect, ImportOptions options) throws IOException {
        String file = sample.fileName;
        RecordTable table = RecordTable.read(sample, dialect);
        List<SampleRecord> recs = table.records;
        String vintage = "";
        int headerAt = -1;
        for (int i = 0; i < recs.size(); i++) {
            String[] f = recs.get(i).fields();
            if (f.length >= 2 && f[0].equals("Last Updated Date")) {
                vintage = f[1];
            }
            if (f.length >= 4 && f[0].equals(HEADER_START)) {
                headerAt = i;
                break;
            }
        }
        if (headerAt < 0) {
            throw new DataException(SourceLocation.of(file, 1, 0),
                    "no WDI header line (\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",1960,...)");
        }
        SampleRecord header = recs.get(headerAt);
        String[] h = header.fields();
        List<Integer> yearCols = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int j = 4; j < h.length; j++) {
            if (h[j].isBlank()) {
                continue;
            }
            if (!h[j].matches("\\d{4}")) {
                throw new DataException(SourceLocation.of(file, header.line(), j + 1), "\"" + Cells.forMessage(h[j])
                        + "\" is not a year (the WDI header lists years after \"Indicator Code\")");
            }
            int y = Integer.parseInt(h[j]);
            if (!years.isEmpty() && y != years.get(years.size() - 1) + 1) {
                throw new DataException(SourceLocation.of(file, header.line(), j + 1), "year " + y
                        + " does not follow " + years.get(years.size() - 1));
            }
            yearCols.add(j);
            years.add(y);
        }
        if (years.isEmpty()) {
            throw new DataException(SourceLocation.of(file, header.line(), 5), "the WDI header lists no years");
        }
        List<SampleRecord> rows = recs.subList(headerAt + 1, recs.size());
        if (rows.isEmpty()) {
            throw new DataException(SourceLocation.of(file, header.line() + 1, 0),
                    "the file has a header line but no data rows");
        }
        Map<String, String> nameOfCode = new LinkedHashMap<>();
        for (SampleRecord r : rows) {
            if (r.size() < 4) {
                throw new DataException(SourceLocation.of(file, r.line(), r.size() + 1), "this row has " + r.size()
                        + " fields but a WDI row has at least 4 (country name and code, indicator name and code)");
            }
            nameOfCode.putIfAbsent(r.fields()[1].toUpperCase(Locale.ROOT), r.fields()[0]);
        }
        List<String> notes = new ArrayList<>();
        List<String> chosen = chooseCountries(options.countries(), nameOfCode, file, notes);
        NumberParser parser = new NumberParser('.', (char) 0);
        MissingTokens missing = new MissingTokens(options.missingTokens(), dialect);
        List<Series> series = new ArrayList<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (SampleRecord r : rows) {
            String code = r.fields()[1].toUpperCase(Locale.ROOT);
            if (!chosen.contains(code)) {
                continue;
            }
            String indicator = r.fields()[3];
            String name = Names.identifier(indicator + "_" + code);
            if (!done.add(name)) {
                throw new DataException(SourceLocation.of(file, r.line(), 0), "indicator " + indicator
                        + " for " + code + " appears twice");
            }
            double[] v = new double[years.size()];
            for (int k = 0; k < yearCols.size(); k++) {
                int j = yearCols.get(k);
                if (j >= r.size()) {
                    throw new DataException(SourceLocation.of(file, r.line(), r.size() + 1), "this row has "
                            + r.size() + " fields but the header has " + (yearCols.get(yearCols.size() - 1) + 1));
                }
                String t = r.fields()[j];
                double x = parser.parse(t);
                if (parser.ok && missing.isNumber(x)) {
                    x = Double.NaN;
                } else if (!parser.ok) {
                    if (!missing.isText(t)) {
                        throw new DataException(SourceLocation.of(file, r.line(), j + 1), "\""
                                + Cells.forMessage(t) + "\" is not a number");
                    }
                    x = Double.NaN;
                }
                v[k] = x;
            }
            String desc = r.fields()[2] + ", " + r.fields()[0] + " (World Bank WDI " + indicator
                    + (vintage.isEmpty() ? "" : ", last updated " + vintage) + ")";
            series.add(new Series(name, v, null, desc));
        }
        TimeIndex index = new TimeIndex(Period.annual(years.get(0)), years.size());
        return new Dataset(DataImporter.baseName(file), index, series, List.of(), notes);
    }

    private static List<String> chooseCountries(List<String> wanted, Map<String, String> nameOfCode, String file,
                                                List<String> notes) {
        List<String> chosen = new ArrayList<>();
        if (wanted == null || wanted.isEmpty()) {
            for (String c : DEFAULT_COUNTRIES) {
                if (nameOfCode.containsKey(c)) {
                    chosen.add(c);
                }
            }
            if (chosen.isEmpty()) {
                chosen.add(nameOfCode.keySet().iterator().next());
            }
            List<String> shown = new ArrayList<>();
            for (String c : chosen) {
                shown.add(nameOfCode.get(c) + " (" + c + ")");
            }
            notes.add("no countries were chosen, so these were imported: " + String.join(", ", shown) + " (the file has "
                    + nameOfCode.size() + " countries and aggregates; choose others by name or ISO3 code)");
            return chosen;
        }
        for (String w : wanted) {
            String key = w.strip();
            String code = null;
            if (nameOfCode.containsKey(key.toUpperCase(Locale.ROOT))) {
                code = key.toUpperCase(Locale.ROOT);
            } else {
                for (Map.Entry<String, String> e : nameOfCode.entrySet()) {
                    if (e.getValue().equalsIgnoreCase(key)) {
                        code = e.getKey();
                        break;
                    }
                }
            }
            if (code == null) {
                throw new DataException(SourceLocation.file(file), "no country \"" + key
                        + "\" in the file (give an ISO3 code such as CHN or a name such as China)");
            }
            if (!chosen.contains(code)) {
                chosen.add(code);
            }
        }
        return chosen;
    }
}
