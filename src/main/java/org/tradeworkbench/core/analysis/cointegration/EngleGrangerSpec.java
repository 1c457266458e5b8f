package org.tradeworkbench.core.analysis.cointegration;

import java.util.List;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;

/**
 * An Engle-Granger two-step test: the first variable is regressed on the others and the deterministic terms,
 * and the residuals get an ADF test without deterministic terms (statsmodels' {@code coint}).
 *
 * @param variables the dependent variable, then the regressors (series expressions; 2..12 in all)
 * @param trend     deterministic terms of the cointegrating regression
 * @param lags      a fixed number of lagged differences in the ADF regression, or null when {@code autolag}
 *                  chooses it
 * @param autolag   AIC, BIC or t-stat among 0..maxLag, or null for fixed lags
 * @param maxLag    the largest order tried, or null for statsmodels' default ceil(12 (nobs/100)^(1/4))
 */
public record EngleGrangerSpec(List<String> variables, EngleGrangerTrend trend, Integer lags, LagCriterion autolag,
                               Integer maxLag) {
    public EngleGrangerSpec {
        variables = CointegrationSample.checkVariables(variables, 2);
        if (variables.size() > MacKinnonCointegration.MAX_N_CRITICAL) {
            throw new IllegalArgumentException("MacKinnon's tables cover at most "
                    + MacKinnonCointegration.MAX_N_CRITICAL + " variables, got " + variables.size());
        }
        if (trend == null) {
            throw new IllegalArgumentException("the trend is required");
        }
        if ((lags == null) == (autolag == null)) {
            throw new IllegalArgumentException("give either a fixed number of lags or a lag criterion");
        }
        if (lags != null && (lags < 0 || maxLag != null)) {
            throw new IllegalArgumentException(lags < 0 ? "the number of lags cannot be negative, got " + lags
                    : "a maximum lag applies only to automatic lag selection");
        }
        if (maxLag != null && maxLag < 0) {
            throw new IllegalArgumentException("the maximum lag cannot be negative, got " + maxLag);
        }
    }

    /** statsmodels' defaults: constant, lags by AIC up to the default maximum. */
    public static EngleGrangerSpec of(List<String> variables) {
        return new EngleGrangerSpec(variables, EngleGrangerTrend.CONSTANT, null, LagCriterion.AIC, null);
    }
}
