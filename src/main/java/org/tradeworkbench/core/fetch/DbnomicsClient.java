package org.tradeworkbench.core.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * DBnomics API v22: {@code /v22/series/{provider}/{dataset}/{series}?observations=1}. The answer's
 * {@code series.docs[0]} holds {@code period} and {@code value} arrays of equal length ({@code "NA"} for a
 * missing value), {@code series_name}, {@code @frequency} and {@code indexed_at}; {@code series.num_found} 0
 * means no such series.
 */
public final class DbnomicsClient {
    static final String PROVIDER = "DBnomics";
    public static final String BASE = "https://api.db.nomics.world/v22";

    private final Http http;
    private final String base;

    public DbnomicsClient(Http http, String base) {
        this.http = http;
        this.base = base;
    }

    /** {@code id}: provider/dataset/series, as DBnomics shows it. */
    public Fetched series(String id, ProgressReporter progress) {
        String s = Json.require(PROVIDER, "--series", id);
        String[] parts = s.split("/", 3);
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
            throw new DataException(PROVIDER + ": --series takes provider/dataset/series, as DBnomics shows it, "
                    + "got \"" + id + "\"");
        }
        String url = base + "/series/" + enc(parts[0]) + "/" + enc(parts[1]) + "/" + enc(parts[2])
                + "?observations=1&format=json";
        Answer a = http.get(PROVIDER, url, null, progress);
        JsonNode root = Json.parse(PROVIDER, a);
        JsonNode docs = root.path("series").path("docs");
        if (root.path("series").path("num_found").asInt(-1) == 0 || docs.isArray() && docs.size() == 0) {
            throw new DataException(PROVIDER + ": no series " + s);
        }
        if (!docs.isArray()) {
            throw Json.changed(PROVIDER, a, "series.docs, an array of series");
        }
        JsonNode doc = docs.get(0);
        JsonNode periods = doc.get("period");
        JsonNode values = doc.get("value");
        if (periods == null || values == null || !periods.isArray() || !values.isArray()
                || periods.size() != values.size()) {
            throw Json.changed(PROVIDER, a, "\"period\" and \"value\" arrays of equal length in series.docs[0]");
        }
        String name = SeriesBuilder.name(s);
        SeriesBuilder b = new SeriesBuilder(PROVIDER);
        b.describe(name, doc.path("series_name").asText(s) + " (DBnomics " + s + ")");
        for (int i = 0; i < periods.size(); i++) {
            String t = periods.get(i).asText();
            Optional<Period> p = Period.parse(t);
            if (p.isEmpty()) {
                throw new DataException(PROVIDER + ": period \"" + t + "\" of " + s + " is not a year, quarter or "
                        + "month (" + doc.path("@frequency").asText("?") + " series are not supported)");
            }
            JsonNode v = values.get(i);
            if (v.isNull() || v.isTextual() && v.asText().equals("NA")) {
                continue;
            }
            b.put(name, p.get(), Json.number(PROVIDER, a, v));
        }
        String vintage = doc.has("indexed_at") ? "indexed " + doc.get("indexed_at").asText() : "";
        progress.progress(1);
        Dataset d = b.build("dbnomics", List.of());
        return Fetched.of(d, PROVIDER, vintage, List.of(a));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s.strip(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
