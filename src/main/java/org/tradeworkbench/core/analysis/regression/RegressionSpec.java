package org.tradeworkbench.core.analysis.regression;

import java.util.List;
import java.util.Objects;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.stats.ols.OlsOptions;

/**
 * The user's choices for a regression: the dependent variable with its lags, the regressors with theirs, the
 * constant, the covariance and the Breusch-Godfrey order. The Regression tab, the {@code ols} command, the
 * workbench file and the command log all describe a model by this record.
 *
 * @param dependentLags lags 1..n of the dependent among the regressors
 * @param regressors    expressions and their extra lags, in order (the dependent among them is skipped)
 * @param hacLags       Newey-West lags, or -1 for the automatic rule
 * @param bgOrder       order of the Breusch-Godfrey test, at least 1
 */
public record RegressionSpec(String dependent, int dependentLags, List<ModelTerms.Regressor> regressors,
        boolean constant, CovarianceType covariance, int hacLags, int bgOrder) {

    public RegressionSpec {
        Objects.requireNonNull(dependent);
        regressors = List.copyOf(regressors);
        Objects.requireNonNull(covariance);
        if (dependentLags < 0) {
            throw new IllegalArgumentException("dependentLags cannot be negative, got " + dependentLags);
        }
        if (hacLags < -1) {
            throw new IllegalArgumentException("hacLags must be -1 (automatic) or at least 0, got " + hacLags);
        }
        if (bgOrder < 1) {
            throw new IllegalArgumentException("bgOrder must be at least 1, got " + bgOrder);
        }
    }

    /** The regressors as the engine takes them (the constant excluded). */
    public List<String> terms() {
        return ModelTerms.of(dependent.trim(), dependentLags, regressors);
    }

    public OlsOptions options() {
        return new OlsOptions(constant, covariance, hacLags, bgOrder);
    }
}
