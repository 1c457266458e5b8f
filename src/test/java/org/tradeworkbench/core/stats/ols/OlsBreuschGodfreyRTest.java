package org.tradeworkbench.core.stats.ols;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Breusch-Godfrey, Breusch-Pagan (Koenker) and White with and without a constant in the model against R's lmtest
 * (src/test/reference/ols_bg_r_fixtures.R): no constant is added to the Breusch-Godfrey regression, the variance
 * functions have their own (docs/regression.md).
 */
class OlsBreuschGodfreyRTest {
    private static final double TOL = 1e-8;

    static List<JsonNode> cases() throws IOException {
        return Fixtures.cases(Fixtures.load("ols_bg_r.json"));
    }

    private static void close(String what, double actual, double expected) {
        assertThat(Fixtures.relDiff(actual, expected, 1e-300)).as("%s: got %s, R %s", what, actual, expected)
                .isLessThanOrEqualTo(TOL);
    }

    private static OlsResult fit(JsonNode c, int order) {
        OlsOptions opt = OlsOptions.DEFAULT.withConstant(c.get("constant").asBoolean()).withBgOrder(order);
        return Ols.fit(Fixtures.dataset(c.get("columns")), c.get("y").asText(), Fixtures.strings(c.get("x")), opt);
    }

    /**
     * Our AIC and BIC count the k coefficients, not sigma (statsmodels, gretl, Stata's estat ic): R's AIC() is 2
     * higher and BIC() log(n) higher, its logLik the same.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void informationCriteriaAreRsWithoutSigmaAsAParameter(JsonNode c) {
        JsonNode r = c.get("information");
        OlsResult m = fit(c, 1);
        String n = c.get("name").asText() + " ";
        int k = Fixtures.strings(c.get("x")).size() + (c.get("constant").asBoolean() ? 1 : 0);
        assertThat(r.get("df").asInt()).isEqualTo(k + 1);
        close(n + "log-likelihood", m.logLikelihood(), r.get("loglik").asDouble());
        close(n + "AIC + 2", m.aic() + 2, r.get("aic").asDouble());
        close(n + "BIC + log(n)", m.bic() + Math.log(r.get("n").asDouble()), r.get("bic").asDouble());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesLmtest(JsonNode c) {
        String n = c.get("name").asText() + " ";
        for (JsonNode bg : c.get("bg")) {
            int order = bg.get("order").asInt();
            OlsDiagnostics d = fit(c, order).diagnostics();
            DiagnosticResult t = d.get("breusch_godfrey");
            String w = n + "bgtest order " + order + " ";
            close(w + "LM", t.statistic(), bg.get("lm").asDouble());
            assertThat(t.df()).isEqualTo(bg.get("lm_df").asDouble());
            close(w + "LM p", t.pValue(), bg.get("lm_p").asDouble());
            close(w + "F", t.fStatistic(), bg.get("f").asDouble());
            assertThat(t.fDfNum()).isEqualTo(bg.get("f_df_num").asDouble());
            assertThat(t.fDfDenom()).isEqualTo(bg.get("f_df_denom").asDouble());
            close(w + "F p", t.fPValue(), bg.get("f_p").asDouble());
        }
        OlsDiagnostics d = fit(c, 1).diagnostics();
        chiSquare(n + "bptest", d.get("breusch_pagan"), c.get("breusch_pagan"));
        if (c.has("white")) {
            chiSquare(n + "white", d.get("white"), c.get("white"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ljungBoxBoxPierceAndArchMatchR(JsonNode c) {
        for (JsonNode q : c.get("q")) {
            int h = q.get("lags").asInt();
            OlsDiagnostics d = fit(c, 1, 1, h).diagnostics();
            String n = c.get("name").asText() + " Q(" + h + ") ";
            DiagnosticResult lb = d.get("ljung_box");
            close(n + "Ljung-Box", lb.statistic(), q.get("ljung_box").asDouble());
            close(n + "Ljung-Box p", lb.pValue(), q.get("ljung_box_p").asDouble());
            assertThat(lb.df()).isEqualTo(h);
            DiagnosticResult bp = d.get("box_pierce");
            close(n + "Box-Pierce", bp.statistic(), q.get("box_pierce").asDouble());
            close(n + "Box-Pierce p", bp.pValue(), q.get("box_pierce_p").asDouble());
        }
        for (JsonNode a : c.get("arch")) {
            int k = a.get("order").asInt();
            DiagnosticResult t = fit(c, 1, k, 1).diagnostics().get("arch");
            String n = c.get("name").asText() + " ARCH(" + k + ") ";
            close(n + "LM", t.statistic(), a.get("lm").asDouble());
            close(n + "LM p", t.pValue(), a.get("lm_p").asDouble());
            close(n + "F", t.fStatistic(), a.get("f").asDouble());
            assertThat(t.fDfNum()).isEqualTo(a.get("f_df_num").asDouble());
            assertThat(t.fDfDenom()).isEqualTo(a.get("f_df_denom").asDouble());
            close(n + "F p", t.fPValue(), a.get("f_p").asDouble());
        }
    }

    @Test
    void orderZeroLeavesTheTestsOut() throws IOException {
        OlsDiagnostics d = fit(cases().get(0), 1, 0, 0).diagnostics();
        assertThat(d.tests()).extracting(DiagnosticResult::key).doesNotContain("arch", "ljung_box", "box_pierce");
    }

    private static OlsResult fit(JsonNode c, int order, int arch, int q) {
        OlsOptions opt = OlsOptions.DEFAULT.withConstant(c.get("constant").asBoolean()).withBgOrder(order)
                .withResidualTests(arch, q);
        return Ols.fit(Fixtures.dataset(c.get("columns")), c.get("y").asText(), Fixtures.strings(c.get("x")), opt);
    }

    private static void chiSquare(String what, DiagnosticResult t, JsonNode e) {
        close(what + " LM", t.statistic(), e.get("lm").asDouble());
        assertThat(t.df()).as(what + " df").isEqualTo(e.get("df").asDouble());
        close(what + " p", t.pValue(), e.get("p").asDouble());
    }

    /** The figures of the report: stackloss on its three regressors without a constant, order 1. */
    @Test
    void stacklossWithoutAConstantGivesRsAndGretlsFigures() throws IOException {
        JsonNode c = cases().stream().filter(x -> x.get("name").asText().equals("stackloss_no_constant"))
                .findFirst().orElseThrow();
        DiagnosticResult bg = fit(c, 1).diagnostics().get("breusch_godfrey");
        assertThat(bg.statistic()).isCloseTo(0.562, org.assertj.core.data.Offset.offset(5e-4));
        assertThat(bg.pValue()).isCloseTo(0.453, org.assertj.core.data.Offset.offset(5e-4));
        assertThat(bg.fStatistic()).isCloseTo(0.468, org.assertj.core.data.Offset.offset(5e-4));
    }
}
