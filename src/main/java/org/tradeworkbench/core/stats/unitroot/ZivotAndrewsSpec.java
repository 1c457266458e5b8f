package org.tradeworkbench.core.stats.unitroot;

/**
 * What to test: the kind of break, the share of the sample at each end where no break is considered, and the
 * lagged differences: a fixed number, a criterion that chooses it, or statsmodels' default fixed number.
 *
 * <p>As in statsmodels' {@code zivot_andrews}, a criterion chooses the lags once, on the ADF regression with a
 * constant and trend and no break ({@code adfuller(x, maxlag, regression="ct", autolag)}), and that order is used
 * at every candidate break date.
 *
 * @param breakType what breaks
 * @param trim      the share of observations at each end excluded as break dates, 0..1/3 (statsmodels' {@code trim})
 * @param fixedLags the number of lagged differences, or {@code null}
 * @param criterion the lag-selection criterion, or {@code null}
 * @param maxLag    the largest order the criterion considers, or {@code null} for adfuller's default
 *                  ceil(12 (nobs/100)^(1/4)) capped at nobs/2 - 3; only with a criterion
 */
public record ZivotAndrewsSpec(ZivotAndrewsBreak breakType, double trim, Integer fixedLags, LagCriterion criterion,
                               Integer maxLag) {

    /** statsmodels' default trimming. */
    public static final double DEFAULT_TRIM = 0.15;
    /** statsmodels' upper limit of the trimming. */
    public static final double MAX_TRIM = 1.0 / 3.0;

    public ZivotAndrewsSpec {
        if (breakType == null) {
            throw new IllegalArgumentException("break type is required");
        }
        if (!(trim >= 0 && trim <= MAX_TRIM)) {
            throw new IllegalArgumentException("the trimming must be a share between 0 and 1/3, got " + trim);
        }
        if (fixedLags != null && criterion != null) {
            throw new IllegalArgumentException("give either a fixed number of lags or a lag criterion, not both");
        }
        if (fixedLags != null && fixedLags < 0) {
            throw new IllegalArgumentException("the number of lags cannot be negative, got " + fixedLags);
        }
        if (criterion == null && maxLag != null) {
            throw new IllegalArgumentException("a maximum lag applies only to automatic lag selection");
        }
        if (maxLag != null && maxLag < 0) {
            throw new IllegalArgumentException("the maximum lag cannot be negative, got " + maxLag);
        }
    }

    /** {@code lags} lagged differences at every break date, default trimming. */
    public static ZivotAndrewsSpec fixedLags(ZivotAndrewsBreak breakType, int lags) {
        return new ZivotAndrewsSpec(breakType, DEFAULT_TRIM, lags, null, null);
    }

    /** Lags chosen by {@code criterion} among 0..maxLag ({@code null}: adfuller's default), default trimming. */
    public static ZivotAndrewsSpec autoLag(ZivotAndrewsBreak breakType, LagCriterion criterion, Integer maxLag) {
        return new ZivotAndrewsSpec(breakType, DEFAULT_TRIM, null, criterion, maxLag);
    }

    /**
     * statsmodels' {@code autolag=None} without {@code maxlag}: floor(12 (nobs/100)^(1/4)) lags, default trimming.
     */
    public static ZivotAndrewsSpec defaultLags(ZivotAndrewsBreak breakType) {
        return new ZivotAndrewsSpec(breakType, DEFAULT_TRIM, null, null, null);
    }

    public ZivotAndrewsSpec withTrim(double share) {
        return new ZivotAndrewsSpec(breakType, share, fixedLags, criterion, maxLag);
    }

    public boolean isAutoLag() {
        return criterion != null;
    }

    /** statsmodels' number of lags for {@code autolag=None} and no {@code maxlag}, for a series of {@code nobs}. */
    public static int defaultFixedLags(int nobs) {
        return (int) (12.0 * Math.pow(nobs / 100.0, 0.25));
    }
}
