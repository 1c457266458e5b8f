package org.tradeworkbench.core.stats.ols;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every statistic of every fixture case against statsmodels, and the diagnostics of the classical cases also
 * against R's lmtest (src/test/reference/ols_fixtures.py).
 */
class OlsStatsmodelsFixtureTest {
    private static final double TOL = 1e-8;

    static List<JsonNode> cases() throws IOException {
        return Fixtures.cases(Fixtures.load("ols_statsmodels.json"));
    }

    private static void close(String what, double actual, double expected) {
        assertThat(Fixtures.relDiff(actual, expected, 1e-300))
                .as("%s: got %s, statsmodels %s", what, actual, expected).isLessThanOrEqualTo(TOL);
    }

    private static void closeArray(String what, List<Double> actual, JsonNode expected) {
        double[] e = Fixtures.doubles(expected);
        assertThat(actual).as(what + " length").hasSize(e.length);
        for (int i = 0; i < e.length; i++) {
            close(what + "[" + i + "]", actual.get(i), e[i]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesStatsmodels(JsonNode c) {
        OlsOptions opt = OlsOptions.DEFAULT.withConstant(c.get("constant").asBoolean())
                .withCovariance(CovarianceType.parse(c.get("cov").asText()),
                        c.get("hac_lags").isNull() ? -1 : c.get("hac_lags").asInt())
                .withBgOrder(c.get("bg_order").asInt());
        OlsResult r = Ols.fit(Fixtures.dataset(c.get("columns")), c.get("y").asText(),
                Fixtures.strings(c.get("x")), opt);
        JsonNode e = c.get("expected");
        String n = c.get("name").asText() + " ";
        assertThat(r.nobs()).isEqualTo(e.get("nobs").asInt());
        assertThat(r.dfResid()).isEqualTo(e.get("df_resid").asInt());
        assertThat(r.sample().dropped()).isEqualTo(e.get("dropped").asInt());
        closeArray(n + "params", r.coefficients().stream().map(Coefficient::estimate).toList(), e.get("params"));
        // For robust covariances on small samples the script also computes the exact (rational) sandwich, which
        // statsmodels' (X'X)^-1 S (X'X)^-1 only approximates on ill-conditioned designs (Longley).
        JsonNode se = e.has("exact_robust") ? e.get("exact_robust") : e;
        closeArray(n + "bse", r.coefficients().stream().map(Coefficient::stdError).toList(), se.get("bse"));
        closeArray(n + "t", r.coefficients().stream().map(Coefficient::t).toList(), se.get("tvalues"));
        closeArray(n + "p", r.coefficients().stream().map(Coefficient::pValue).toList(), se.get("pvalues"));
        for (int i = 0; i < r.coefficients().size(); i++) {
            Coefficient c0 = r.coefficients().get(i);
            // An interval end is b -/+ q se; scipy's t quantile carries ~1e-9 relative error, so the bound is
            // compared relative to the size of the terms it sums rather than to the (possibly tiny) bound.
            double scale = Math.abs(c0.estimate()) + 2.5 * c0.stdError();
            assertThat(Math.abs(c0.ciLow() - e.get("ci_low").get(i).asDouble()) / scale).as(n + "ci_low " + i)
                    .isLessThanOrEqualTo(TOL);
            assertThat(Math.abs(c0.ciHigh() - e.get("ci_high").get(i).asDouble()) / scale).as(n + "ci_high " + i)
                    .isLessThanOrEqualTo(TOL);
        }
        close(n + "rsquared", r.rSquared(), e.get("rsquared").asDouble());
        close(n + "rsquared_adj", r.adjRSquared(), e.get("rsquared_adj").asDouble());
        close(n + "fvalue", r.fStatistic(), se.get("fvalue").asDouble());
        close(n + "f_pvalue", r.fPValue(), se.get("f_pvalue").asDouble());
        close(n + "llf", r.logLikelihood(), e.get("llf").asDouble());
        close(n + "aic", r.aic(), e.get("aic").asDouble());
        close(n + "bic", r.bic(), e.get("bic").asDouble());
        close(n + "ssr", r.ssr(), e.get("ssr").asDouble());
        close(n + "durbin_watson", r.durbinWatson(), e.get("durbin_watson").asDouble());

        OlsDiagnostics d = r.diagnostics();
        // Without a constant statsmodels adds one to the Breusch-Godfrey regression; we follow R and gretl
        // (docs/regression.md), so that case is compared with R below only.
        if (c.get("constant").asBoolean()) {
            lmAndF(n + "breusch_godfrey", d.get("breusch_godfrey"), e.get("breusch_godfrey"));
        }
        if (e.has("breusch_pagan")) {
            lmAndF(n + "breusch_pagan", d.get("breusch_pagan"), e.get("breusch_pagan"));
        }
        if (e.has("white")) {
            lmAndF(n + "white", d.get("white"), e.get("white"));
        } else if (c.get("constant").asBoolean()) {
            assertThat(d.get("white").statistic()).as("White test without enough observations").isNaN();
        }
        JsonNode jb = e.get("jarque_bera");
        close(n + "jb", d.get("jarque_bera").statistic(), jb.get("stat").asDouble());
        close(n + "jb p", d.get("jarque_bera").pValue(), jb.get("p").asDouble());
        close(n + "skew", d.residualSkewness(), jb.get("skew").asDouble());
        close(n + "kurtosis", d.residualKurtosis(), jb.get("kurtosis").asDouble());
        JsonNode rs = e.get("reset");
        DiagnosticResult reset = d.get("reset");
        close(n + "reset F", reset.fStatistic(), rs.get("f").asDouble());
        close(n + "reset p", reset.fPValue(), rs.get("p").asDouble());
        assertThat(reset.fDfNum()).isEqualTo(rs.get("df_num").asDouble());
        assertThat(reset.fDfDenom()).isEqualTo(rs.get("df_denom").asDouble());

        // The same tests from R's lmtest. bgtest adds no constant to its auxiliary regression, as we do; R's
        // default bptest on a model without a constant uses the model's regressors without one as the variance
        // formula (df k - 1), where we (as gretl) give the variance function its constant, so that case is
        // checked in OlsBreuschGodfreyRTest against bptest with the regressors and an intercept.
        if (e.has("r_lmtest")) {
            JsonNode rl = e.get("r_lmtest");
            close(n + "R resettest F", reset.fStatistic(), rl.get("reset_f").asDouble());
            close(n + "R resettest p", reset.fPValue(), rl.get("reset_p").asDouble());
            DiagnosticResult bg = d.get("breusch_godfrey");
            close(n + "R bgtest LM", bg.statistic(), rl.get("bg_lm").asDouble());
            close(n + "R bgtest LM p", bg.pValue(), rl.get("bg_lm_p").asDouble());
            close(n + "R bgtest F", bg.fStatistic(), rl.get("bg_f").asDouble());
            close(n + "R bgtest F p", bg.fPValue(), rl.get("bg_f_p").asDouble());
            if (c.get("constant").asBoolean()) {
                close(n + "R bptest", d.get("breusch_pagan").statistic(), rl.get("bp_lm").asDouble());
                close(n + "R bptest p", d.get("breusch_pagan").pValue(), rl.get("bp_lm_p").asDouble());
            }
        }
    }

    private static void lmAndF(String what, DiagnosticResult t, JsonNode e) {
        close(what + " lm", t.statistic(), e.get("lm").asDouble());
        close(what + " lm p", t.pValue(), e.get("lm_p").asDouble());
        close(what + " F", t.fStatistic(), e.get("f").asDouble());
        close(what + " F p", t.fPValue(), e.get("f_p").asDouble());
    }
}
