package org.tradeworkbench.core.analysis.var;

import java.util.Objects;

/**
 * The user's choices for a VAR estimation: the model and the lag h of the residual autocorrelation tests
 * (portmanteau and LM), null for the default h = p + 10 (statsmodels' {@code test_whiteness} default of 10 lags
 * beyond the order, capped at what the sample allows).
 */
public record VarSpec(VarModel model, Integer residualLags) {

    public VarSpec {
        Objects.requireNonNull(model, "model");
        if (residualLags != null && residualLags < 1) {
            throw new IllegalArgumentException("the residual test lag must be at least 1, got " + residualLags);
        }
    }

    public static VarSpec of(VarModel model) {
        return new VarSpec(model, null);
    }

    /** The residual tests' lag for a VAR fitted on {@code nobs} observations. */
    int residualLags(int nobs) {
        if (residualLags != null) {
            return residualLags;
        }
        return Math.min(model.lags() + 10, Math.max(model.lags() + 1, nobs / 4));
    }
}
