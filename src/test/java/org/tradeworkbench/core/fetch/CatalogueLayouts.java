package org.tradeworkbench.core.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tradeworkbench.core.io.ExcelWorkbooks;

/**
 * Catalogue answers in the providers' documented layouts, built from the real WDI downloads in
 * {@code ../shared/data/raw/wdi}: their indicator codes and names (World Bank {@code /v2/indicator}, source 2
 * World Development Indicators), and their country rows as the series of one dataset (DBnomics
 * {@code /v22/series/WB/WDI}, codes {@code INDICATOR-ISO3}). The server side honours {@code page},
 * {@code limit}, {@code offset} and {@code q} as the providers do.
 */
public final class CatalogueLayouts {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Path WDI = ProviderLayouts.SHARED.resolve("raw/wdi");

    private CatalogueLayouts() {
    }

    /** Code and name of each indicator of the shared WDI files, in file-name order. */
    public static List<CatalogueEntry> wdiIndicators() throws IOException {
        List<CatalogueEntry> out = new ArrayList<>();
        for (Path f : files()) {
            String[] row = rows(f).get(0);
            out.add(new CatalogueEntry(row[3], row[2]));
        }
        return out;
    }

    /** The countries and aggregates of the WDI patents file as series {@code IP.PAT.NRES-ISO3}. */
    public static List<CatalogueEntry> wdiPatentSeries() throws IOException {
        List<CatalogueEntry> out = new ArrayList<>();
        for (String[] r : rows(ProviderLayouts.WDI_PATENTS)) {
            out.add(new CatalogueEntry(r[3] + "-" + r[1], r[2] + " \u2013 " + r[0]));
        }
        return out;
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(WDI)) {
            return s.filter(p -> p.getFileName().toString().startsWith("API_")).sorted().toList();
        }
    }

    private static List<String[]> rows(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        boolean header = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
            String[] f = ExcelWorkbooks.splitCsv(l);
            if (f.length > 4 && f[0].equals("Country Name")) {
                header = true;
            } else if (header && f.length > 4) {
                out.add(f);
            }
        }
        return out;
    }

    /** World Bank v2 {@code /sources}: one page, source 2 as the WDI files name it. */
    public static String worldBankSources() {
        ArrayNode root = JSON.createArrayNode();
        root.addObject().put("page", "1").put("pages", "1").put("per_page", "1000").put("total", "1");
        root.addArray().addObject().put("id", "2").put("lastupdated", "2019-10-28").put("name",
                "World Development Indicators").put("code", "WDI").put("description", "").put("url", "")
                .put("dataavailability", "Y").put("metadataavailability", "Y").put("concepts", "3");
        return root.toString();
    }

    /** World Bank v2 {@code /indicator} (or {@code /sources/2/indicators}) page {@code page}, {@code perPage} a page. */
    public static String worldBankIndicators(int page, int perPage) throws IOException {
        List<CatalogueEntry> all = wdiIndicators();
        int pages = (all.size() + perPage - 1) / perPage;
        ArrayNode root = JSON.createArrayNode();
        root.addObject().put("page", page).put("pages", pages).put("per_page", Integer.toString(perPage))
                .put("total", all.size());
        ArrayNode items = root.addArray();
        for (CatalogueEntry e : all.subList(Math.min(all.size(), (page - 1) * perPage),
                Math.min(all.size(), page * perPage))) {
            ObjectNode o = items.addObject();
            o.put("id", e.code()).put("name", e.name()).put("unit", "");
            o.putObject("source").put("id", "2").put("value", "World Development Indicators");
            o.put("sourceNote", "").put("sourceOrganization", "");
            o.putArray("topics");
        }
        return root.toString();
    }

    /** DBnomics v22 {@code /providers}. */
    public static String dbnomicsProviders() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode p = root.putObject("providers");
        p.putArray("docs").addObject().put("code", "WB").put("name", "World Bank").put("region", "World")
                .put("website", "https://www.worldbank.org/");
        p.put("limit", 1000).put("num_found", 1).put("offset", 0);
        return root.toString();
    }

    /** DBnomics v22 {@code /datasets/WB}. */
    public static String dbnomicsDatasets() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode d = root.putObject("datasets");
        d.putArray("docs").addObject().put("code", "WDI").put("name", "World Development Indicators")
                .put("provider_code", "WB");
        d.put("limit", 50).put("num_found", 1).put("offset", 0);
        return root.toString();
    }

    /** DBnomics v22 {@code /series/WB/WDI?limit=&offset=&q=}: the patents file's rows matching every word of q. */
    public static String dbnomicsSeries(String query) throws IOException {
        int limit = intParam(query, "limit", 50);
        int offset = intParam(query, "offset", 0);
        String q = param(query, "q");
        List<CatalogueEntry> all = new ArrayList<>();
        for (CatalogueEntry e : wdiPatentSeries()) {
            String hay = (e.code() + " " + e.name()).toLowerCase(Locale.ROOT);
            if (q == null || List.of(q.toLowerCase(Locale.ROOT).split("\\s+")).stream().allMatch(hay::contains)) {
                all.add(e);
            }
        }
        ObjectNode root = JSON.createObjectNode();
        ObjectNode s = root.putObject("series");
        ArrayNode docs = s.putArray("docs");
        for (CatalogueEntry e : all.subList(Math.min(all.size(), offset), Math.min(all.size(), offset + limit))) {
            docs.addObject().put("series_code", e.code()).put("series_name", e.name()).put("provider_code", "WB")
                    .put("dataset_code", "WDI").put("@frequency", "annual");
        }
        s.put("limit", limit).put("num_found", all.size()).put("offset", offset);
        return root.toString();
    }

    static String param(String query, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(query);
        return m.find() ? URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : null;
    }

    static int intParam(String query, String name, int otherwise) {
        String v = param(query, name);
        return v == null ? otherwise : Integer.parseInt(v);
    }

    /** The server: each catalogue path in its layout; anything else 404. World Bank pages hold {@code perPage}. */
    public static ProviderServer server(int perPage) throws IOException {
        return new ProviderServer(q -> {
            try {
                if (q.startsWith("/v2/sources?")) {
                    return ProviderServer.Reply.ok(worldBankSources());
                }
                if (q.startsWith("/v2/indicator?") || q.startsWith("/v2/sources/2/indicators?")) {
                    return ProviderServer.Reply.ok(worldBankIndicators(intParam(q, "page", 1), perPage));
                }
                if (q.equals("/v22/providers")) {
                    return ProviderServer.Reply.ok(dbnomicsProviders());
                }
                if (q.startsWith("/v22/datasets/WB?")) {
                    return ProviderServer.Reply.ok(dbnomicsDatasets());
                }
                if (q.startsWith("/v22/series/WB/WDI?")) {
                    return ProviderServer.Reply.ok(dbnomicsSeries(q));
                }
                return ProviderServer.Reply.status(404, "{\"message\":\"not found\"}");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
