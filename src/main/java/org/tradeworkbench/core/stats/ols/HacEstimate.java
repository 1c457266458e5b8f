package org.tradeworkbench.core.stats.ols;

/**
 * A HAC covariance and the bandwidth it used.
 *
 * @param covariance the coefficient covariance
 * @param selected   the bandwidth the automatic rule returned (R {@code bwNeweyWest}/{@code bwAndrews}), or lags + 1
 *                   when fixed
 * @param bandwidth  the bandwidth of the weights, kernel(l / bandwidth): the selected one, except Newey-West with
 *                   Bartlett weights, which uses floor(selected) + 1 as R {@code NeweyWest(lag = NULL)}
 * @param lags       the last lag with a non-zero weight
 */
record HacEstimate(double[][] covariance, double selected, double bandwidth, int lags) {
}
