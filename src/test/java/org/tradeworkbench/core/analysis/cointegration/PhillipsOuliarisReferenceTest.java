package org.tradeworkbench.core.analysis.cointegration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tradeworkbench.core.analysis.cointegration.CointegrationFixtures.close;
import static org.tradeworkbench.core.analysis.cointegration.CointegrationFixtures.doubles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Phillips-Ouliaris Pu and Pz against R urca 1.3.3's {@code ca.po} (src/test/reference/phillips_ouliaris_reference.R)
 * on real data, every type, demeaning and lag rule, 2..6 variables. Pz with a constant or trend follows the
 * paper's demeaned moment matrix: its reference is urca on the pre-demeaned series, and it differs from urca's
 * value on the raw series.
 */
class PhillipsOuliarisReferenceTest {
    private static final double REL = 1e-6;
    private static JsonNode root;

    static synchronized JsonNode root() {
        if (root == null) {
            try (InputStream in = PhillipsOuliarisReferenceTest.class.getResourceAsStream(
                    "/fixtures/phillips_ouliaris_urca.json")) {
                root = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    static List<JsonNode> cases() {
        List<JsonNode> out = new ArrayList<>();
        root().get("cases").forEach(out::add);
        return out;
    }

    static Dataset dataset(String name) {
        for (JsonNode d : root().get("datasets")) {
            if (d.get("name").asText().equals(name)) {
                List<Series> series = new ArrayList<>();
                d.get("data").fields().forEachRemaining(e -> series.add(Series.of(e.getKey(),
                        doubles(e.getValue()))));
                return new Dataset(name, TimeIndex.undated(series.get(0).size()), series);
            }
        }
        throw new IllegalArgumentException(name);
    }

    static PhillipsOuliarisSpec spec(JsonNode c) {
        return new PhillipsOuliarisSpec(CointegrationFixtures.strings(c.get("variables")),
                PhillipsOuliarisType.parse(c.get("type").asText()), PhillipsOuliarisDemean.parse(c.get("demean")
                .asText()), PhillipsOuliarisLag.parse(c.get("lag").asText()), null);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void agreesWithUrcaCaPo(JsonNode c) {
        PhillipsOuliarisReport r = new PhillipsOuliaris().run(spec(c), dataset(c.get("dataset").asText()),
                ProgressReporter.NONE);
        String what = c.get("dataset").asText() + " " + c.get("variables") + " " + c.get("type").asText() + " "
                + c.get("demean").asText() + " " + c.get("lag").asText();
        assertEquals(c.get("lags").asInt(), r.lags(), what + " lags");
        assertEquals(c.get("nobs").asInt(), r.nobs(), what + " nobs");
        close(c.get("statistic").asDouble(), r.statistic(), REL, 1e-8, what + " statistic");
        close(doubles(c.get("critical_values")), r.criticalValues(), 1e-12, 1, what + " critical values");
        assertEquals(r.statistic() > r.criticalValues()[1], r.cointegratedAt5(), what + " verdict");
        if (c.get("type").asText().equals("Pu")) {
            close(doubles(c.get("coefficients")), r.regression().coefficients(), REL, 1e-8, what + " coefficients");
            close(doubles(c.get("std_errors")), r.regression().standardErrors(), REL, 1e-8, what + " std errors");
            close(c.get("r_squared").asDouble(), r.regression().rSquared(), REL, 1e-8, what + " R-squared");
        } else {
            assertThat(r.regression()).as(what).isNull();
        }
        double raw = c.get("statistic_urca_raw").asDouble();
        if (c.get("type").asText().equals("Pz") && !c.get("demean").asText().equals("none")) {
            // The documented difference: urca's raw-level M_zz is not what this test computes.
            assertThat(Math.abs(raw - r.statistic())).as(what + " vs urca's raw-level Pz")
                    .isGreaterThan(1e-3 * Math.abs(raw));
        } else {
            close(raw, r.statistic(), REL, 1e-8, what + " urca's own statistic");
        }
    }
}
