package org.tradeworkbench.core.stats.unitroot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The R urca reference values written by src/test/reference/unitroot_pp_ers_r_fixtures.R. */
final class UrcaUnitRootFixtures {
    private static JsonNode root;

    private UrcaUnitRootFixtures() {
    }

    static synchronized JsonNode root() {
        if (root == null) {
            try (InputStream in = UrcaUnitRootFixtures.class.getResourceAsStream("/fixtures/unitroot_pp_ers_r.json")) {
                root = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    static double[] series(String name) {
        JsonNode s = root().get("series").get(name);
        if (s == null) {
            throw new IllegalArgumentException("no fixture series " + name);
        }
        return doubles(s);
    }

    static double[] doubles(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asDouble();
        }
        return v;
    }

    static List<JsonNode> cases(String section) {
        List<JsonNode> out = new ArrayList<>();
        root().get(section).forEach(out::add);
        return out;
    }

    /** |actual / expected - 1| (|actual| when expected is 0). */
    static double relativeDifference(double actual, double expected) {
        return expected == 0 ? Math.abs(actual) : Math.abs(actual / expected - 1);
    }

    static String describe(JsonNode c) {
        StringBuilder sb = new StringBuilder();
        c.fields().forEachRemaining(e -> {
            if (e.getValue().isTextual() || e.getKey().equals("lag_max")) {
                sb.append(e.getKey()).append('=').append(e.getValue().asText()).append(' ');
            }
        });
        return sb.toString().trim();
    }
}
