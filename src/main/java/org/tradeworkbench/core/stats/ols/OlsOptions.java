package org.tradeworkbench.core.stats.ols;

/**
 * Choices for one OLS estimation.
 *
 * @param constant   add an intercept named {@code const}
 * @param covariance covariance estimator for standard errors, t, p, intervals and the F test
 * @param hacLags    Newey-West lags; negative means the Newey-West (1994) rule {@code floor(4 (n/100)^(2/9))}
 * @param bgOrder    order of the Breusch-Godfrey test (number of lagged residuals), at least 1
 */
public record OlsOptions(boolean constant, CovarianceType covariance, int hacLags, int bgOrder) {

    public static final OlsOptions DEFAULT = new OlsOptions(true, CovarianceType.CLASSICAL, -1, 1);

    public OlsOptions {
        if (covariance == null) {
            throw new IllegalArgumentException("covariance type missing");
        }
        if (bgOrder < 1) {
            throw new IllegalArgumentException("the Breusch-Godfrey order must be at least 1, got " + bgOrder);
        }
    }

    public OlsOptions withConstant(boolean c) {
        return new OlsOptions(c, covariance, hacLags, bgOrder);
    }

    public OlsOptions withCovariance(CovarianceType c, int lags) {
        return new OlsOptions(constant, c, lags, bgOrder);
    }

    public OlsOptions withBgOrder(int order) {
        return new OlsOptions(constant, covariance, hacLags, order);
    }

    /** The HAC lag length used for {@code nobs} observations. */
    public int hacLagsFor(int nobs) {
        return hacLags >= 0 ? hacLags : (int) Math.floor(4 * Math.pow(nobs / 100.0, 2.0 / 9.0));
    }
}
