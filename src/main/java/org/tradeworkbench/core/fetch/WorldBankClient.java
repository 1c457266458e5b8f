package org.tradeworkbench.core.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * World Bank Indicators API v2: {@code /v2/country/{countries}/indicator/{indicator}?format=json}, paged. The
 * answer is a two-element array: the paging envelope ({@code page}, {@code pages}, {@code total},
 * {@code lastupdated}) and the observations ({@code date}, {@code value}, {@code countryiso3code},
 * {@code country.value}, {@code indicator.id}, {@code indicator.value}); an error is a one-element array holding
 * {@code message}.
 */
public final class WorldBankClient {
    static final String PROVIDER = "World Bank";
    public static final String BASE = "https://api.worldbank.org/v2";
    static final int PER_PAGE = 1000;

    private final Http http;
    private final String base;

    public WorldBankClient(Http http, String base) {
        this.http = http;
        this.base = base;
    }

    /** {@code countries}: ISO3 codes separated by {@code ;}; {@code from}/{@code to}: years, or null for all. */
    public Fetched fetch(String countries, String indicator, Integer from, Integer to, ProgressReporter progress) {
        String c = Json.require(PROVIDER, "--country", countries).toUpperCase(java.util.Locale.ROOT);
        String ind = Json.require(PROVIDER, "--indicator", indicator).toUpperCase(java.util.Locale.ROOT);
        String url0 = base + "/country/" + c + "/indicator/" + ind + "?format=json&per_page=" + PER_PAGE
                + (from != null || to != null ? "&date=" + (from == null ? 1960 : from) + ":"
                + (to == null ? 2100 : to) : "");
        SeriesBuilder b = new SeriesBuilder(PROVIDER);
        List<Answer> answers = new ArrayList<>();
        String updated = null;
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            if (progress.isCancelled()) {
                throw new DataException(PROVIDER + ": cancelled");
            }
            progress.progress((page - 1) / (double) pages);
            Answer a = http.get(PROVIDER, url0 + "&page=" + page, null, progress);
            answers.add(a);
            JsonNode root = Json.parse(PROVIDER, a);
            if (root.isArray() && root.size() == 1 && root.get(0).has("message")) {
                JsonNode m = root.get(0).get("message");
                JsonNode first = m.isArray() && m.size() > 0 ? m.get(0) : m;
                throw new DataException(PROVIDER + ": " + first.path("value").asText(first.toString()) + " ("
                        + c + ", " + ind + ")");
            }
            if (!root.isArray() || root.size() < 2 || !root.get(0).isObject()) {
                throw Json.changed(PROVIDER, a, "a two-element array [paging, observations]");
            }
            JsonNode env = root.get(0);
            pages = Math.max(1, Json.intField(PROVIDER, a, env, "pages"));
            updated = env.path("lastupdated").asText(null);
            JsonNode obs = root.get(1);
            if (obs.isNull()) {
                break; // no observations at all
            }
            if (!obs.isArray()) {
                throw Json.changed(PROVIDER, a, "an array of observations as the second element");
            }
            for (JsonNode o : obs) {
                String date = Json.text(PROVIDER, a, o, "date");
                String iso3 = o.path("countryiso3code").asText("");
                if (iso3.isBlank()) {
                    iso3 = o.path("country").path("id").asText("");
                }
                String indId = o.path("indicator").path("id").asText(ind);
                Optional<Period> p = Period.parse(date);
                if (p.isEmpty()) {
                    throw Json.changed(PROVIDER, a, "dates as years, YYYYQn or YYYYMmm, got \"" + date + "\"");
                }
                String name = SeriesBuilder.name(indId, iso3);
                b.describe(name, o.path("indicator").path("value").asText(indId) + ", "
                        + o.path("country").path("value").asText(iso3) + " (World Bank WDI " + indId + ")");
                JsonNode v = o.get("value");
                if (v == null) {
                    throw Json.changed(PROVIDER, a, "a \"value\" in every observation");
                }
                if (!v.isNull()) {
                    b.put(name, p.get(), Json.number(PROVIDER, a, v));
                }
            }
        }
        progress.progress(1);
        String vintage = updated == null ? "" : "last updated " + updated;
        Dataset d = b.build("worldbank", List.of());
        return Fetched.of(d, PROVIDER, vintage, answers);
    }
}
