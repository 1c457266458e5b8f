package org.tradeworkbench.core.stats.unitroot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.linalg.LeastSquaresFit;
import org.tradeworkbench.core.stats.dist.MacKinnon;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/**
 * The augmented Dickey-Fuller unit-root test with statsmodels' {@code adfuller} semantics: the same default and
 * limit for the maximum lag, the same common sample for automatic lag selection, the chosen order re-estimated on
 * the longest sample it allows, MacKinnon (1994) p-values and MacKinnon (2010) critical values.
 */
public final class Adf {
    private Adf() {
    }

    /** Tests {@code values} (already gap-free), named {@code x}, with no time index. */
    public static AdfResult test(double[] values, AdfSpec spec) {
        return test("x", values, null, spec);
    }

    /**
     * Tests a series aligned with {@code index} (may be {@code null}): leading and trailing missing values are
     * trimmed, a missing value inside the sample is a {@link DataException} naming its period.
     */
    public static AdfResult test(String name, double[] values, TimeIndex index, AdfSpec spec) {
        TimeSeriesSample level = TimeSeriesSample.trim(name, values, index);
        return test(level, spec);
    }

    /** Tests a series expression of a dataset, e.g. {@code log(patents)}, over the dataset's rows. */
    public static AdfResult test(Dataset data, String expression, AdfSpec spec) {
        return test(TimeSeriesSample.of(data, expression), spec);
    }

    /** Tests a trimmed sample. */
    public static AdfResult test(TimeSeriesSample level, AdfSpec spec) {
        TimeSeriesSample sample = level.differenced(spec.diff());
        String tested = differencedName(level.name(), spec.diff());
        if (sample.presample() > 0) {
            // Values before the sample's start serve as lags only: the sample's first value is the first
            // observation of every regression, so at most maxlag + 1 of them are needed.
            int lagsNeeded = spec.isAutoLag() ? (spec.maxLag() != null ? spec.maxLag()
                    : defaultMaxLag(Math.max(0, sample.size() - sample.presample()), spec.trend())) : spec.fixedLags();
            sample = sample.keepPresample(lagsNeeded + 1);
        }
        double[] x = sample.values();
        int n = x.length;
        UnitRootTrend trend = spec.trend();
        int limit = n / 2 - trend.termCount() - 1;
        // Too few values first: one value is trivially "constant", but that is not what is wrong with it.
        if (limit < 0) {
            checkLagLimit(tested + (n == 0 ? "" : " (" + sample.label(0) + (n == 1 ? "" : " to "
                    + sample.label(n - 1)) + ")"), n, trend, 0, limit, "number of lags");
        }
        if (isConstant(x)) {
            throw new DataException("series " + tested + " is constant: the ADF test needs a varying series");
        }
        int lags;
        int maxLag = -1;
        double icBest = Double.NaN;
        double[] byLag = new double[0];
        if (spec.isAutoLag()) {
            maxLag = spec.maxLag() != null ? spec.maxLag()
                    : sample.usesPresample() ? defaultMaxLag(n - sample.presample(), trend) : defaultMaxLag(n, trend);
            checkLagLimit(tested, n, trend, maxLag, limit, "maximum lag");
            int commonDf = (n - 1 - maxLag) - (trend.termCount() + 1 + maxLag);
            if (commonDf <= 0 && spec.maxLag() == null) {
                // The rule's cap n/2 - terms - 1 leaves an even-length series without a constant no residual
                // degree of freedom; the rule's maximum is lowered to the largest that keeps one (said in the notes).
                maxLag = Math.min(maxLag, fittableMaxLag(n, trend));
                commonDf = (n - 1 - maxLag) - (trend.termCount() + 1 + maxLag);
            }
            if (commonDf <= 0) {
                // statsmodels would fit this candidate exactly and could pick its meaningless criterion.
                throw new DataException("ADF on " + tested + ": with maximum lag " + maxLag + " the largest "
                        + "candidate regression has no residual degrees of freedom on " + (n - 1 - maxLag)
                        + " observations; choose a maximum lag of at most " + (maxLag - 1));
            }
            NestedLagSearch.Choice c = new NestedLagSearch(x, trend, maxLag, spec.criterion()).run();
            lags = c.lag();
            icBest = c.icBest();
            byLag = c.criterionByLag();
        } else {
            lags = spec.fixedLags();
            checkLagLimit(tested, n, trend, lags, limit, "number of lags");
        }
        // With presample values the chosen order is fitted on the sample itself, not on the longer stretch the
        // presample values would allow (statsmodels' re-estimation on the longest sample it allows).
        int sampleLag = Math.max(lags, sample.presample() - 1);
        AdfRegression reg = AdfRegression.build(x, trend, lags, sampleLag);
        String[] names = reg.names(asOperand(tested));
        LeastSquaresFit fit = reg.fit(asOperand(tested));
        if (fit.ssr() <= 1e-24 * reg.dependentSumOfSquares()) {
            throw new DataException("ADF on " + tested + ": the test regression fits the data exactly (a "
                    + "deterministic series), so the statistic is undefined");
        }
        double[] t = fit.tValues();
        double stat = t[0];
        int nobs = reg.nobs();
        // Row r of the regression explains d(x) from x's value at offset lags + r to offset lags + r + 1.
        String first = sample.label(sampleLag + 1);
        String last = sample.label(n - 1);
        return new AdfResult(level.name(), tested, spec, stat, MacKinnon.pValue(stat, trend),
                MacKinnon.criticalValues(trend, nobs), lags, nobs, maxLag, icBest, byLag, Arrays.asList(names),
                fit.coefficients(), fit.standardErrors(), t, first, last,
                sample.usesPresample() ? n - sample.presample() : n);
    }

    /**
     * statsmodels' default maximum lag, ceil(12 (nobs/100)^(1/4)) capped at nobs/2 - terms - 1 (Schwert 1989),
     * for a series of {@code nobs} values.
     */
    /**
     * The largest maximum lag for which the largest candidate regression keeps a residual degree of freedom on
     * {@code nobs} values: (nobs - 1 - m) - (terms + 1 + m) >= 1.
     */
    public static int fittableMaxLag(int nobs, UnitRootTrend trend) {
        return Math.max(0, (nobs - 3 - trend.termCount()) / 2);
    }

    /**
     * The maximum lag the criterion searches when the user sets none: {@link #defaultMaxLag}, lowered to
     * {@link #fittableMaxLag} where the rule would leave the largest candidate regression an exact fit.
     */
    public static int searchedDefaultMaxLag(int nobs, UnitRootTrend trend) {
        return Math.min(defaultMaxLag(nobs, trend), fittableMaxLag(nobs, trend));
    }

    public static int defaultMaxLag(int nobs, UnitRootTrend trend) {
        int m = (int) Math.ceil(12.0 * Math.pow(nobs / 100.0, 0.25));
        m = Math.min(nobs / 2 - trend.termCount() - 1, m);
        if (m < 0) {
            throw new DataException("the sample of " + nobs + " observations is too short for an ADF test with "
                    + trend.description());
        }
        return m;
    }

    /**
     * Tests the level, then the first, second and third differences in turn, until the ADF test rejects a unit
     * root at {@code level} (e.g. 0.05): the smallest order of integration the data suggest. Orders that the
     * sample is too short for end the search.
     */
    public static StationarityOrder smallestStationaryDifference(String name, double[] values, TimeIndex index,
                                                                 AdfSpec spec, double level) {
        return smallestStationaryDifference(TimeSeriesSample.trim(name, values, index), spec, level);
    }

    /** {@link #smallestStationaryDifference(String, double[], TimeIndex, AdfSpec, double)} on a trimmed sample. */
    public static StationarityOrder smallestStationaryDifference(TimeSeriesSample sample, AdfSpec spec,
                                                                 double level) {
        List<AdfResult> tried = new ArrayList<>();
        for (int d = 0; d <= AdfSpec.MAX_DIFF; d++) {
            AdfResult r;
            try {
                r = test(sample, spec.withDiff(d));
            } catch (DataException e) {
                if (tried.isEmpty()) {
                    throw e;
                }
                break;
            }
            tried.add(r);
            if (r.rejectsAt(level)) {
                return new StationarityOrder(level, tried, OptionalInt.of(d));
            }
        }
        return new StationarityOrder(level, tried, OptionalInt.empty());
    }

    private static void checkLagLimit(String name, int n, UnitRootTrend trend, int lags, int limit, String what) {
        if (limit < 0) {
            // Not even the regression without lags fits: say how many values the test needs.
            throw new DataException("ADF on " + name + ": " + n + (n == 1 ? " observation is" : " observations are")
                    + " too few for the test with " + trend.description() + " (at least "
                    + (2 * (trend.termCount() + 1)) + " needed)");
        }
        if (lags > limit) {
            throw new DataException("ADF on " + name + ": the " + what + " " + lags + " is too large for "
                    + n + " observations with " + trend.description() + " (at most " + Math.max(limit, 0)
                    + " = nobs/2 - " + (trend.termCount() + 1) + ")");
        }
    }

    private static boolean isConstant(double[] x) {
        for (double v : x) {
            if (v != x[0]) {
                return false;
            }
        }
        return true;
    }

    /** e.g. {@code d(d(x))} for the second difference of {@code x}. */
    public static String differencedName(String name, int d) {
        String s = name;
        for (int i = 0; i < d; i++) {
            s = "d(" + s + ")";
        }
        return s;
    }

    /** The name as an operand of a lag suffix: simple names and calls as they are, anything else in parentheses. */
    private static String asOperand(String name) {
        if (name.matches("[\\p{L}_][\\p{L}\\p{N}_.]*") || name.matches("`[^`]*`")) {
            return name;
        }
        if (name.matches("[\\p{L}_][\\p{L}\\p{N}_.]*\\(.*\\)") && balancedOuterCall(name)) {
            return name;
        }
        return "(" + name + ")";
    }

    private static boolean balancedOuterCall(String s) {
        int open = s.indexOf('(');
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && i != s.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }
}
