package org.tradeworkbench.core.stats.unitroot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.data.DataException;

/**
 * Zivot-Andrews against statsmodels 0.13.5 {@code zivot_andrews} (every model, each autolag, fixed and default
 * lags, several trimmings) and against R urca's {@code ur.za} break-date statistics, on real series; written by
 * src/test/reference/zivot_andrews_fixtures.py.
 */
class ZivotAndrewsReferenceTest {
    private static final double REL = 1e-8;
    private static final JsonNode ROOT = load();

    private static JsonNode load() {
        try (InputStream in = ZivotAndrewsReferenceTest.class.getResourceAsStream(
                "/fixtures/zivot_andrews_reference.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] series(String name) {
        JsonNode s = ROOT.get("series").get(name);
        double[] v = new double[s.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = s.get(i).asDouble();
        }
        return v;
    }

    private static Stream<Arguments> named(String section) {
        List<Arguments> out = new ArrayList<>();
        ROOT.get(section).forEach(c -> out.add(Arguments.of(Named.of(describe(c), c))));
        return out.stream();
    }

    private static String describe(JsonNode c) {
        StringBuilder sb = new StringBuilder();
        for (String k : List.of("series", "regression", "autolag", "maxlag", "trim", "model", "lag")) {
            if (c.has(k)) {
                sb.append(k).append('=').append(c.get(k).asText()).append(' ');
            }
        }
        return sb.toString().trim();
    }

    static Stream<Arguments> statsmodelsCases() {
        return named("zivot_andrews");
    }

    static Stream<Arguments> urcaCases() {
        return named("urca_za");
    }

    static ZivotAndrewsSpec spec(JsonNode c) {
        ZivotAndrewsBreak type = ZivotAndrewsBreak.parse(c.get("regression").asText());
        Integer maxlag = c.get("maxlag").isNull() ? null : c.get("maxlag").asInt();
        ZivotAndrewsSpec spec;
        if (c.get("autolag").isNull()) {
            // zivot_andrews(autolag=None): maxlag lags, or its default floor(12 (n/100)^(1/4)) without one.
            spec = maxlag == null ? ZivotAndrewsSpec.defaultLags(type) : ZivotAndrewsSpec.fixedLags(type, maxlag);
        } else {
            spec = ZivotAndrewsSpec.autoLag(type, LagCriterion.parse(c.get("autolag").asText()), maxlag);
        }
        return spec.withTrim(c.get("trim").asDouble());
    }

    @Test
    void fixturesCoverEveryModelAndCriterion() {
        assertThat(ROOT.get("statsmodels").asText()).startsWith("0.13.5");
        assertThat(ROOT.get("zivot_andrews").size()).isGreaterThan(200);
        long compared = 0;
        for (JsonNode c : ROOT.get("zivot_andrews")) {
            compared += c.has("error") ? 0 : 1;
        }
        assertThat(compared).isGreaterThan(200);
    }

    @ParameterizedTest
    @MethodSource("statsmodelsCases")
    void matchesStatsmodels(JsonNode c) {
        double[] x = series(c.get("series").asText());
        ZivotAndrewsSpec spec = spec(c);
        if (c.has("error")) {
            assertThatThrownBy(() -> ZivotAndrews.test(c.get("series").asText(), x, spec))
                    .isInstanceOf(DataException.class)
                    .hasMessageContaining("Zivot-Andrews on " + c.get("series").asText());
            return;
        }
        ZivotAndrewsResult r = ZivotAndrews.test(x, spec);
        assertThat(r.lags()).as("lags").isEqualTo(c.get("lags").asInt());
        assertThat(r.breakIndex()).as("break index").isEqualTo(c.get("bpidx").asInt());
        assertClose("statistic", r.statistic(), c.get("statistic").asDouble());
        assertClose("p-value", r.pValue(), c.get("p_value").asDouble());
        assertClose("1% critical value", r.criticalValues()[0], c.get("crit_1").asDouble());
        assertClose("5% critical value", r.criticalValues()[1], c.get("crit_5").asDouble());
        assertClose("10% critical value", r.criticalValues()[2], c.get("crit_10").asDouble());
        assertThat(r.nobs()).isEqualTo(x.length - 1 - r.lags());
        assertThat(r.breakType()).isEqualTo(spec.breakType());
        assertThat(r.criticalValueSource()).contains("statsmodels");
    }

    /**
     * urca's statistic at each break date the workbench considers: its dummies are zero on the first z
     * observations, which is the workbench's (and statsmodels') break index z - 1 for the intercept models and
     * z for the trend model.
     */
    @ParameterizedTest
    @MethodSource("urcaCases")
    void matchesUrcaAtEveryBreakDate(JsonNode c) {
        double[] x = series(c.get("series").asText());
        ZivotAndrewsBreak type = ZivotAndrewsBreak.parse(c.get("model").asText());
        ZivotAndrewsSpec spec = ZivotAndrewsSpec.fixedLags(type, c.get("lag").asInt());
        ZivotAndrewsResult r;
        try {
            r = ZivotAndrews.test(x, spec);
        } catch (DataException e) {
            // Only where the trimmed sample cannot carry the lags (the 25-year annual series).
            assertThat(x.length).as(e.getMessage()).isLessThan(50);
            return;
        }
        JsonNode tstats = c.get("tstats");
        int shift = type == ZivotAndrewsBreak.TREND ? 0 : 1;
        for (int b = r.firstBreakIndex(); b <= r.lastBreakIndex(); b++) {
            JsonNode expected = tstats.get(b + shift - 1);
            assertThat(expected.isNull()).as("urca statistic at break index " + b).isFalse();
            assertClose("statistic at break index " + b, r.statisticAt(b), expected.asDouble());
        }
    }

    private static void assertClose(String what, double actual, double expected) {
        assertThat(Math.abs(actual - expected))
                .as(what + ": " + actual + " vs " + expected)
                .isLessThanOrEqualTo(REL * Math.max(Math.abs(expected), 1e-12));
    }
}
