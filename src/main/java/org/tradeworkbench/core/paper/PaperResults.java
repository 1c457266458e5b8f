package org.tradeworkbench.core.paper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The paper's printed numbers, read from the bundled {@code /sample-data/paper-results.json}. */
public final class PaperResults {
    private final Map<String, PrintedNumber> byId;

    private PaperResults(Map<String, PrintedNumber> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** Read on first use by the class loader, once: the bundled file is part of the build and never changes. */
    private static final class Bundled {
        static final PaperResults RESULTS = readBundled();
    }

    /** The bundled results (read once). */
    public static PaperResults bundled() {
        return Bundled.RESULTS;
    }

    private static PaperResults readBundled() {
        try (InputStream in = PaperResults.class.getResourceAsStream(PaperVariables.PAPER_RESULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("this build lacks " + PaperVariables.PAPER_RESULTS_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PaperResults read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        Map<String, PrintedNumber> map = new LinkedHashMap<>();
        for (JsonNode n : root.get("items")) {
            PrintedNumber p = new PrintedNumber(n.get("id").asText(), n.get("value").asDouble(),
                    n.get("printed").asText(), n.get("where").asText(), n.has("text") ? n.get("text").asText() : "");
            if (map.put(p.id(), p) != null) {
                throw new IllegalStateException("paper-results.json lists " + p.id() + " twice");
            }
        }
        return new PaperResults(map);
    }

    public List<PrintedNumber> all() {
        return new ArrayList<>(byId.values());
    }

    public Optional<PrintedNumber> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The printed number with this id; an IllegalStateException if the bundled file lacks it. */
    public PrintedNumber get(String id) {
        PrintedNumber p = byId.get(id);
        if (p == null) {
            throw new IllegalStateException("paper-results.json has no " + id);
        }
        return p;
    }
}
