package org.tradeworkbench.core.stats.unitroot;

import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/**
 * What to test: deterministic terms, the order of differencing applied to the series first, and either a fixed
 * number of lagged differences or a criterion that chooses it among 0..maxlag.
 *
 * @param trend     deterministic terms of the test regression
 * @param diff      difference the series this many times (0..3) before testing
 * @param fixedLags the number of lagged differences, or {@code null} when {@code criterion} chooses it
 * @param criterion the lag-selection criterion, or {@code null} for fixed lags
 * @param maxLag    the largest lag order considered, or {@code null} for statsmodels' default
 *                  ceil(12 (nobs/100)^(1/4)) capped at nobs/2 - terms - 1
 */
public record AdfSpec(UnitRootTrend trend, int diff, Integer fixedLags, LagCriterion criterion, Integer maxLag) {

    public static final int MAX_DIFF = 3;

    public AdfSpec {
        if (trend == null) {
            throw new IllegalArgumentException("trend is required");
        }
        if (diff < 0 || diff > MAX_DIFF) {
            throw new IllegalArgumentException("the order of differencing must be 0.." + MAX_DIFF + ", got " + diff);
        }
        if ((fixedLags == null) == (criterion == null)) {
            throw new IllegalArgumentException("give either a fixed number of lags or a lag criterion");
        }
        if (fixedLags != null && fixedLags < 0) {
            throw new IllegalArgumentException("the number of lags cannot be negative, got " + fixedLags);
        }
        if (fixedLags != null && maxLag != null) {
            throw new IllegalArgumentException("a maximum lag applies only to automatic lag selection");
        }
        if (maxLag != null && maxLag < 0) {
            throw new IllegalArgumentException("the maximum lag cannot be negative, got " + maxLag);
        }
    }

    public static AdfSpec fixedLags(UnitRootTrend trend, int diff, int lags) {
        return new AdfSpec(trend, diff, lags, null, null);
    }

    /** Lags chosen by {@code criterion} among 0..maxLag ({@code maxLag} null: the default). */
    public static AdfSpec autoLag(UnitRootTrend trend, int diff, LagCriterion criterion, Integer maxLag) {
        return new AdfSpec(trend, diff, null, criterion, maxLag);
    }

    public boolean isAutoLag() {
        return criterion != null;
    }

    /** The same test on another order of differencing. */
    public AdfSpec withDiff(int d) {
        return new AdfSpec(trend, d, fixedLags, criterion, maxLag);
    }
}
