package org.tradeworkbench.core.analysis.cointegration;

import java.util.List;

/**
 * A Johansen test: the variables (series expressions, at least two), the number of lagged differences K in the
 * VECM (statsmodels' {@code k_ar_diff}; a VAR in levels of order K + 1) and the deterministic case.
 */
public record JohansenSpec(List<String> variables, int lags, JohansenCase deterministic) {
    /** Larger orders leave no degrees of freedom on annual samples and make the tables meaningless. */
    public static final int MAX_LAGS = 12;

    public JohansenSpec {
        variables = CointegrationSample.checkVariables(variables, 2);
        if (lags < 0 || lags > MAX_LAGS) {
            throw new IllegalArgumentException("the number of lagged differences must be 0.." + MAX_LAGS + ", got "
                    + lags);
        }
        if (deterministic == null) {
            throw new IllegalArgumentException("the deterministic case is required");
        }
    }

    /** statsmodels' default: an unrestricted constant (det_order=0). */
    public static JohansenSpec of(List<String> variables, int lags) {
        return new JohansenSpec(variables, lags, JohansenCase.UNRESTRICTED_CONSTANT);
    }
}
