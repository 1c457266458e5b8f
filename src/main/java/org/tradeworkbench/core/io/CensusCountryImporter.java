package org.tradeworkbench.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 * U.S. Census Bureau "U.S. trade in goods by country" table: {@code year, CTY_CODE, CTYNAME, IJAN..IDEC, IYR,
 * EJAN..EDEC, EYR}, one row per year and partner, millions of US$ (imports: general imports; exports: total
 * exports).
 *
 * <p>For each chosen partner it makes {@code exports_<partner>}, {@code imports_<partner>} and
 * {@code balance_<partner>} (exports minus imports), annual and monthly.
 *
 * <p>Partial years: the table fills the months not yet published with 0 (2024 holds January to June and zeros
 * after). A month counts as published when some partner has a non-zero value in it or in a later month of the
 * same year; unpublished months are missing, not 0. An annual value (IYR, EYR) is only taken for a year whose
 * twelve months are all published; a partial year's annual value is left missing, with a note, so that half a
 * year is never shown as a year.
 */
public final class CensusCountryImporter {
    /** Partners imported when none are chosen: China and the World total (not seasonally adjusted). */
    public static final List<String> DEFAULT_PARTNERS = List.of("5700", "0015");

    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
            "NOV", "DEC"};

    /** Both frequencies of one import. */
    public record Result(Dataset annual, Dataset monthly) {
    }

    private CensusCountryImporter() {
    }

    /** Reads the chosen partners (CTY_CODE such as {@code 5700}, or name such as {@code China}). */
    public static Result read(Path file, List<String> partners) {
        if (partners == null || partners.isEmpty()) {
            throw new IllegalArgumentException("choose at least one partner");
        }
        ImportOptions options = ImportOptions.defaults().withFormat(ImportOptions.Format.CENSUS)
                .withPartners(partners);
        return DataImporter.withSample(file, options, (sample, dialect) -> read(sample, dialect, options));
    }

    static boolean looksLikeCensus(List<SampleRecord> head) {
        if (head.isEmpty()) {
            return false;
        }
        List<String> h = new ArrayList<>();
        for (String f : head.get(0).fields()) {
            h.add(f.strip().toUpperCase(Locale.ROOT));
        }
        return h.size() >= 29 && h.get(0).equals("YEAR") && h.get(1).equals("CTY_CODE") && h.contains("CTYNAME")
                && h.contains("IYR") && h.contains("EYR") && h.contains("IJAN") && h.contains("EDEC");
    }

    static Result read(FileSample sample, CsvDialect dialect, ImportOptions options) throws IOException {
        String file = sample.fileName;
        List<SampleRecord> recs = RecordTable.read(sample, dialect).records;
        if (recs.isEmpty()) {
            throw new DataException(SourceLocation.of(file, 1, 0), "the file is empty");
        }
        SampleRecord header = recs.get(0);
        Map<String, Integer> col = new HashMap<>();
        for (int j = 0; j < header.size(); j++) {
            col.put(header.fields()[j].strip().toUpperCase(Locale.ROOT), j);
        }
        int[] imp = new int[12];
        int[] exp = new int[12];
        for (int m = 0; m < 12; m++) {
            imp[m] = column(col, "I" + MONTHS[m], file, header);
            exp[m] = column(col, "E" + MONTHS[m], file, header);
        }
        int iyr = column(col, "IYR", file, header);
        int eyr = column(col, "EYR", file, header);
        int yearCol = column(col, "YEAR", file, header);
        int codeCol = column(col, "CTY_CODE", file, header);
        int nameCol = column(col, "CTYNAME", file, header);
        List<SampleRecord> rows = recs.subList(1, recs.size());
        if (rows.isEmpty()) {
            throw new DataException(SourceLocation.of(file, 2, 0), "the file has a header line but no data rows");
        }
        NumberParser parser = new NumberParser('.', (char) 0);
        // parse every row: the published months of a year depend on all partners
        Map<String, String> nameOfCode = new LinkedHashMap<>();
        Map<Integer, Integer> publishedMonths = new HashMap<>();
        List<Row> parsed = new ArrayList<>(rows.size());
        int minYear = Integer.MAX_VALUE;
        int maxYear = Integer.MIN_VALUE;
        for (SampleRecord r : rows) {
            if (r.size() != header.size()) {
                int column = Math.min(r.size(), header.size()) + 1;
                throw new DataException(SourceLocation.of(file, r.line(), column), "this row has " + r.size()
                        + " fields but the header has " + header.size());
            }
            String ytext = r.fields()[yearCol];
            if (!ytext.matches("\\d{4}")) {
                throw new DataException(SourceLocation.of(file, r.line(), yearCol + 1), "\""
                        + Cells.forMessage(ytext) + "\" is not a year");
            }
            int year = Integer.parseInt(ytext);
            minYear = Math.min(minYear, year);
            maxYear = Math.max(maxYear, year);
            String code = r.fields()[codeCol].strip();
            nameOfCode.putIfAbsent(code, r.fields()[nameCol].strip());
            Row row = new Row(r.line(), year, code, new double[12], new double[12],
                    number(r, iyr, parser, file), number(r, eyr, parser, file));
            int last = 0;
            for (int m = 0; m < 12; m++) {
                row.imports[m] = number(r, imp[m], parser, file);
                row.exports[m] = number(r, exp[m], parser, file);
                if (row.imports[m] != 0 && !Double.isNaN(row.imports[m])
                        || row.exports[m] != 0 && !Double.isNaN(row.exports[m])) {
                    last = m + 1;
                }
            }
            publishedMonths.merge(year, last, Math::max);
            parsed.add(row);
        }
        List<String> notes = new ArrayList<>();
        List<String> chosen = choosePartners(options.partners(), nameOfCode, file, notes);
        Map<String, String> names = seriesNames(chosen, nameOfCode);
        TimeIndex annualIndex = new TimeIndex(Period.annual(minYear), maxYear - minYear + 1);
        int lastMonths = publishedMonths.get(maxYear);
        TimeIndex monthlyIndex = TimeIndex.between(Period.monthly(minYear, 1),
                Period.monthly(lastMonths == 0 ? maxYear - 1 : maxYear, lastMonths == 0 ? 12 : lastMonths));
        for (int y = minYear; y <= maxYear; y++) {
            int pm = publishedMonths.getOrDefault(y, 12);
            if (pm < 12 && publishedMonths.containsKey(y)) {
                notes.add(y + ": the file holds " + (pm == 0 ? "no month" : "January to "
                        + java.time.Month.of(pm).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)) + " only (later months read 0 there); those months and the "
                        + y + " annual values are left missing");
            }
        }
        Map<String, double[]> annual = new LinkedHashMap<>();
        Map<String, double[]> monthly = new LinkedHashMap<>();
        for (String code : chosen) {
            String slug = names.get(code);
            for (String kind : List.of("exports", "imports", "balance")) {
                double[] a = new double[annualIndex.size()];
                java.util.Arrays.fill(a, Double.NaN);
                annual.put(kind + "_" + slug, a);
                double[] m = new double[monthlyIndex.size()];
                java.util.Arrays.fill(m, Double.NaN);
                monthly.put(kind + "_" + slug, m);
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : parsed) {
            if (!chosen.contains(row.code)) {
                continue;
            }
            Integer before = seen.put(row.year + "/" + row.code, row.line);
            if (before != null) {
                throw new DataException(SourceLocation.of(file, row.line, yearCol + 1), "partner " + row.code
                        + " appears twice for " + row.year + " (also on line " + before + ")");
            }
            String slug = names.get(row.code);
            int pm = publishedMonths.get(row.year);
            int ay = row.year - minYear;
            if (pm == 12) {
                annual.get("exports_" + slug)[ay] = row.exportsYear;
                annual.get("imports_" + slug)[ay] = row.importsYear;
                annual.get("balance_" + slug)[ay] = row.exportsYear - row.importsYear;
            }
            for (int m = 0; m < pm; m++) {
                int i = (row.year - minYear) * 12 + m;
                monthly.get("exports_" + slug)[i] = row.exports[m];
                monthly.get("imports_" + slug)[i] = row.imports[m];
                monthly.get("balance_" + slug)[i] = row.exports[m] - row.imports[m];
            }
        }
        String base = DataImporter.baseName(file);
        return new Result(
                new Dataset(base, annualIndex, series(annual, names, nameOfCode, "annual"), List.of(), notes),
                new Dataset(base + "_monthly", monthlyIndex, series(monthly, names, nameOfCode, "monthly"),
                        List.of(), notes));
    }

    private static List<Series> series(Map<String, double[]> values, Map<String, String> names,
                                       Map<String, String> nameOfCode, String freq) {
        Map<String, String> codeOfSlug = new HashMap<>();
        names.forEach((code, slug) -> codeOfSlug.put(slug, code));
        List<Series> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            String kind = e.getKey().substring(0, e.getKey().indexOf('_'));
            String slug = e.getKey().substring(kind.length() + 1);
            String code = codeOfSlug.get(slug);
            String what = switch (kind) {
                case "exports" -> "U.S. exports of goods to ";
                case "imports" -> "U.S. general imports of goods from ";
                default -> "U.S. goods trade balance (exports - imports) with ";
            };
            out.add(new Series(e.getKey(), e.getValue(), null, what + nameOfCode.get(code) + " (CTY_CODE " + code
                    + "), " + freq + ", millions of US$ (U.S. Census Bureau)"));
        }
        return out;
    }

    private static int column(Map<String, Integer> col, String name, String file, SampleRecord header) {
        Integer j = col.get(name);
        if (j == null) {
            throw new DataException(SourceLocation.of(file, header.line(), 0), "the Census table has no column "
                    + name);
        }
        return j;
    }

    private static double number(SampleRecord r, int j, NumberParser parser, String file) {
        String t = r.fields()[j];
        if (t.isBlank()) {
            return Double.NaN;
        }
        double v = parser.parse(t);
        if (!parser.ok) {
            throw new DataException(SourceLocation.of(file, r.line(), j + 1), "\"" + Cells.forMessage(t)
                    + "\" is not a number");
        }
        return v;
    }

    private static List<String> choosePartners(List<String> wanted, Map<String, String> nameOfCode, String file,
                                               List<String> notes) {
        List<String> chosen = new ArrayList<>();
        if (wanted == null || wanted.isEmpty()) {
            for (String c : DEFAULT_PARTNERS) {
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
            notes.add("no partners were chosen, so these were imported: " + String.join(", ", shown)
                    + " (the file has " + nameOfCode.size() + " partners; choose others by CTY_CODE or name)");
            return chosen;
        }
        for (String w : wanted) {
            String key = w.strip();
            String code = null;
            for (String c : nameOfCode.keySet()) {
                if (c.equals(key) || (key.matches("\\d+") && c.matches("\\d+")
                        && Integer.parseInt(c) == Integer.parseInt(key))) {
                    code = c;
                    break;
                }
            }
            if (code == null) {
                for (Map.Entry<String, String> e : nameOfCode.entrySet()) {
                    if (e.getValue().equalsIgnoreCase(key)) {
                        code = e.getKey();
                        break;
                    }
                }
            }
            if (code == null) {
                throw new DataException(SourceLocation.file(file), "no partner \"" + key
                        + "\" in the file (give a CTY_CODE such as 5700 or a name such as China)");
            }
            if (!chosen.contains(code)) {
                chosen.add(code);
            }
        }
        return chosen;
    }

    /** Short names: the partner name up to its first comma ("World, Not Seasonally Adjusted" -> world); the code
     * is added when two chosen partners would share one. */
    private static Map<String, String> seriesNames(List<String> chosen, Map<String, String> nameOfCode) {
        Map<String, String> slug = new LinkedHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (String c : chosen) {
            String n = nameOfCode.get(c);
            int comma = n.indexOf(',');
            String s = Names.lowerIdentifier(comma > 0 ? n.substring(0, comma) : n);
            slug.put(c, s);
            uses.merge(s, 1, Integer::sum);
        }
        slug.replaceAll((c, s) -> uses.get(s) > 1 ? s + "_" + c : s);
        return slug;
    }

    private record Row(int line, int year, String code, double[] imports, double[] exports, double importsYear,
                       double exportsYear) {
    }
}
