package org.tradeworkbench.core.stats.ols;

/**
 * Choices for one OLS estimation.
 *
 * @param constant   add an intercept named {@code const}
 * @param covariance covariance estimator for standard errors, t, p, intervals and the F test
 * @param hacLags    Newey-West lags; negative means the Newey-West (1994) rule {@code floor(4 (n/100)^(2/9))}
 * @param bgOrder    order of the Breusch-Godfrey test (number of lagged residuals), at least 1
 * @param archOrder  order of the ARCH LM test (lagged squared residuals); 0: not tested
 * @param qLags      lags of the Ljung-Box and Box-Pierce tests; -1: min(10, n/5); 0: not tested
 * @param chowBreak  the first period of the second regime of the Chow test, or null for none
 * @param hac        the HAC bandwidth rule, prewhitening and small-sample factor (null: fixed, neither)
 */
public record OlsOptions(boolean constant, CovarianceType covariance, int hacLags, int bgOrder, int archOrder,
        int qLags, String chowBreak, HacSettings hac) {

    /** The ARCH order and Q lags of {@link #OlsOptions(boolean, CovarianceType, int, int)}. */
    public static final int DEFAULT_ARCH_ORDER = 1;
    public static final int AUTO_Q_LAGS = -1;

    public static final OlsOptions DEFAULT = new OlsOptions(true, CovarianceType.CLASSICAL, -1, 1);

    /** With the default residual tests: ARCH LM of order 1 and the Q tests at min(10, n/5) lags. */
    public OlsOptions(boolean constant, CovarianceType covariance, int hacLags, int bgOrder) {
        this(constant, covariance, hacLags, bgOrder, DEFAULT_ARCH_ORDER, AUTO_Q_LAGS, null);
    }

    /** Without a Chow test. */
    public OlsOptions(boolean constant, CovarianceType covariance, int hacLags, int bgOrder, int archOrder,
            int qLags) {
        this(constant, covariance, hacLags, bgOrder, archOrder, qLags, null);
    }

    /** A plain fixed-lag HAC. */
    public OlsOptions(boolean constant, CovarianceType covariance, int hacLags, int bgOrder, int archOrder,
            int qLags, String chowBreak) {
        this(constant, covariance, hacLags, bgOrder, archOrder, qLags, chowBreak, HacSettings.FIXED);
    }

    public OlsOptions {
        if (hac == null) {
            hac = HacSettings.FIXED;
        }
        if (covariance == null) {
            throw new IllegalArgumentException("covariance type missing");
        }
        if (bgOrder < 1) {
            throw new IllegalArgumentException("the Breusch-Godfrey order must be at least 1, got " + bgOrder);
        }
        if (archOrder < 0) {
            throw new IllegalArgumentException("the ARCH order cannot be negative, got " + archOrder);
        }
        if (qLags < -1) {
            throw new IllegalArgumentException("the Ljung-Box lags must be -1 (automatic), 0 or more, got " + qLags);
        }
    }

    public OlsOptions withConstant(boolean c) {
        return new OlsOptions(c, covariance, hacLags, bgOrder, archOrder, qLags, chowBreak, hac);
    }

    public OlsOptions withCovariance(CovarianceType c, int lags) {
        return new OlsOptions(constant, c, lags, bgOrder, archOrder, qLags, chowBreak, hac);
    }

    public OlsOptions withBgOrder(int order) {
        return new OlsOptions(constant, covariance, hacLags, order, archOrder, qLags, chowBreak, hac);
    }

    public OlsOptions withResidualTests(int arch, int q) {
        return new OlsOptions(constant, covariance, hacLags, bgOrder, arch, q, chowBreak, hac);
    }

    /** With a Chow test whose second regime starts at {@code period} (null or blank: none). */
    public OlsOptions withChowBreak(String period) {
        return new OlsOptions(constant, covariance, hacLags, bgOrder, archOrder, qLags,
                period == null || period.isBlank() ? null : period.trim(), hac);
    }

    /** With the HAC bandwidth rule, prewhitening and small-sample factor given. */
    public OlsOptions withHac(HacSettings h) {
        return new OlsOptions(constant, covariance, hacLags, bgOrder, archOrder, qLags, chowBreak, h);
    }

    /** The Ljung-Box and Box-Pierce lags used for {@code nobs} residuals (0: not tested). */
    public int qLagsFor(int nobs) {
        return qLags >= 0 ? qLags : Math.max(1, Math.min(10, nobs / 5));
    }

    /** The HAC lag length used for {@code nobs} observations. */
    public int hacLagsFor(int nobs) {
        return hacLags >= 0 ? hacLags : (int) Math.floor(4 * Math.pow(nobs / 100.0, 2.0 / 9.0));
    }
}
