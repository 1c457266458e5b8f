package org.tradeworkbench.core.stats.ols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.data.DataException;

/**
 * The QLR test's asymptotic p-values (Andrews 1993, Hansen 1997) against R strucchange's
 * {@code sctest(Fstats(...), type = "supF")} (src/test/reference/ols_qlr_pvalue_strucchange_fixtures.R) and gretl's
 * {@code qlrtest} (ols_qlr_gretl_fixtures.py).
 */
class OlsQlrPValueTest {
    /** strucchange takes 1 - F, so its p-values carry an absolute rounding near 1e-16. */
    private static boolean close(double actual, double expected) {
        return Math.abs(actual - expected) <= 1e-6 * Math.abs(expected) + 1e-15;
    }

    static List<JsonNode> grid() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        Fixtures.load("ols_qlr_pvalue_strucchange.json").get("grid").forEach(out::add);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grid")
    void hansensApproximationMatchesStrucchangeOnAGrid(JsonNode g) {
        double p = SupWaldPValue.upper(g.get("statistic").asDouble(), g.get("k").asInt(), g.get("lambda").asDouble());
        assertThat(close(p, g.get("p_value").asDouble())).as("p %s against %s", p, g.get("p_value")).isTrue();
    }

    static List<JsonNode> cases() throws IOException {
        return Fixtures.cases(Fixtures.load("ols_qlr_pvalue_strucchange.json"));
    }

    private static OlsResult fit(JsonNode c) {
        return Ols.fit(Fixtures.dataset(c.get("columns")), c.get("y").asText(), Fixtures.strings(c.get("x")),
                OlsOptions.DEFAULT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theStatisticsAndThePValueMatchStrucchangeOnRealData(JsonNode c) {
        OlsResult r = fit(c);
        double trim = c.get("trimming").asDouble();
        int n = c.get("n").asInt();
        int k = c.get("k").asInt();
        int strucchangeFrom = c.get("from").asInt();
        if (strucchangeFrom != (int) Math.floor(trim * n)) {
            // strucchange moved its first candidate to k + 1 (the paper sample); we refuse that sample instead.
            assertThatThrownBy(() -> QlrResult.of(r, trim)).isInstanceOf(DataException.class)
                    .hasMessageContaining("needs each regime to have more than the " + k + " coefficients");
            return;
        }
        QlrResult t = QlrResult.of(r, trim);
        assertThat(Fixtures.relDiff(t.lambda(), c.get("lambda").asDouble(), 1)).isLessThanOrEqualTo(1e-12);
        // Our candidate j ends the first regime after floor(pi n) - 1 + j observations, strucchange's i after
        // from + i; compare where both compute one.
        double[] theirs = Fixtures.doubles(c.get("stats"));
        int compared = 0;
        for (int j = 0; j < t.fStats().length; j++) {
            int i = (int) Math.floor(trim * n) - 1 + j - strucchangeFrom;
            if (i >= 0 && i < theirs.length) {
                assertThat(Fixtures.relDiff(k * t.fStats()[j], theirs[i], 1e-300)).isLessThanOrEqualTo(1e-8);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(t.fStats().length - 1);
        int best = 0;
        for (int j = 1; j < t.fStats().length; j++) {
            best = t.fStats()[j] > t.fStats()[best] ? j : best;
        }
        if (best == 0) {
            // The maximum is at our first candidate, one before strucchange's range (the paper sample at 25%).
            assertThat(k * t.fStats()[0]).isGreaterThan(c.get("sup_f").asDouble());
            return;
        }
        // The maximum is inside both ranges, so the sup and its p-value are the same.
        assertThat(Fixtures.relDiff(t.chiSquare(), c.get("sup_f").asDouble(), 1e-300)).isLessThanOrEqualTo(1e-8);
        assertThat(t.breakAt()).isEqualTo(r.sample().labels()[c.get("breakpoint").asInt()]);
        assertThat(close(t.pValue(), c.get("p_value").asDouble()))
                .as("p %s against %s", t.pValue(), c.get("p_value")).isTrue();
    }

    @Test
    void thePValueMatchesGretlsQlrtest() throws IOException {
        List<JsonNode> data = Fixtures.cases(Fixtures.load("ols_hac_auto_r.json"));
        int checked = 0;
        for (JsonNode q : Fixtures.cases(Fixtures.load("ols_qlr_gretl.json"))) {
            if (q.get("nobs").asInt() <= 30) {
                continue;
            }
            JsonNode d = data.stream().filter(x -> x.get("name").asText().equals(q.get("name").asText()))
                    .findFirst().orElseThrow();
            OlsResult r = Ols.fit(Fixtures.dataset(d.get("columns")), d.get("y").asText(),
                    Fixtures.strings(d.get("x")), OlsOptions.DEFAULT);
            double p = QlrResult.of(r, 0.15).pValue();
            assertThat(Fixtures.relDiff(p, q.get("p_value").asDouble(), 1e-300)).isLessThanOrEqualTo(1e-6);
            checked++;
        }
        assertThat(checked).isEqualTo(2);
    }

    @Test
    void theAsymptoticPValueFallsAsTheStatisticGrowsAndBeyondFortyCoefficientsIsRefused() {
        double lambda = SupWaldPValue.lambda(100, 0.15);
        double previous = 1;
        for (double x = 1; x < 60; x += 0.5) {
            double p = SupWaldPValue.upper(x, 3, lambda);
            assertThat(p).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
            previous = p;
        }
        // A range of one date is the Chow test's chi-square.
        assertThat(SupWaldPValue.upper(7.8, 3, 1)).isEqualTo(Distributions.chiSquareUpper(7.8, 3));
        assertThatThrownBy(() -> SupWaldPValue.upper(10, 41, lambda)).hasMessageContaining("1 to 40 restrictions");
        assertThatThrownBy(() -> SupWaldPValue.upper(10, 2, 0.5)).hasMessageContaining("at least 1");
    }
}
