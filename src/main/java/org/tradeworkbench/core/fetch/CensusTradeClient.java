package org.tradeworkbench.core.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Frequency;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.io.atp.AtpColumns;
import org.tradeworkbench.core.io.atp.CensusAtpImporter;
import org.tradeworkbench.core.paper.PaperVariables;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * The U.S. Census international trade API (monthly, values in US$, answers are JSON arrays whose first row is
 * the header, strings throughout). Advanced Technology Products by partner and category:
 * {@code timeseries/intltrade/exports/hitech} ({@code ALL_VAL_MO}, {@code ALL_VAL_YR}) and {@code imports/hitech}
 * ({@code GEN_VAL_MO}, {@code GEN_VAL_YR}), read by the ATP importer. Goods by partner and HS chapter:
 * {@code exports/hs} ({@code E_COMMODITY}, {@code ALL_VAL_*}) and {@code imports/hs} ({@code I_COMMODITY},
 * {@code GEN_VAL_*}) with {@code COMM_LVL=HS2}. A year is December's year-to-date value; a year without
 * December (the current one) is left out with a note. The API key is optional.
 */
public final class CensusTradeClient {
    static final String PROVIDER = "U.S. Census trade API";
    public static final String BASE = "https://api.census.gov/data";

    private final Http http;
    private final String base;
    private final String key;

    public CensusTradeClient(Http http, String base, String key) {
        this.http = http;
        this.base = base;
        this.key = key == null || key.isBlank() ? null : key.strip();
    }

    /** ATP exports and imports with {@code partner} (CTY_CODE, e.g. 5700), annual series with balances. */
    public Fetched atp(String partner, int from, int to, ProgressReporter progress) {
        String p = code(partner);
        checkYears(from, to);
        List<Answer> answers = new ArrayList<>();
        String[][] flows = {{"exports", "ALL_VAL_MO,ALL_VAL_YR"}, {"imports", "GEN_VAL_MO,GEN_VAL_YR"}};
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tw-census");
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < flows.length; i++) {
                progress.progress(i / 2.0);
                String url = base + "/timeseries/intltrade/" + flows[i][0] + "/hitech?get=CTY_CODE,CTY_NAME,HITECH,"
                        + "HITECH_DESC," + flows[i][1] + "&time=from+" + from + "-01+to+" + to + "-12&CTY_CODE=" + p;
                Answer a = get(url, progress);
                answers.add(a);
                requireHeaderRows(a);
                Path f = dir.resolve("census_atp_" + flows[i][0] + "_" + p + ".json");
                Files.writeString(f, a.body(), StandardCharsets.UTF_8);
                files.add(f);
            }
            Dataset d;
            try {
                d = hasCategories(answers) ? CensusAtpImporter.readAll(files, false, List.of(p))
                        : atpTotals(answers, p);
            } catch (DataException e) {
                throw new DataException(PROVIDER + ": the answer's layout has changed or is damaged: "
                        + e.getMessage());
            }
            progress.progress(1);
            return Fetched.of(d.withName("census_atp_" + p), PROVIDER + " (hitech)", "", answers);
        } catch (IOException e) {
            throw new DataException(PROVIDER + ": cannot write a temporary file: " + e.getMessage());
        } finally {
            deleteAll(dir);
        }
    }

    /** Whether any row is one of the ATP categories 01..10 (a request may ask for the total only). */
    private static boolean hasCategories(List<Answer> answers) {
        for (Answer a : answers) {
            List<List<String>> rows = headerRows(a);
            int h = rows.get(0).stream().map(x -> x.trim().toUpperCase(Locale.ROOT)).toList().indexOf("HITECH");
            if (h < 0) {
                return true; // let the ATP importer name what is missing
            }
            for (List<String> r : rows.subList(1, rows.size())) {
                if (h < r.size() && r.get(h).trim().matches("0[1-9]|10")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The ATP total (HITECH {@code -}) by year, December's year-to-date value, when the answer has no categories. */
    private static Dataset atpTotals(List<Answer> answers, String partner) {
        SeriesBuilder b = new SeriesBuilder(PROVIDER);
        List<String> notes = new ArrayList<>();
        String[] flows = {"exports", "imports"};
        String[] ytd = {"ALL_VAL_YR", "GEN_VAL_YR"};
        for (int i = 0; i < answers.size(); i++) {
            SeriesBuilder one = new SeriesBuilder(PROVIDER);
            readGoods(answers.get(i), flows[i], "HITECH", ytd[i], one, notes);
            Dataset d = one.build("atp", List.of());
            String prefix = partner.equals("5700") ? PaperVariables.CHINA_PREFIX : "us_cty" + partner;
            String name = PaperVariables.atpColumn(prefix, null, i == 0 ? PaperVariables.Flow.EXPORTS
                    : PaperVariables.Flow.IMPORTS);
            b.describe(name, "US ATP " + flows[i] + (i == 0 ? " to " : " from ") + "partner " + partner
                    + ", all categories (Census hitech total), millions of US$");
            for (var s : d.series()) {
                for (int r = 0; r < d.rowCount(); r++) {
                    if (!Double.isNaN(s.get(r))) {
                        b.put(name, d.index().period(r), s.get(r));
                    }
                }
            }
        }
        notes.add("the answer holds the ATP total only (no categories 01..10)");
        return AtpColumns.withBalances(b.build("atp", notes));
    }

    /** Goods exports and imports with {@code partner} by HS chapter, annual, millions of US$. */
    public Fetched goods(String partner, int from, int to, ProgressReporter progress) {
        String p = code(partner);
        checkYears(from, to);
        List<Answer> answers = new ArrayList<>();
        SeriesBuilder b = new SeriesBuilder(PROVIDER);
        List<String> notes = new ArrayList<>();
        String[][] flows = {{"exports", "E_COMMODITY", "ALL_VAL_MO,ALL_VAL_YR", "ALL_VAL_YR"},
            {"imports", "I_COMMODITY", "GEN_VAL_MO,GEN_VAL_YR", "GEN_VAL_YR"}};
        for (int i = 0; i < flows.length; i++) {
            progress.progress(i / 2.0);
            String[] fl = flows[i];
            String url = base + "/timeseries/intltrade/" + fl[0] + "/hs?get=CTY_CODE,CTY_NAME," + fl[1] + ","
                    + fl[1] + "_SDESC," + fl[2] + "&COMM_LVL=HS2&time=from+" + from + "-01+to+" + to
                    + "-12&CTY_CODE=" + p;
            Answer a = get(url, progress);
            answers.add(a);
            readGoods(a, fl[0], fl[1], fl[3], b, notes);
        }
        progress.progress(1);
        return Fetched.of(b.build("census_goods_" + p, notes), PROVIDER + " (hs)", "", answers);
    }

    private Answer get(String url, ProgressReporter progress) {
        try {
            return http.get(PROVIDER, url, key, progress);
        } catch (Http.Failure f) {
            if (key == null && (f.status == 401 || f.status == 403)) {
                throw new DataException(f.getMessage() + "; the Census API may need a key: get one at "
                        + "https://api.census.gov/data/key_signup.html and give it with --key (or in Preferences)");
            }
            throw f;
        }
    }

    private static List<List<String>> headerRows(Answer a) {
        JsonNode root = Json.parse(PROVIDER, a);
        if (!root.isArray() || root.size() == 0 || !root.get(0).isArray()) {
            throw Json.changed(PROVIDER, a, "a JSON array of rows whose first row is the header");
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode r : root) {
            if (!r.isArray()) {
                throw Json.changed(PROVIDER, a, "every row an array");
            }
            List<String> row = new ArrayList<>();
            for (JsonNode c : r) {
                row.add(c.isNull() ? "" : c.asText());
            }
            rows.add(row);
        }
        return rows;
    }

    private static void requireHeaderRows(Answer a) {
        headerRows(a);
    }

    /** One flow of the HS answer into annual series per chapter: December's year-to-date value. */
    static void readGoods(Answer a, String flow, String commodityField, String ytdField, SeriesBuilder b,
                          List<String> notes) {
        List<List<String>> rows = headerRows(a);
        List<String> header = rows.get(0).stream().map(s -> s.trim().toUpperCase(Locale.ROOT)).toList();
        int cty = need(a, header, "CTY_NAME");
        int com = need(a, header, commodityField);
        int desc = header.indexOf(commodityField + "_SDESC");
        int ytd = need(a, header, ytdField);
        int time = need(a, header, "TIME");
        Map<String, TreeMap<Integer, Double>> december = new HashMap<>();
        Map<String, TreeMap<Integer, Integer>> lastMonth = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() < header.size()) {
                throw Json.changed(PROVIDER, a, "rows as wide as the header (row " + (i + 1) + " has " + r.size()
                        + " values)");
            }
            Optional<Period> month = Period.parse(r.get(time)).filter(p -> p.frequency() == Frequency.MONTHLY);
            if (month.isEmpty()) {
                throw Json.changed(PROVIDER, a, "months YYYY-MM in \"time\", got \"" + r.get(time) + "\"");
            }
            String code = r.get(com).trim();
            String name = SeriesBuilder.name("us", r.get(cty), code.equals("-") || code.isEmpty() ? "goods"
                    : "hs" + code, flow, "musd");
            b.describe(name, "US goods " + flow + (flow.equals("exports") ? " to " : " from ") + r.get(cty)
                    + (code.equals("-") || code.isEmpty() ? "" : ", HS chapter " + code + (desc >= 0 ? " "
                    + r.get(desc) : "")) + ", millions of US$ (Census " + flow + "/hs, December year-to-date)");
            int y = month.get().year();
            int m = month.get().subPeriod();
            lastMonth.computeIfAbsent(name, k -> new TreeMap<>()).merge(y, m, Math::max);
            if (m == 12) {
                String t = r.get(ytd).trim();
                if (t.isEmpty() || t.equals("-")) {
                    continue;
                }
                try {
                    december.computeIfAbsent(name, k -> new TreeMap<>()).put(y, Double.parseDouble(t) / 1e6);
                } catch (NumberFormatException e) {
                    throw Json.changed(PROVIDER, a, "numbers in " + ytdField + ", got \"" + t + "\"");
                }
            }
        }
        java.util.TreeSet<Integer> partial = new java.util.TreeSet<>();
        for (var e : lastMonth.entrySet()) {
            TreeMap<Integer, Double> dec = december.getOrDefault(e.getKey(), new TreeMap<>());
            for (var y : e.getValue().entrySet()) {
                if (dec.containsKey(y.getKey())) {
                    b.put(e.getKey(), Period.annual(y.getKey()), dec.get(y.getKey()));
                } else if (y.getValue() < 12) {
                    partial.add(y.getKey());
                }
            }
        }
        for (int y : partial) {
            notes.add(flow + " " + y + ": the answer holds only part of the year; the year is left out");
        }
    }

    private static int need(Answer a, List<String> header, String field) {
        int i = header.indexOf(field);
        if (i < 0) {
            throw Json.changed(PROVIDER, a, "the header field " + field + ", got " + header);
        }
        return i;
    }

    private static String code(String partner) {
        String p = Json.require(PROVIDER, "--partner", partner);
        if (!p.matches("[0-9]{4}")) {
            throw new DataException(PROVIDER + ": --partner takes a four-digit Census country code (CTY_CODE, e.g. "
                    + "5700 China), got \"" + partner + "\"");
        }
        return p;
    }

    private static void checkYears(int from, int to) {
        if (from < 1985 || to < from || to > 2999) {
            throw new DataException(PROVIDER + ": --from and --to must be years with from <= to, got " + from + " to " + to);
        }
    }

    private static void deleteAll(Path dir) {
        if (dir == null) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
