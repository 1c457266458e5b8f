package org.tradeworkbench.core.stats.unitroot;

import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/**
 * The Zivot-Andrews (1992) unit-root test against a stationary alternative with one break at an unknown date,
 * with statsmodels' {@code zivot_andrews} semantics: the lags are chosen once on the ADF regression with a
 * constant and trend, every date between the trimmed ends is a candidate break, the statistic is the smallest t
 * of the lagged level, and p-values and critical values come from statsmodels' table.
 *
 * <p>Each break regression is d(y)_t = const + trend + break regressors + gamma y_{t-1} + lagged differences.
 * Only the break regressors change from one date to the next, so {@link ZivotAndrewsScan} projects the fixed
 * regressors out once and gets every date's statistic from running sums (see there).
 */
public final class ZivotAndrews {
    private ZivotAndrews() {
    }

    /** Tests {@code y} (no missing values), named {@code x} in messages. */
    public static ZivotAndrewsResult test(double[] y, ZivotAndrewsSpec spec) {
        return test("x", y, spec);
    }

    /** Tests a trimmed sample; the break index counts from the sample's first value. */
    public static ZivotAndrewsResult test(TimeSeriesSample tested, ZivotAndrewsSpec spec) {
        // The break search is over the sample: presample values serve for differences only.
        TimeSeriesSample sample = tested.keepPresample(0);
        return test(sample.name(), sample.values(), spec);
    }

    /** Tests {@code y} (no missing values), named {@code name} in messages. */
    public static ZivotAndrewsResult test(String name, double[] y, ZivotAndrewsSpec spec) {
        if (spec == null) {
            throw new IllegalArgumentException("spec is required");
        }
        if (y == null) {
            throw new IllegalArgumentException("the series is required");
        }
        String what = "Zivot-Andrews on " + name;
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new DataException(what + ": observation " + (i + 1) + " is " + y[i]
                        + "; the test needs a series without missing or infinite values");
            }
        }
        int n = y.length;
        ZivotAndrewsBreak type = spec.breakType();
        int minimum = 2 * (4 + type.dummyCount());
        if (n < minimum) {
            throw new DataException(what + ": " + n + (n == 1 ? " observation is" : " observations are")
                    + " too few for the test with a " + type.description() + " (at least " + minimum + " needed)");
        }
        if (isConstant(y)) {
            throw new DataException("series " + name + " is constant: the Zivot-Andrews test needs a varying series");
        }
        // Powers of two rescale exactly; every t statistic is invariant to the scale of the series.
        double[] x = scaled(y);
        int lags;
        int maxLag = -1;
        if (spec.isAutoLag()) {
            AdfResult adf;
            try {
                adf = Adf.test(name, x, null, AdfSpec.autoLag(UnitRootTrend.CONSTANT_TREND, 0, spec.criterion(),
                        spec.maxLag()));
            } catch (DataException e) {
                throw new DataException(what + ", choosing the lags by " + spec.criterion().label()
                        + " on the ADF regression with constant and trend: " + e.getMessage());
            }
            lags = adf.lags();
            maxLag = adf.maxLag();
        } else if (spec.fixedLags() != null) {
            lags = spec.fixedLags();
        } else {
            lags = ZivotAndrewsSpec.defaultFixedLags(n);
        }
        int rows = n - 1 - lags;
        int coefficients = lags + 3 + type.dummyCount();
        if (rows - coefficients < 1) {
            throw new DataException(what + ": " + lags + (lags == 1 ? " lag leaves " : " lags leave ")
                    + Math.max(rows, 0) + " observations in the test regression for " + coefficients
                    + " coefficients; at most " + Math.max(0, (n - 5 - type.dummyCount()) / 2) + " lags fit " + n
                    + " observations");
        }
        int trimCount = (int) (n * spec.trim());
        // statsmodels' break period bp runs over trimCount + 1 .. n - trimCount; its index is bp - 1.
        int firstBreak = trimCount;
        int lastBreak = n - trimCount - 1;
        ZivotAndrewsScan scan = new ZivotAndrewsScan(x, type, lags);
        checkIdentified(what, scan, firstBreak, lags, spec.trim(), trimCount);
        double[] stats = scan.statistics(firstBreak, lastBreak, what);
        int best = 0;
        for (int i = 1; i < stats.length; i++) {
            if (stats[i] < stats[best]) {
                best = i;
            }
        }
        double stat = stats[best];
        return new ZivotAndrewsResult(spec, stat, ZivotAndrewsCriticalValues.pValue(stat, type),
                ZivotAndrewsCriticalValues.criticalValues(type), ZivotAndrewsCriticalValues.SOURCE,
                firstBreak + best, lags, rows, maxLag, firstBreak, stats);
    }

    /**
     * The break regressors must vary within the regression's rows at the first candidate date, or they duplicate
     * the constant and the trend (statsmodels fails then, or with many lags and little trimming indexes rows from
     * the end of its design).
     */
    private static void checkIdentified(String what, ZivotAndrewsScan scan, int firstBreak, int lags,
                                        double trim, int trimCount) {
        int before = scan.rowsBefore(firstBreak);
        int needBefore = scan.breakType() == ZivotAndrewsBreak.INTERCEPT ? 1 : 2;
        String trimming = "trimming " + trim + " (" + trimCount + " observation" + (trimCount == 1 ? "" : "s")
                + " at each end)";
        if (before < needBefore) {
            throw new DataException(what + ": with " + lags + (lags == 1 ? " lag" : " lags") + " and " + trimming
                    + " the earliest break date, index " + firstBreak + ", leaves " + Math.max(before, 0)
                    + " observation" + (before == 1 ? "" : "s") + " of the test regression before the break (at least "
                    + needBefore + " needed); use fewer lags or more trimming");
        }
        // The latest date leaves at least as many rows after the break as the earliest leaves before it.
    }

    private static boolean isConstant(double[] x) {
        for (double v : x) {
            if (v != x[0]) {
                return false;
            }
        }
        return true;
    }

    private static double[] scaled(double[] y) {
        double max = 0;
        for (double v : y) {
            max = Math.max(max, Math.abs(v));
        }
        int shift = -Math.getExponent(max);
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = Math.scalb(y[i], shift);
        }
        return out;
    }
}
