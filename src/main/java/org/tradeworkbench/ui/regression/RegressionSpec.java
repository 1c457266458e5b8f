package org.tradeworkbench.ui.regression;

import java.util.List;
import java.util.Objects;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.stats.ols.OlsOptions;

/**
 * What the Regression tab asks for.
 *
 * @param hacLags Newey-West lags, or -1 for the automatic rule
 */
public record RegressionSpec(String dependent, int dependentLags, List<ModelTerms.Regressor> regressors,
        boolean constant, CovarianceType covariance, int hacLags, int bgOrder) {

    public RegressionSpec {
        Objects.requireNonNull(dependent);
        regressors = List.copyOf(regressors);
        Objects.requireNonNull(covariance);
    }

    /** The regressors as the engine takes them (the constant excluded). */
    public List<String> terms() {
        return ModelTerms.of(dependent.trim(), dependentLags, regressors);
    }

    public OlsOptions options() {
        return new OlsOptions(constant, covariance, hacLags, bgOrder);
    }
}
