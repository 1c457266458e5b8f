package org.tradeworkbench.core.stats.unitroot;

/**
 * A Phillips-Perron test.
 *
 * @param series              the name of the tested series
 * @param spec                the test as asked for
 * @param statistic           the statistic the spec asks for: Z-tau or Z-alpha
 * @param pValue              MacKinnon (1994) approximate p-value for Z-tau; {@code null} for Z-alpha, for which
 *                            no published response surface is implemented
 * @param criticalValues      critical values of {@code statistic} at 1%, 5%, 10%; {@code null} when no published
 *                            table is implemented (Z-alpha with a constant only)
 * @param criticalValueSource where the critical values come from (or why there are none)
 * @param zTau                the Z-tau statistic
 * @param zAlpha              the Z-alpha statistic
 * @param lags                truncation lag of the Bartlett long-run variance
 * @param nobs                observations in the test regression (the series' length less one)
 * @param shortRunVariance    the residual variance SSR / nobs
 * @param longRunVariance     the residuals' Bartlett long-run variance
 * @param sampleFirst         period (or observation) of the first row of the test regression
 * @param sampleLast          period of its last row
 */
public record PhillipsPerronResult(String series, PhillipsPerronSpec spec, double statistic, Double pValue,
                                   UnitRootCriticalValues criticalValues, String criticalValueSource, double zTau,
                                   double zAlpha, int lags, int nobs, double shortRunVariance,
                                   double longRunVariance, String sampleFirst, String sampleLast) {
}
