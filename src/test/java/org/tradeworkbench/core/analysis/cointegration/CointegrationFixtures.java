package org.tradeworkbench.core.analysis.cointegration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;

/** The cases of src/test/reference/cointegration_fixtures.py (statsmodels, R urca, gretl), with their data. */
final class CointegrationFixtures {
    private static JsonNode root;

    private CointegrationFixtures() {
    }

    static synchronized JsonNode root() {
        if (root == null) {
            try (InputStream in = CointegrationFixtures.class.getResourceAsStream(
                    "/fixtures/cointegration_reference.json")) {
                root = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    static List<JsonNode> cases(String section) {
        List<JsonNode> out = new ArrayList<>();
        root().get(section).forEach(out::add);
        return out;
    }

    static Dataset dataset(String name) {
        for (JsonNode d : root().get("datasets")) {
            if (d.get("name").asText().equals(name)) {
                List<Series> series = new ArrayList<>();
                d.get("data").fields().forEachRemaining(e -> series.add(Series.of(e.getKey(), doubles(e.getValue()))));
                return new Dataset(name, TimeIndex.undated(d.get("labels").size()), series);
            }
        }
        throw new IllegalArgumentException(name);
    }

    static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }

    static double[] doubles(JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).isNull() ? Double.NaN : a.get(i).asDouble();
        }
        return v;
    }

    static double[][] matrix(JsonNode a) {
        double[][] m = new double[a.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = doubles(a.get(i));
        }
        return m;
    }

    /** Relative agreement, with {@code floor} as the smallest scale (for values that are zero in theory). */
    static void close(double expected, double actual, double rel, double floor, String what) {
        double tol = rel * Math.max(Math.abs(expected), floor);
        if (!(Math.abs(expected - actual) <= tol)) {
            throw new AssertionError(what + ": expected " + expected + " but was " + actual);
        }
    }

    static void close(double[] expected, double[] actual, double rel, double floor, String what) {
        if (expected.length != actual.length) {
            throw new AssertionError(what + ": expected " + expected.length + " values, got " + actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            close(expected[i], actual[i], rel, floor, what + "[" + i + "]");
        }
    }
}
