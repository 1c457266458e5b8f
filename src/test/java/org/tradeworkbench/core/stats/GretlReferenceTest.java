package org.tradeworkbench.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.granger.GrangerStatistic;
import org.tradeworkbench.core.stats.granger.Granger;
import org.tradeworkbench.core.stats.ols.Coefficient;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.stats.ols.DiagnosticResult;
import org.tradeworkbench.core.stats.ols.Fixtures;
import org.tradeworkbench.core.stats.ols.Ols;
import org.tradeworkbench.core.stats.ols.OlsDiagnostics;
import org.tradeworkbench.core.stats.ols.OlsOptions;
import org.tradeworkbench.core.stats.ols.OlsResult;
import org.tradeworkbench.core.stats.unitroot.AdfSpec;
import org.tradeworkbench.core.stats.unitroot.Adf;
import org.tradeworkbench.core.stats.unitroot.KpssLags;
import org.tradeworkbench.core.stats.unitroot.Kpss;

/**
 * OLS with its diagnostics and robust covariances, fixed-lag ADF and KPSS statistics and Granger F tests
 * against gretl on gretl's sample files (greene5_1, hamilton), read as the quarterly and monthly series they are
 * (src/test/reference/gretl_fixtures.py).
 */
class GretlReferenceTest {
    private static final double TOL = 1e-8;
    private static JsonNode root;
    private static final Map<String, Dataset> DATA = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        root = Fixtures.load("gretl_reference.json");
        Iterator<Map.Entry<String, JsonNode>> it = root.get("datasets").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            DATA.put(e.getKey(), dataset(e.getKey(), e.getValue()));
        }
    }

    private static Dataset dataset(String name, JsonNode d) {
        Period start = Period.parse(d.get("start").asText()).orElseThrow();
        List<Series> series = new ArrayList<>();
        int n = 0;
        Iterator<Map.Entry<String, JsonNode>> it = d.get("columns").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> c = it.next();
            double[] v = Fixtures.doubles(c.getValue());
            n = v.length;
            series.add(Series.of(c.getKey(), v));
        }
        return new Dataset(name, new TimeIndex(start, n), series);
    }

    static List<JsonNode> part(String key) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        Fixtures.load("gretl_reference.json").get(key).forEach(out::add);
        return out;
    }

    static List<JsonNode> ols() throws IOException {
        return part("ols");
    }

    static List<JsonNode> adf() throws IOException {
        return part("adf");
    }

    static List<JsonNode> kpss() throws IOException {
        return part("kpss");
    }

    static List<JsonNode> granger() throws IOException {
        return part("granger");
    }

    private static void close(String what, double actual, double expected, double tol) {
        assertThat(Fixtures.relDiff(actual, expected, 1e-300)).as("%s: got %s, gretl %s", what, actual, expected)
                .isLessThanOrEqualTo(tol);
    }

    private static void close(String what, double actual, double expected) {
        close(what, actual, expected, TOL);
    }

    @Test
    void theDataAreReadAsGretlDatesThem() {
        assertThat(DATA.get("greene5_1").index().start()).isEqualTo(Period.quarterly(1950, 1));
        assertThat(DATA.get("greene5_1").index().end()).isEqualTo(Period.quarterly(2000, 4));
        assertThat(DATA.get("hamilton").index().start()).isEqualTo(Period.monthly(1973, 1));
        assertThat(root.get("datasets").get("hamilton").get("first_label").asText()).isEqualTo("1973M01");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ols")
    void olsMatchesGretl(JsonNode c) {
        String name = c.get("name").asText() + " ";
        Dataset data = DATA.get(c.get("dataset").asText());
        OlsOptions options = OlsOptions.DEFAULT.withConstant(c.get("constant").asBoolean())
                .withCovariance(CovarianceType.parse(c.get("cov").asText()),
                        c.get("hac_lags").isNull() ? -1 : c.get("hac_lags").asInt())
                .withBgOrder(c.get("bg_order").asInt());
        OlsResult r = Ols.fit(data, c.get("y").asText(), Fixtures.strings(c.get("x")), options);
        JsonNode e = c.get("expected");
        assertThat(r.nobs()).as(name + "nobs").isEqualTo(e.get("nobs").asInt());
        assertThat(r.dfResid()).as(name + "df").isEqualTo(e.get("df_resid").asInt());
        assertThat(r.sample().dropped()).as(name + "dropped").isEqualTo(data.rowCount() - r.nobs());
        List<Coefficient> coefs = r.coefficients();
        assertThat(coefs).hasSize(e.get("params").size());
        for (int i = 0; i < coefs.size(); i++) {
            close(name + "coefficient " + coefs.get(i).name(), coefs.get(i).estimate(), e.get("params").get(i).asDouble());
            close(name + "std error " + coefs.get(i).name(), coefs.get(i).stdError(), e.get("bse").get(i).asDouble());
        }
        close(name + "R2", r.rSquared(), e.get("rsquared").asDouble());
        if (e.has("exact_fvalue")) {
            // The robust Wald F: gretl's own keeps about eight digits here, the exact rational value all of them.
            close(name + "F (exact)", r.fStatistic(), e.get("exact_fvalue").asDouble());
            close(name + "F", r.fStatistic(), e.get("fvalue").asDouble(), 1e-7);
        } else {
            close(name + "F", r.fStatistic(), e.get("fvalue").asDouble());
        }
        close(name + "log-likelihood", r.logLikelihood(), e.get("llf").asDouble());
        close(name + "AIC", r.aic(), e.get("aic").asDouble());
        close(name + "BIC", r.bic(), e.get("bic").asDouble());
        close(name + "SSR", r.ssr(), e.get("ssr").asDouble());
        close(name + "Durbin-Watson", r.durbinWatson(), e.get("durbin_watson").asDouble());

        OlsDiagnostics d = r.diagnostics();
        if (e.has("bg_f")) {
            DiagnosticResult bg = d.get("breusch_godfrey");
            close(name + "Breusch-Godfrey F", bg.fStatistic(), e.get("bg_f").get("stat").asDouble());
            close(name + "Breusch-Godfrey F p", bg.fPValue(), e.get("bg_f").get("p").asDouble());
        }
        if (e.has("white")) {
            close(name + "White", d.get("white").statistic(), e.get("white").get("stat").asDouble());
            close(name + "White p", d.get("white").pValue(), e.get("white").get("p").asDouble());
        }
        if (e.has("bp")) {
            close(name + "Breusch-Pagan", d.get("breusch_pagan").statistic(), e.get("bp").get("stat").asDouble());
            close(name + "Breusch-Pagan p", d.get("breusch_pagan").pValue(), e.get("bp").get("p").asDouble());
        }
        if (e.has("reset")) {
            close(name + "RESET F", d.get("reset").fStatistic(), e.get("reset").get("stat").asDouble());
            close(name + "RESET p", d.get("reset").fPValue(), e.get("reset").get("p").asDouble());
        }
        if (e.has("jb")) {
            close(name + "Jarque-Bera", d.get("jarque_bera").statistic(), e.get("jb").get("stat").asDouble());
            // gretl's moments carry about nine digits, and p = exp(-JB/2) multiplies the error by JB/2.
            close(name + "Jarque-Bera p", d.get("jarque_bera").pValue(), e.get("jb").get("p").asDouble(),
                    Math.max(TOL, 1e-9 * e.get("jb").get("stat").asDouble()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adf")
    void adfTauMatchesGretl(JsonNode c) {
        AdfSpec spec = AdfSpec.fixedLags(UnitRootTrend.parse(c.get("trend").asText()), 0, c.get("lags").asInt());
        double tau = Adf.test(DATA.get(c.get("dataset").asText()), c.get("series").asText(), spec).statistic();
        close(c.toString(), tau, c.get("tau").asDouble());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kpss")
    void kpssStatisticMatchesGretl(JsonNode c) {
        double stat = Kpss.test(DATA.get(c.get("dataset").asText()), c.get("series").asText(),
                UnitRootTrend.parse(c.get("trend").asText()), KpssLags.fixed(c.get("lags").asInt()), 0).statistic();
        close(c.toString(), stat, c.get("statistic").asDouble());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("granger")
    void grangerFMatchesGretl(JsonNode c) {
        GrangerStatistic g = Granger.test(DATA.get(c.get("dataset").asText()), c.get("cause").asText(),
                c.get("effect").asText(), c.get("lags").asInt()).forward();
        assertThat(g.nobs()).as("nobs").isEqualTo(c.get("nobs").asInt());
        assertThat(g.dfNum()).isEqualTo(c.get("df_num").asInt());
        assertThat(g.dfDenom()).isEqualTo(c.get("df_denom").asInt());
        close(c + " F", g.fStatistic(), c.get("f").asDouble());
        close(c + " p", g.pValue(), c.get("p").asDouble());
    }
}
