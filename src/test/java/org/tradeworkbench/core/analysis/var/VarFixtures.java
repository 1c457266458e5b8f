package org.tradeworkbench.core.analysis.var;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The statsmodels cases of src/test/reference/var_fixtures.py, with their stored inputs. */
final class VarFixtures {
    private static JsonNode root;

    private VarFixtures() {
    }

    static synchronized List<JsonNode> cases() {
        if (root == null) {
            try (InputStream in = VarFixtures.class.getResourceAsStream("/fixtures/var_statsmodels.json")) {
                root = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<JsonNode> out = new ArrayList<>();
        root.get("cases").forEach(out::add);
        return out;
    }

    static JsonNode named(String name) {
        return cases().stream().filter(c -> c.get("name").asText().equals(name)).findFirst().orElseThrow();
    }

    static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }

    static double[][] matrix(JsonNode a) {
        double[][] m = new double[a.size()][];
        for (int i = 0; i < a.size(); i++) {
            m[i] = new double[a.get(i).size()];
            for (int j = 0; j < m[i].length; j++) {
                m[i][j] = a.get(i).get(j).asDouble();
            }
        }
        return m;
    }

    static double[][][] cube(JsonNode a) {
        double[][][] m = new double[a.size()][][];
        for (int i = 0; i < a.size(); i++) {
            m[i] = matrix(a.get(i));
        }
        return m;
    }

    static VarData data(JsonNode c) {
        double[][] y = matrix(c.get("data"));
        List<String> exogNames = strings(c.get("exog_names"));
        double[][] x = exogNames.isEmpty() ? new double[y.length][0] : matrix(c.get("exog"));
        String[] labels = strings(c.get("labels")).toArray(new String[0]);
        return new VarData(strings(c.get("variables")), exogNames, y, x, labels);
    }

    /** The case's series (endogenous and exogenous) as a dataset, undated. */
    static org.tradeworkbench.core.data.Dataset dataset(JsonNode c) {
        VarData d = data(c);
        List<org.tradeworkbench.core.data.Series> series = new ArrayList<>();
        for (int i = 0; i < d.k(); i++) {
            double[] v = new double[d.size()];
            for (int t = 0; t < v.length; t++) {
                v[t] = d.y()[t][i];
            }
            series.add(org.tradeworkbench.core.data.Series.of(d.names().get(i), v));
        }
        for (int j = 0; j < d.exogNames().size(); j++) {
            double[] v = new double[d.size()];
            for (int t = 0; t < v.length; t++) {
                v[t] = d.exog()[t][j];
            }
            series.add(org.tradeworkbench.core.data.Series.of(d.exogNames().get(j), v));
        }
        return new org.tradeworkbench.core.data.Dataset(c.get("name").asText(),
                org.tradeworkbench.core.data.TimeIndex.undated(d.size()), series);
    }

    static VarModel model(JsonNode c) {
        return new VarModel(strings(c.get("variables")), c.get("lags").asInt(), trend(c), strings(c.get("exog_names")));
    }

    static VarTrend trend(JsonNode c) {
        return VarTrend.parse(c.get("trend").asText());
    }

    static void close(double expected, double actual, double rel, String what) {
        double tol = rel * Math.max(Math.abs(expected), 1e-8);
        if (!(Math.abs(expected - actual) <= tol)) {
            throw new AssertionError(what + ": expected " + expected + " but was " + actual);
        }
    }

    private static final java.util.Map<String, JsonNode> VECM_FIXTURES = new java.util.HashMap<>();

    /** A fixture of fits on one dataset (its {@code variables}, {@code data} and {@code fits}), read once. */
    static synchronized JsonNode vecmFixture(String resource) {
        return VECM_FIXTURES.computeIfAbsent(resource, r -> {
            try (InputStream in = VarFixtures.class.getResourceAsStream("/fixtures/" + r)) {
                return new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The indices of a VECM fixture's fits, for a parameterized test. */
    static java.util.stream.Stream<Integer> vecmFits(String resource) {
        return java.util.stream.IntStream.range(0, vecmFixture(resource).get("fits").size()).boxed();
    }

    /** A VECM fixture's data (urca's Danish money demand) as an undated dataset. */
    static org.tradeworkbench.core.data.Dataset vecmData(JsonNode v) {
        double[][] y = matrix(v.get("data"));
        List<org.tradeworkbench.core.data.Series> series = new ArrayList<>();
        List<String> names = strings(v.get("variables"));
        for (int i = 0; i < names.size(); i++) {
            double[] col = new double[y.length];
            for (int t = 0; t < y.length; t++) {
                col[t] = y[t][i];
            }
            series.add(org.tradeworkbench.core.data.Series.of(names.get(i), col));
        }
        return new org.tradeworkbench.core.data.Dataset("denmark",
                org.tradeworkbench.core.data.TimeIndex.undated(y.length), series);
    }

    /** The VECM of one fit: case 2 (restricted constant) or 3 (unrestricted), lags in differences, rank. */
    static VecmSpec vecmSpec(JsonNode f, List<String> names) {
        org.tradeworkbench.core.analysis.cointegration.JohansenCase c = f.get("case").asInt() == 2
                ? org.tradeworkbench.core.analysis.cointegration.JohansenCase.RESTRICTED_CONSTANT
                : org.tradeworkbench.core.analysis.cointegration.JohansenCase.UNRESTRICTED_CONSTANT;
        return new VecmSpec(names, f.get("lags").asInt(), c, f.get("rank").asInt());
    }
}
