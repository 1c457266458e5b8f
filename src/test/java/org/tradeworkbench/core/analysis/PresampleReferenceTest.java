package org.tradeworkbench.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.analysis.causality.CausalityAnalysis;
import org.tradeworkbench.core.analysis.causality.CausalityReport;
import org.tradeworkbench.core.analysis.causality.CausalityRow;
import org.tradeworkbench.core.analysis.causality.CausalitySpec;
import org.tradeworkbench.core.analysis.regression.ModelTerms;
import org.tradeworkbench.core.analysis.regression.RegressionAnalysis;
import org.tradeworkbench.core.analysis.regression.RegressionSpec;
import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.var.VarAnalysis;
import org.tradeworkbench.core.analysis.var.VarFit;
import org.tradeworkbench.core.analysis.var.VarModel;
import org.tradeworkbench.core.analysis.var.VarSpec;
import org.tradeworkbench.core.analysis.var.VarTrend;
import org.tradeworkbench.core.stats.granger.GrangerStatistic;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.stats.ols.OlsResult;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.StationarityAnalysis;
import org.tradeworkbench.core.analysis.stationarity.StationarityReport;
import org.tradeworkbench.core.analysis.stationarity.StationarityRow;
import org.tradeworkbench.core.analysis.stationarity.StationaritySpec;
import org.tradeworkbench.core.analysis.stationarity.UnitRootKind;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Presample;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.unitroot.AdfResult;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * With presample values the estimation sample is the sample chosen: the tests on 2005-2018 equal regressions
 * fitted by statsmodels on the rows 2005-2018 with their lags taken from 2004 and before
 * ({@code src/test/reference/presample_fixtures.py}).
 */
class PresampleReferenceTest {
    private static final double TOL = 1e-8;
    private static JsonNode cases;
    private static Dataset data;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = PresampleReferenceTest.class.getResourceAsStream("/fixtures/presample_reference.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            cases = root.get("cases");
            JsonNode s = root.get("series");
            int n = s.get("years").size();
            data = new Dataset("presample", new TimeIndex(Period.annual(s.get("years").get(0).asInt()), n),
                    List.of(Series.of("x", values(s.get("x"))), Series.of("m", values(s.get("m")))));
        }
    }

    private static double[] values(JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).isNull() ? Double.NaN : a.get(i).asDouble();
        }
        return v;
    }

    static Dataset sampled(int from, int to, Presample p) {
        return Expressions.sampled(data, new SampleRange(Period.annual(from), Period.annual(to), p));
    }

    private static StationarityRow adf(Dataset d, String variable, UnitRootTrend trend, DifferenceChoice diff,
            LagChoice lags, int fixed, Integer maxLag) {
        StationaritySpec spec = new StationaritySpec(List.of(variable), UnitRootKind.ADF, trend, diff, lags, fixed,
                maxLag, false);
        StationarityReport r = new StationarityAnalysis().run(spec, d, ProgressReporter.NONE);
        StationarityRow row = r.rows().get(0);
        assertTrue(row.ok(), row.problem());
        return row;
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, TOL * Math.max(1, Math.abs(expected)), what);
    }

    private static void assertRegression(JsonNode expected, AdfResult a) {
        assertEquals(expected.get("nobs").asInt(), a.nobs(), "nobs");
        for (int j = 0; j < a.coefficients().length; j++) {
            assertClose(expected.get("coefficients").get(j).asDouble(), a.coefficients()[j], "coefficient " + j);
            assertClose(expected.get("std_errors").get(j).asDouble(), a.standardErrors()[j], "std error " + j);
            assertClose(expected.get("t").get(j).asDouble(), a.tValues()[j], "t " + j);
        }
    }

    @Test
    void adfWithOneLagRegressesOnExactlyTheSample() {
        JsonNode c = cases.get("adf_level_c_1");
        AdfResult a = adf(sampled(2005, 2018, Presample.USE), "log(x)", UnitRootTrend.CONSTANT,
                DifferenceChoice.LEVEL, LagChoice.FIXED, 1, null).adf();
        assertRegression(c, a);
        assertClose(c.get("adfuller_on_2003_2018").asDouble(), a.statistic(), "adfuller");
        assertEquals("2005", a.sampleFirst());
        assertEquals("2018", a.sampleLast());
    }

    @Test
    void cuttingTheSampleLosesTheFirstObservationsInstead() {
        AdfResult a = adf(sampled(2005, 2018, Presample.CUT), "log(x)", UnitRootTrend.CONSTANT,
                DifferenceChoice.LEVEL, LagChoice.FIXED, 1, null).adf();
        assertEquals("2007", a.sampleFirst());
        assertEquals(12, a.nobs());
    }

    @Test
    void differencesOfTheSampleStartUsePresampleValues() {
        JsonNode c = cases.get("adf_diff_ct_2");
        AdfResult a = adf(sampled(2005, 2018, Presample.USE), "log(x)", UnitRootTrend.CONSTANT_TREND,
                DifferenceChoice.ofOrder(1), LagChoice.FIXED, 2, null).adf();
        assertRegression(c, a);
        assertClose(c.get("adfuller_on_2002_2018").asDouble(), a.statistic(), "adfuller");
        // A generated difference is computed on the whole data too.
        Dataset withGenerated = Expressions.sampled(Expressions.define(data, "dlx", "d(log(x))"),
                new SampleRange(Period.annual(2005), Period.annual(2018), Presample.USE));
        AdfResult g = adf(withGenerated, "dlx", UnitRootTrend.CONSTANT_TREND, DifferenceChoice.LEVEL,
                LagChoice.FIXED, 2, null).adf();
        assertClose(c.get("t").get(0).asDouble(), g.statistic(), "generated series");
    }

    @Test
    void everyAicCandidateIsFittedOnTheSample() {
        JsonNode c = cases.get("adf_level_c_aic3");
        AdfResult a = adf(sampled(2005, 2018, Presample.USE), "log(x)", UnitRootTrend.CONSTANT,
                DifferenceChoice.LEVEL, LagChoice.of(LagCriterion.AIC), 0, 3).adf();
        assertEquals(c.get("lags").asInt(), a.lags());
        assertEquals(c.get("nobs").asInt(), a.nobs());
        assertClose(c.get("t").get(0).asDouble(), a.statistic(), "t");
        assertEquals("2005", a.sampleFirst());
        // The criterion differs from statsmodels' aic by a constant shift per sample; the ranking is what counts.
        double[] byLag = a.criterionByLag();
        for (int p = 0; p < byLag.length; p++) {
            double shift = byLag[0] - c.get("aic_by_lag").get(0).asDouble();
            assertClose(c.get("aic_by_lag").get(p).asDouble() + shift, byLag[p], "criterion of lag " + p);
        }
    }

    @Test
    void tooFewPresampleValuesUseWhatExistsAndSayHowManyObservationsWereLost() {
        JsonNode c = cases.get("adf_short_presample");
        StationarityRow row = adf(sampled(1996, 2010, Presample.USE), "log(x)", UnitRootTrend.CONSTANT,
                DifferenceChoice.LEVEL, LagChoice.FIXED, 2, null);
        assertRegression(c, row.adf());
        assertClose(c.get("adfuller_on_1995_2010").asDouble(), row.adf().statistic(), "adfuller");
        assertEquals("1998", row.adf().sampleFirst());
        assertNotNull(row.presampleNote());
        assertTrue(row.presampleNote().contains("2 observations of the sample lost"), row.presampleNote());
        assertTrue(row.presampleNote().contains("only 1 value of log(x) before 1996"), row.presampleNote());
    }

    @Test
    void noNoteWhenThePresampleSuffices() {
        StationarityRow row = adf(sampled(2005, 2018, Presample.USE), "log(x)", UnitRootTrend.CONSTANT,
                DifferenceChoice.LEVEL, LagChoice.FIXED, 1, null);
        assertNull(row.presampleNote());
    }

    @Test
    void olsWithLaggedTermsIsFittedOnExactlyTheSample() {
        JsonNode c = cases.get("ols_lags");
        RegressionSpec spec = new RegressionSpec("log(m)", 1, List.of(new ModelTerms.Regressor("d(log(x))", 1)), true,
                CovarianceType.CLASSICAL, 0, 1);
        OlsResult r = new RegressionAnalysis().run(spec, sampled(2005, 2018, Presample.USE), ProgressReporter.NONE)
                .result();
        assertEquals(14, r.nobs());
        assertEquals(0, r.sample().dropped());
        assertEquals("2005", r.sample().labels()[0]);
        for (int j = 0; j < c.get("names").size(); j++) {
            String name = c.get("names").get(j).asText();
            assertClose(c.get("coefficients").get(j).asDouble(), r.coefficient(name).estimate(), name);
            assertClose(c.get("std_errors").get(j).asDouble(), r.coefficient(name).stdError(), name);
        }
        assertClose(c.get("ssr").asDouble(), r.ssr(), "ssr");
        // Cut, the lags use up 2005 and 2006.
        OlsResult cut = new RegressionAnalysis().run(spec, sampled(2005, 2018, Presample.CUT), ProgressReporter.NONE)
                .result();
        assertEquals("2007", cut.sample().labels()[0]);
    }

    @Test
    void grangerOrdersEachStartAtTheSampleStart() {
        CausalitySpec spec = new CausalitySpec(List.of("log(m)", "log(x)"), 2, true);
        CausalityReport r = new CausalityAnalysis().run(spec, sampled(2005, 2018, Presample.USE),
                ProgressReporter.NONE);
        int checked = 0;
        for (CausalityRow row : r.rows()) {
            GrangerStatistic g = row.statistic();
            assertNotNull(g, row.problem());
            assertEquals("2005", g.sampleStart());
            assertEquals(14, g.nobs());
            String key = "granger_" + (g.cause().equals("log(x)") ? "x_to_m_" : "m_to_x_") + g.lags();
            JsonNode c = cases.get(key);
            if (c != null) {
                assertClose(c.get("f").asDouble(), g.fStatistic(), key);
                assertEquals(c.get("df_denom").asInt(), g.dfDenom(), key);
                checked++;
            }
        }
        assertEquals(3, checked);
    }

    @Test
    void varIsFittedOnExactlyTheSample() {
        JsonNode c = cases.get("var2");
        VarModel m = new VarModel(List.of("log(x)", "log(m)"), 2, VarTrend.CONSTANT, List.of());
        VarFit fit = new VarAnalysis().run(new VarSpec(m, null), sampled(2005, 2018, Presample.USE),
                ProgressReporter.NONE).fit();
        assertEquals(14, fit.nobs());
        assertEquals("2005", fit.firstPeriod());
        List<String> names = fit.regressorNames();
        for (int e = 0; e < 2; e++) {
            JsonNode eq = c.get("equations").get(fit.names().get(e));
            for (int j = 0; j < names.size(); j++) {
                String expected = eq.get("names").get(j).asText();
                String ours = names.get(j);
                assertTrue(ours.equals(expected) || expected.equals(ours.replaceFirst("^L(\\d+)\\.(.*)$", "$2(-$1)")),
                        ours + " vs " + expected);
                assertClose(eq.get("coefficients").get(j).asDouble(), fit.param(j, e), ours);
                assertClose(eq.get("std_errors").get(j).asDouble(), fit.stderr(j, e), ours);
            }
        }
    }
}
