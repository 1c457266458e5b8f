package org.tradeworkbench.core.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * The DBnomics API v22 catalogue, from providers to datasets to series: {@code /v22/providers}
 * ({@code providers.docs[]}: {@code code}, {@code name}), {@code /v22/datasets/{provider}?limit=&offset=}
 * ({@code datasets.docs[]}: {@code code}, {@code name}; {@code datasets.num_found}) and
 * {@code /v22/series/{provider}/{dataset}?limit=&offset=[&q=]&observations=0} ({@code series.docs[]}:
 * {@code series_code}, {@code series_name}; {@code series.num_found}). Datasets and series come a page at a time.
 */
public final class DbnomicsCatalogue {
    static final String PROVIDER = DbnomicsClient.PROVIDER;

    private final Http http;
    private final String base;

    public DbnomicsCatalogue(Http http, String base) {
        this.http = http;
        this.base = base;
    }

    public CataloguePage providers(ProgressReporter progress) {
        return read(base + "/providers", "providers", "code", "name", 0, progress);
    }

    public CataloguePage datasets(String provider, int offset, int limit, ProgressReporter progress) {
        String p = code("provider", provider);
        return read(base + "/datasets/" + p + "?limit=" + limit + "&offset=" + offset, "datasets", "code", "name",
                offset, progress);
    }

    /** {@code query}: words the series' names must hold (DBnomics' own search), or blank for every series. */
    public CataloguePage series(String provider, String dataset, String query, int offset, int limit,
                                ProgressReporter progress) {
        String url = base + "/series/" + code("provider", provider) + "/" + code("dataset", dataset) + "?limit="
                + limit + "&offset=" + offset + (query == null || query.isBlank() ? ""
                : "&q=" + URLEncoder.encode(query.strip(), StandardCharsets.UTF_8)) + "&observations=0";
        return read(url, "series", "series_code", "series_name", offset, progress);
    }

    private CataloguePage read(String url, String list, String codeField, String nameField, int offset,
                               ProgressReporter progress) {
        if (progress.isCancelled()) {
            throw new DataException(PROVIDER + ": cancelled");
        }
        progress.progress(-1);
        Answer a = http.get(PROVIDER, url, null, progress);
        JsonNode root = Json.parse(PROVIDER, a);
        JsonNode l = root.path(list);
        JsonNode docs = l.path("docs");
        if (!docs.isArray()) {
            throw Json.changed(PROVIDER, a, "\"" + list + ".docs\", an array");
        }
        List<CatalogueEntry> out = new ArrayList<>();
        for (JsonNode d : docs) {
            out.add(new CatalogueEntry(Json.text(PROVIDER, a, d, codeField).strip(),
                    d.path(nameField).asText("").strip()));
        }
        int total = l.has("num_found") ? Json.intField(PROVIDER, a, l, "num_found") : offset + out.size();
        progress.progress(1);
        return new CataloguePage(out, offset, Math.max(total, offset + out.size()));
    }

    private static String code(String what, String value) {
        String v = Json.require(PROVIDER, what, value);
        if (v.contains("/")) {
            throw new DataException(PROVIDER + ": a " + what + " code has no \"/\", got \"" + v + "\"");
        }
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }
}
