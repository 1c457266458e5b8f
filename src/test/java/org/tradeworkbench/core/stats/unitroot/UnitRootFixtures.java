package org.tradeworkbench.core.stats.unitroot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The statsmodels/urca reference values written by src/test/reference/unitroot_fixtures.py. */
final class UnitRootFixtures {
    private static JsonNode root;

    private UnitRootFixtures() {
    }

    static synchronized JsonNode root() {
        if (root == null) {
            try (InputStream in = UnitRootFixtures.class.getResourceAsStream("/fixtures/unitroot_statsmodels.json")) {
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
        double[] v = new double[s.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = s.get(i).asDouble();
        }
        return v;
    }

    static List<JsonNode> cases(String section) {
        List<JsonNode> out = new ArrayList<>();
        root().get(section).forEach(out::add);
        return out;
    }

    /** |actual - expected| &lt;= rel * |expected| (or &lt;= rel when expected is 0). */
    static boolean close(double actual, double expected, double rel) {
        return Math.abs(actual - expected) <= rel * Math.max(Math.abs(expected), expected == 0 ? 1 : 0);
    }

    static String describe(JsonNode c) {
        StringBuilder sb = new StringBuilder();
        c.fields().forEachRemaining(e -> {
            if (!e.getValue().isNumber() || e.getKey().equals("diff") || e.getKey().equals("lags")
                    || e.getKey().equals("maxlag")) {
                sb.append(e.getKey()).append('=').append(e.getValue().asText()).append(' ');
            }
        });
        return sb.toString().trim();
    }
}
