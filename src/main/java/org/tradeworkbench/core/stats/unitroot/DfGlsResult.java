package org.tradeworkbench.core.stats.unitroot;

import java.util.List;

/**
 * A DF-GLS test.
 *
 * @param series              the name of the tested series
 * @param spec                the test as asked for
 * @param statistic           the t-ratio of the lagged level in the regression on the GLS-detrended series
 * @param pValue              always {@code null}: no published response surface for DF-GLS p-values is
 *                            implemented
 * @param criticalValues      at 1%, 5% and 10% for the series' length
 * @param criticalValueSource where the critical values come from
 * @param lags                lagged differences in the test regression
 * @param nobs                observations in the test regression (series length - 1 - lags)
 * @param seriesLength        values in the series (T, which the detrending and the critical values use)
 * @param maxLag              the largest order the criterion considered, or -1 for fixed lags
 * @param criterionByLag      the criterion of every order 0..maxLag on the common sample; empty for fixed lags
 * @param detrended           the GLS-detrended series
 * @param sampleFirst         period (or observation) of the first row of the test regression
 * @param sampleLast          period of its last row
 */
public record DfGlsResult(String series, DfGlsSpec spec, double statistic, Double pValue,
                          UnitRootCriticalValues criticalValues, String criticalValueSource, int lags, int nobs,
                          int seriesLength, int maxLag, List<Double> criterionByLag, List<Double> detrended,
                          String sampleFirst, String sampleLast) {

    public DfGlsResult {
        criterionByLag = List.copyOf(criterionByLag);
        detrended = List.copyOf(detrended);
    }
}
