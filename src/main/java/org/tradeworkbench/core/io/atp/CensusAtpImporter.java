package org.tradeworkbench.core.io.atp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.SourceLocation;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.paper.PaperVariables;
import org.tradeworkbench.core.paper.PaperVariables.Flow;

/**
 * Turns Census high-tech (Advanced Technology Products) answers into series, in millions of US$, named by
 * {@link PaperVariables#atpColumn}: per partner, per ATP category ({@code 01}..{@code 10}) and in total (the sum
 * of the 10 categories), exports and imports, annual or monthly. The annual value is December's year-to-date
 * value; a year without December is partial and left missing (and said so in the dataset's notes). Balances
 * (exports minus imports) are generated series added by {@link AtpColumns#withBalances} wherever both flows are
 * present, also after an exports file and an imports file are merged.
 */
public final class CensusAtpImporter {
    private static final Pattern FIRST_JSON_ROW = Pattern.compile("^\\s*\\[\\s*\\[([^\\]]*)\\]");
    private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final double MILLION = 1e6;

    private CensusAtpImporter() {
    }

    /** Whether the file is a Census high-tech answer (JSON or CSV), judged from its first row. */
    public static boolean detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        String s = new String(head, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        return isAtpText(s);
    }

    static boolean isAtpText(String head) {
        List<String> header = new ArrayList<>();
        Matcher m = FIRST_JSON_ROW.matcher(head);
        if (m.find()) {
            Matcher str = JSON_STRING.matcher(m.group(1));
            while (str.find()) {
                header.add(str.group(1));
            }
        } else {
            int end = head.indexOf('\n');
            String first = end < 0 ? head : head.substring(0, end);
            for (String cell : first.split(",", -1)) {
                header.add(cell.replace("\"", "").trim());
            }
        }
        return AtpTableReader.isAtpHeader(header);
    }

    /**
     * Reads one file.
     *
     * @param monthly  monthly series instead of annual ones
     * @param partners partners to keep, by {@code CTY_CODE} or name (case-insensitive); null or empty = all
     */
    public static Dataset read(Path file, boolean monthly, List<String> partners) throws IOException {
        List<AtpRecord> rows = AtpTableReader.read(file);
        String name = file.getFileName().toString();
        return AtpColumns.withBalances(build(name, rows, monthly, partners));
    }

    /** Reads several files (e.g. the exports and the imports answer) into one dataset with balances. */
    public static Dataset readAll(List<Path> files, boolean monthly, List<String> partners) throws IOException {
        List<AtpRecord> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            rows.addAll(AtpTableReader.read(f));
            names.add(f.getFileName().toString());
        }
        return AtpColumns.withBalances(build(String.join(" + ", names), rows, monthly, partners));
    }

    static Dataset build(String name, List<AtpRecord> all, boolean monthly, List<String> partners) {
        List<AtpRecord> rows = new ArrayList<>();
        int otherRows = 0;
        for (AtpRecord r : all) {
            if (!keep(r, partners)) {
                continue;
            }
            if (r.isAtpCategory()) {
                rows.add(r);
            } else {
                otherRows++;
            }
        }
        if (rows.isEmpty()) {
            throw new DataException(SourceLocation.file(name), partners == null || partners.isEmpty()
                    ? "no rows for the ATP categories 01..10"
                    : "no ATP rows for the partner(s) " + String.join(", ", partners));
        }
        TreeSet<Period> months = new TreeSet<>();
        for (AtpRecord r : rows) {
            months.add(r.month());
        }
        int firstYear = months.first().year();
        int lastYear = months.last().year();
        TimeIndex index = monthly ? TimeIndex.between(months.first(), months.last())
                : TimeIndex.between(Period.annual(firstYear), Period.annual(lastYear));
        // key: prefix | flow | category
        TreeMap<String, List<AtpRecord>> groups = new TreeMap<>();
        TreeMap<String, String> partnerLabels = new TreeMap<>();
        for (AtpRecord r : rows) {
            String prefix = prefix(r);
            partnerLabels.put(prefix, r.isAllCountries() ? "all countries" : r.ctyName().trim() + " (" + r.ctyCode().trim() + ")");
            groups.computeIfAbsent(prefix + "|" + r.flow().name() + "|" + r.hitech(), k -> new ArrayList<>()).add(r);
        }
        List<String> notes = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        TreeMap<String, double[]> totals = new TreeMap<>();
        TreeMap<String, int[]> categoriesSeen = new TreeMap<>();
        for (var e : groups.entrySet()) {
            String[] key = e.getKey().split("\\|", -1);
            String prefix = key[0];
            Flow flow = Flow.valueOf(key[1]);
            String category = key[2];
            double[] v = monthly ? monthlyValues(index, e.getValue(), notes) : annualValues(index, e.getValue());
            String column = PaperVariables.atpColumn(prefix, category, flow);
            series.add(new Series(column, v, null, describe(partnerLabels.get(prefix), category, flow, monthly)));
            String totalKey = prefix + "|" + flow.name();
            double[] t = totals.computeIfAbsent(totalKey, k -> nanArray(index.size()));
            int[] seen = categoriesSeen.computeIfAbsent(totalKey, k -> new int[index.size()]);
            for (int i = 0; i < v.length; i++) {
                if (!Double.isNaN(v[i])) {
                    t[i] = Double.isNaN(t[i]) ? v[i] : t[i] + v[i];
                    seen[i]++;
                }
            }
        }
        for (var e : totals.entrySet()) {
            String[] key = e.getKey().split("\\|", -1);
            int[] seen = categoriesSeen.get(e.getKey());
            List<String> incomplete = new ArrayList<>();
            for (int i = 0; i < seen.length; i++) {
                if (seen[i] > 0 && seen[i] < 10) {
                    incomplete.add(index.label(i) + " (" + seen[i] + ")");
                }
            }
            if (!incomplete.isEmpty()) {
                notes.add(name + ": " + partnerLabels.get(key[0]) + " " + Flow.valueOf(key[1]).word()
                        + ": the ATP total sums the categories present; fewer than 10 categories at "
                        + String.join(", ", incomplete));
            }
            series.add(new Series(PaperVariables.atpColumn(key[0], null, Flow.valueOf(key[1])), e.getValue(), null,
                    describe(partnerLabels.get(key[0]), null, Flow.valueOf(key[1]), monthly)));
        }
        notes.add(0, name + ": US Census Bureau, U.S. trade in Advanced Technology Products (international trade API, "
                + "exports/hitech ALL_VAL, imports/hitech GEN_VAL), " + months.first() + ".." + months.last()
                + ", millions of US$" + (monthly ? "" : "; a year's value is December's year-to-date value"));
        if (!monthly) {
            List<String> partial = partialYears(rows, firstYear, lastYear);
            if (!partial.isEmpty()) {
                notes.add(name + ": partial year(s) " + String.join(", ", partial)
                        + " (no December): left missing in the annual series");
            }
        }
        if (otherRows > 0) {
            notes.add(name + ": " + otherRows + " rows for code 00 (not advanced technology) or the total for all "
                    + "commodities were not imported");
        }
        series.sort((a, b) -> a.name().compareTo(b.name()));
        return new Dataset(name, index, series, List.of(), notes);
    }

    private static boolean keep(AtpRecord r, List<String> partners) {
        if (partners == null || partners.isEmpty()) {
            return true;
        }
        for (String p : partners) {
            String q = p.trim();
            if (q.equalsIgnoreCase(r.ctyCode().trim()) || q.equalsIgnoreCase(r.ctyName().trim())) {
                return true;
            }
        }
        return false;
    }

    /** {@code us_china} for China (5700), {@code us_world} for all countries, else {@code us_<name>}. */
    static String prefix(AtpRecord r) {
        if (r.ctyCode().trim().equals("5700")) {
            return PaperVariables.CHINA_PREFIX;
        }
        if (r.isAllCountries()) {
            return "us_world";
        }
        String slug = r.ctyName().trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return "us_" + (slug.isEmpty() ? "cty" + r.ctyCode().trim() : slug);
    }

    private static String describe(String partner, String category, Flow flow, boolean monthly) {
        String what = category == null ? "all 10 ATP categories"
                : "ATP " + category + " " + PaperVariables.atpCategoryName(category);
        return "US " + (flow == Flow.EXPORTS ? "exports to " : "general imports from ") + partner + ", " + what
                + ", million US$, " + (monthly ? "monthly" : "annual") + " (US Census Bureau, international trade API "
                + (flow == Flow.EXPORTS ? "exports/hitech" : "imports/hitech") + ")";
    }

    /** December's year-to-date value; without a year-to-date field, the sum of 12 months when all are present. */
    private static double[] annualValues(TimeIndex index, List<AtpRecord> rows) {
        double[] v = nanArray(index.size());
        TreeMap<Integer, double[]> byYear = new TreeMap<>();
        java.util.Set<Period> seen = new java.util.HashSet<>();
        for (AtpRecord r : rows) {
            if (!seen.add(r.month())) {
                throw new DataException(r.where(), "a second row for " + r.ctyName() + ", HITECH " + r.hitech()
                        + ", " + r.month() + " (" + r.flow().word() + ")");
            }
            double[] m = byYear.computeIfAbsent(r.month().year(), y -> nanArray(13));
            int mo = r.month().subPeriod();
            m[mo] = r.monthValue();
            if (mo == 12) {
                m[0] = r.yearToDate();
            }
        }
        for (var e : byYear.entrySet()) {
            double[] m = e.getValue();
            double year = m[0];
            if (Double.isNaN(year)) {
                double sum = 0;
                for (int mo = 1; mo <= 12; mo++) {
                    sum += m[mo];
                }
                year = sum;
            }
            int row = index.rowOf(Period.annual(e.getKey())).orElseThrow();
            v[row] = year / MILLION;
        }
        return v;
    }

    /** The month's value; without a month field, the difference of year-to-date values within the year. */
    private static double[] monthlyValues(TimeIndex index, List<AtpRecord> rows, List<String> notes) {
        double[] v = nanArray(index.size());
        double[] ytd = nanArray(index.size());
        for (AtpRecord r : rows) {
            int row = index.rowOf(r.month()).orElseThrow();
            if (!Double.isNaN(v[row]) || !Double.isNaN(ytd[row])) {
                throw new DataException(r.where(), "a second row for " + r.ctyName() + ", HITECH " + r.hitech()
                        + ", " + r.month() + " (" + r.flow().word() + ")");
            }
            v[row] = r.monthValue();
            ytd[row] = r.yearToDate();
        }
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i]) && !Double.isNaN(ytd[i])) {
                Period p = index.period(i);
                if (p.subPeriod() == 1) {
                    v[i] = ytd[i];
                } else if (i > 0 && !Double.isNaN(ytd[i - 1])) {
                    v[i] = ytd[i] - ytd[i - 1];
                }
            }
            v[i] /= MILLION;
        }
        return v;
    }

    private static List<String> partialYears(List<AtpRecord> rows, int first, int last) {
        boolean[] hasDecember = new boolean[last - first + 1];
        boolean[] hasAny = new boolean[last - first + 1];
        TreeMap<Integer, Integer> lastMonth = new TreeMap<>();
        for (AtpRecord r : rows) {
            int y = r.month().year();
            hasAny[y - first] = true;
            if (r.month().subPeriod() == 12) {
                hasDecember[y - first] = true;
            }
            lastMonth.merge(y, r.month().subPeriod(), Math::max);
        }
        List<String> out = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            if (hasAny[y - first] && !hasDecember[y - first]) {
                out.add(y + " (to month " + lastMonth.get(y) + ")");
            }
        }
        return out;
    }

    private static double[] nanArray(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
