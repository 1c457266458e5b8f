package org.tradeworkbench.core.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * The World Bank Indicators API v2 catalogue: the data sources ({@code /v2/sources}) and the indicators, all of
 * them ({@code /v2/indicator}) or one source's ({@code /v2/sources/{id}/indicators}). Both answer the paging
 * envelope {@code [ {page, pages, per_page, total}, [ {id, name, ...} ] ]}. The API has no text search, so a
 * search reads every page of the list (each page is cached, so the next search is quick and works offline) and
 * keeps the indicators whose code or name holds every word asked.
 */
public final class WorldBankCatalogue {
    static final String PROVIDER = WorldBankClient.PROVIDER;
    static final int PER_PAGE = 1000;

    private final Http http;
    private final String base;

    public WorldBankCatalogue(Http http, String base) {
        this.http = http;
        this.base = base;
    }

    /** Every data source (id and name), e.g. 2 World Development Indicators. */
    public List<CatalogueEntry> sources(ProgressReporter progress) {
        return all(base + "/sources?format=json&per_page=" + PER_PAGE, "", progress);
    }

    /**
     * The indicators whose code or name holds every word of {@code text} (case ignored; blank keeps them all),
     * of one source ({@code source} an id, or null for all). Then {@link #page} cuts it into pages.
     */
    public List<CatalogueEntry> searchIndicators(String source, String text, ProgressReporter progress) {
        String path = source == null || source.isBlank() ? "/indicator"
                : "/sources/" + URLEncoder.encode(source.strip(), StandardCharsets.UTF_8) + "/indicators";
        return all(base + path + "?format=json&per_page=" + PER_PAGE, text, progress);
    }

    /** Entries {@code offset .. offset + size - 1} of a list already read. */
    public static CataloguePage page(List<CatalogueEntry> all, int offset, int size) {
        int from = Math.max(0, Math.min(offset, all.size()));
        return new CataloguePage(all.subList(from, Math.min(all.size(), from + size)), from, all.size());
    }

    private List<CatalogueEntry> all(String url0, String text, ProgressReporter progress) {
        List<String> words = words(text);
        List<CatalogueEntry> out = new ArrayList<>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            if (progress.isCancelled()) {
                throw new DataException(PROVIDER + ": cancelled");
            }
            progress.progress((page - 1) / (double) pages);
            Answer a = http.get(PROVIDER, url0 + "&page=" + page, null, progress);
            JsonNode root = Json.parse(PROVIDER, a);
            if (root.isArray() && root.size() == 1 && root.get(0).has("message")) {
                JsonNode m = root.get(0).get("message");
                JsonNode first = m.isArray() && m.size() > 0 ? m.get(0) : m;
                throw new DataException(PROVIDER + ": " + first.path("value").asText(first.toString()));
            }
            if (!root.isArray() || root.size() < 2 || !root.get(0).isObject()) {
                throw Json.changed(PROVIDER, a, "a two-element array [paging, entries]");
            }
            pages = Math.max(1, Json.intField(PROVIDER, a, root.get(0), "pages"));
            JsonNode items = root.get(1);
            if (items.isNull()) {
                break;
            }
            if (!items.isArray()) {
                throw Json.changed(PROVIDER, a, "an array of entries as the second element");
            }
            for (JsonNode o : items) {
                CatalogueEntry e = new CatalogueEntry(Json.text(PROVIDER, a, o, "id").strip(),
                        Json.text(PROVIDER, a, o, "name").strip());
                if (matches(e, words)) {
                    out.add(e);
                }
            }
        }
        progress.progress(1);
        return out;
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }

    private static boolean matches(CatalogueEntry e, List<String> words) {
        String hay = (e.code() + " " + e.name()).toLowerCase(Locale.ROOT);
        return words.stream().allMatch(hay::contains);
    }
}
