package org.tradeworkbench.core.stats.ols;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;

/** Reads the reference fixtures written by the scripts under src/test/reference. */
public final class Fixtures {
    private Fixtures() {
    }

    public static JsonNode load(String resource) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + resource)) {
            if (in == null) {
                throw new IOException("fixture " + resource + " missing");
            }
            return new ObjectMapper().readTree(in);
        }
    }

    public static List<JsonNode> cases(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        root.get("cases").forEach(out::add);
        return out;
    }

    /** A dataset with an undated index from {@code {"columns": {name: [values or null]}}}. */
    public static Dataset dataset(JsonNode columns) {
        List<Series> series = new ArrayList<>();
        int n = -1;
        Iterator<Map.Entry<String, JsonNode>> it = columns.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            double[] v = doubles(e.getValue());
            n = v.length;
            series.add(Series.of(e.getKey(), v));
        }
        return new Dataset("fixture", TimeIndex.undated(Math.max(n, 0)), series);
    }

    public static double[] doubles(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            JsonNode x = array.get(i);
            v[i] = x == null || x.isNull() ? Double.NaN : x.asDouble();
        }
        return v;
    }

    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    /** Relative difference, measured against {@code max(|expected|, floor)}. */
    public static double relDiff(double actual, double expected, double floor) {
        return Math.abs(actual - expected) / Math.max(Math.abs(expected), floor);
    }
}
