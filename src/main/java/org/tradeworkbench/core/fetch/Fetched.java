package org.tradeworkbench.core.fetch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;

/**
 * What a fetch gives: the dataset, each series' description ending with its source and vintage, and the raw
 * answers it was built from (their URLs and times, whether from the cache).
 */
public record Fetched(Dataset dataset, String provider, String vintage, List<Answer> answers) {

    static Fetched of(Dataset d, String provider, String vintage, List<Answer> answers) {
        Instant at = answers.stream().map(Answer::fetchedAt).max(Instant::compareTo).orElse(null);
        boolean cached = answers.stream().anyMatch(Answer::fromCache);
        String source = provider + (vintage.isEmpty() ? "" : ", " + vintage) + (at == null ? "" : ", fetched "
                + at) + (cached ? " (from the cache)" : "");
        List<Series> described = new ArrayList<>();
        for (Series s : d.series()) {
            String desc = s.description().isEmpty() ? source : s.description() + "; " + source;
            described.add(s.withDescription(desc));
        }
        List<String> notes = new ArrayList<>(d.notes());
        notes.add("source: " + source);
        for (Answer a : answers) {
            notes.add("answer: " + a.url() + " at " + a.fetchedAt() + (a.fromCache() ? " (cache)" : ""));
        }
        Dataset out = new Dataset(d.name(), d.index(), described, d.labels(), notes);
        return new Fetched(out, provider, vintage, List.copyOf(answers));
    }
}
