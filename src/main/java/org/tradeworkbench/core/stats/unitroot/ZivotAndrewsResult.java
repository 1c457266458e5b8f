package org.tradeworkbench.core.stats.unitroot;

/**
 * A Zivot-Andrews test: the smallest t statistic of the lagged level over the candidate break dates, where it
 * occurs, and its p-value and critical values from statsmodels' simulated table.
 *
 * @param spec                the test as asked for
 * @param statistic           the minimum over break dates of the t statistic of the lagged level
 * @param pValue              interpolated in statsmodels' table ({@link ZivotAndrewsCriticalValues})
 * @param criticalValues      at 1%, 5% and 10%
 * @param criticalValueSource where the critical values and the p-value come from
 * @param breakIndex          0-based index in the series of the break date (statsmodels' {@code bpidx}): the
 *                            intercept dummy is 1 from {@code breakIndex + 1} on; see docs/unit-roots.md for the
 *                            trend dummy
 * @param lags                lagged differences in every break regression
 * @param nobs                observations in each break regression (series length - 1 - lags)
 * @param maxLag              the largest order the criterion considered, or -1 when the lags were fixed
 * @param firstBreakIndex     the break index of {@code breakStatistics[0]}
 * @param breakStatistics     the t statistic at every candidate break index, from {@code firstBreakIndex} on
 */
public record ZivotAndrewsResult(ZivotAndrewsSpec spec, double statistic, double pValue, double[] criticalValues,
                                 String criticalValueSource, int breakIndex, int lags, int nobs, int maxLag,
                                 int firstBreakIndex, double[] breakStatistics) {

    public ZivotAndrewsResult {
        criticalValues = criticalValues.clone();
        breakStatistics = breakStatistics.clone();
    }

    public ZivotAndrewsBreak breakType() {
        return spec.breakType();
    }

    @Override
    public double[] criticalValues() {
        return criticalValues.clone();
    }

    @Override
    public double[] breakStatistics() {
        return breakStatistics.clone();
    }

    /** The t statistic with the break at {@code index}, which must be a candidate break index. */
    public double statisticAt(int index) {
        int i = index - firstBreakIndex;
        if (i < 0 || i >= breakStatistics.length) {
            throw new IllegalArgumentException("break index " + index + " is outside the candidates "
                    + firstBreakIndex + ".." + lastBreakIndex());
        }
        return breakStatistics[i];
    }

    /** The last candidate break index. */
    public int lastBreakIndex() {
        return firstBreakIndex + breakStatistics.length - 1;
    }

    /** Whether the unit-root null is rejected at {@code level} by the p-value. */
    public boolean rejectsAt(double level) {
        return pValue < level;
    }
}
