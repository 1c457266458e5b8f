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
import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.StationarityAnalysis;
import org.tradeworkbench.core.analysis.stationarity.StationarityReport;
import org.tradeworkbench.core.analysis.stationarity.StationarityRow;
import org.tradeworkbench.core.analysis.stationarity.StationaritySpec;
import org.tradeworkbench.core.analysis.stationarity.UnitRootTest;
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
        StationaritySpec spec = new StationaritySpec(List.of(variable), UnitRootTest.ADF, trend, diff, lags, fixed,
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
}
