package org.tradeworkbench.core.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.io.ExcelWorkbooks;

/**
 * Answers in each provider's documented layout, built at test time from the real data in {@code ../shared/data}
 * (see its SOURCES.md): nothing here is invented; where a value is derived (a running year-to-date sum, US$
 * from millions), the derivation is named.
 */
public final class ProviderLayouts {
    public static final Path SHARED = Path.of("..", "shared", "data");
    static final Path WDI_PATENTS = SHARED.resolve("raw/wdi/API_IP.PAT.NRES_DS2_en_csv_v2_427489.csv");
    static final Path CURATED_ANNUAL = SHARED.resolve("curated/china_us_hitech_annual.csv");
    static final Path CURATED_MONTHLY = SHARED.resolve("curated/us_china_goods_monthly.csv");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProviderLayouts() {
    }

    /** A row of a WDI bulk CSV by country code: year to value (empty cells left out). */
    static Map<Integer, Double> wdiRow(Path file, String iso3) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = null;
        for (String line : lines) {
            String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
            String[] f = ExcelWorkbooks.splitCsv(l);
            if (f.length > 4 && f[0].equals("Country Name")) {
                header = f;
            } else if (header != null && f.length > 4 && f[1].equals(iso3)) {
                Map<Integer, Double> out = new LinkedHashMap<>();
                for (int j = 4; j < Math.min(f.length, header.length); j++) {
                    if (!f[j].isBlank() && header[j].matches("\\d{4}")) {
                        out.put(Integer.parseInt(header[j]), Double.parseDouble(f[j]));
                    }
                }
                return out;
            }
        }
        throw new IllegalStateException(iso3 + " not in " + file);
    }

    /**
     * World Bank v2 pages for one country and indicator, newest year first as the API sends them, every year of
     * the WDI file's span (missing ones as null), {@code perPage} to a page; vintage as SOURCES.md gives it.
     */
    static List<String> worldBankPages(Path wdi, String iso3, String iso2, String country, String indicator,
                                       String indicatorName, String lastUpdated, int firstYear, int lastYear,
                                       int perPage) throws IOException {
        Map<Integer, Double> row = wdiRow(wdi, iso3);
        List<ObjectNode> obs = new ArrayList<>();
        for (int y = lastYear; y >= firstYear; y--) {
            ObjectNode o = JSON.createObjectNode();
            o.putObject("indicator").put("id", indicator).put("value", indicatorName);
            o.putObject("country").put("id", iso2).put("value", country);
            o.put("countryiso3code", iso3);
            o.put("date", Integer.toString(y));
            if (row.containsKey(y)) {
                o.put("value", row.get(y));
            } else {
                o.putNull("value");
            }
            o.put("unit", "");
            o.put("obs_status", "");
            o.put("decimal", 0);
            obs.add(o);
        }
        int pages = (obs.size() + perPage - 1) / perPage;
        List<String> out = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            ArrayNode root = JSON.createArrayNode();
            ObjectNode env = root.addObject();
            env.put("page", p).put("pages", pages).put("per_page", perPage).put("total", obs.size())
                    .put("sourceid", "2").put("lastupdated", lastUpdated);
            ArrayNode items = root.addArray();
            obs.subList((p - 1) * perPage, Math.min(obs.size(), p * perPage)).forEach(items::add);
            out.add(root.toString());
        }
        return out;
    }

    /** The curated annual file: column to year to value (empty cells left out). */
    public static Map<Integer, Double> curatedAnnual(String column) throws IOException {
        List<String> lines = Files.readAllLines(CURATED_ANNUAL, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        int j = List.of(header).indexOf(column);
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            if (!f[j].isBlank()) {
                out.put(Integer.parseInt(f[0]), Double.parseDouble(f[j]));
            }
        }
        return out;
    }

    /** The curated monthly file: column to "YYYY-MM" to millions of US$. */
    static Map<String, Double> curatedMonthly(String column) throws IOException {
        List<String> lines = Files.readAllLines(CURATED_MONTHLY, StandardCharsets.UTF_8);
        int j = List.of(lines.get(0).split(",", -1)).indexOf(column);
        Map<String, Double> out = new LinkedHashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            if (!f[j].isBlank()) {
                out.put(f[0], Double.parseDouble(f[j]));
            }
        }
        return out;
    }

    /**
     * A Census hitech answer for China's ATP total in 2017, the one year in the curated file with both flows:
     * exports US$ 35.7 billion and the balance -135.4 billion (IndustryWeek/Bloomberg citing Census, see
     * SOURCES.md), so imports are 35.7 + 135.4 = 171.1 billion. Only December's row, whose year-to-date field is
     * the year; the month field is left out, as a {@code get=} without it answers.
     */
    public static String censusAtp2017(boolean exports) throws IOException {
        double ex = curatedAnnual("us_china_atp_exports_busd").get(2017);
        double bal = curatedAnnual("us_china_atp_balance_busd").get(2017);
        double value = exports ? ex : ex - bal;
        ArrayNode root = JSON.createArrayNode();
        root.addArray().add("CTY_CODE").add("CTY_NAME").add("HITECH").add("HITECH_DESC")
                .add(exports ? "ALL_VAL_YR" : "GEN_VAL_YR").add("time").add("CTY_CODE");
        root.addArray().add("5700").add("CHINA").add("-").add("TOTAL").add(usd(value * 1e9)).add("2017-12")
                .add("5700");
        return root.toString();
    }

    /**
     * A Census exports/hs or imports/hs answer for China, all commodities ({@code -}), from the curated monthly
     * goods trade: the month field is the month's value in US$ (millions × 10^6), the year-to-date field the
     * running sum within the year. The curated file carries totals, not chapters.
     */
    static String censusGoods(boolean exports, int from, int to) throws IOException {
        Map<String, Double> m = curatedMonthly(exports ? "us_exports_to_china_musd" : "us_imports_from_china_musd");
        String com = exports ? "E_COMMODITY" : "I_COMMODITY";
        String mo = exports ? "ALL_VAL_MO" : "GEN_VAL_MO";
        String yr = exports ? "ALL_VAL_YR" : "GEN_VAL_YR";
        ArrayNode root = JSON.createArrayNode();
        root.addArray().add("CTY_CODE").add("CTY_NAME").add(com).add(com + "_SDESC").add(mo).add(yr).add("COMM_LVL")
                .add("time").add("CTY_CODE");
        for (int y = from; y <= to; y++) {
            double ytd = 0;
            for (int month = 1; month <= 12; month++) {
                String key = String.format("%04d-%02d", y, month);
                if (!m.containsKey(key)) {
                    continue;
                }
                ytd += m.get(key);
                root.addArray().add("5700").add("CHINA").add("-").add("TOTAL FOR ALL COMMODITIES")
                        .add(usd(m.get(key) * 1e6)).add(usd(ytd * 1e6)).add("HS2").add(key).add("5700");
            }
        }
        return root.toString();
    }

    /** A DBnomics v22 series answer for one curated annual column, empty years as "NA". */
    static String dbnomics(String code, String column, String name) throws IOException {
        Map<Integer, Double> v = curatedAnnual(column);
        List<String> lines = Files.readAllLines(CURATED_ANNUAL, StandardCharsets.UTF_8);
        ObjectNode root = JSON.createObjectNode();
        ObjectNode series = root.putObject("series");
        series.put("num_found", 1).put("limit", 1000).put("offset", 0);
        ObjectNode doc = series.putArray("docs").addObject();
        String[] id = code.split("/", 3);
        doc.put("provider_code", id[0]).put("dataset_code", id[1]).put("series_code", id[2])
                .put("series_name", name).put("@frequency", "annual").put("indexed_at", "2026-02-24T00:00:00Z");
        ArrayNode period = doc.putArray("period");
        ArrayNode value = doc.putArray("value");
        for (String l : lines.subList(1, lines.size())) {
            int y = Integer.parseInt(l.split(",", 2)[0]);
            period.add(Integer.toString(y));
            if (v.containsKey(y)) {
                value.add(v.get(y));
            } else {
                value.add("NA");
            }
        }
        return root.toString();
    }

    private static String usd(double v) {
        return Long.toString(Math.round(v));
    }
}
