package org.tradeworkbench.core.analysis.var;

import java.util.List;
import java.util.Objects;

/**
 * What a methods check looks at: the variables, the lag order p of the causality tests, the VAR's deterministic
 * terms, and whether the tests are run pair by pair (bivariate, as the paper's Table 3) or in one VAR of all the
 * variables; with {@code focus} (pairwise only) just the pairs of that variable with each other one.
 */
public record MethodsCheckSpec(List<String> variables, int lags, VarTrend trend, boolean pairwise, String focus) {

    public MethodsCheckSpec {
        trend = trend == null ? VarTrend.CONSTANT : trend;
        variables = List.copyOf(new VarModel(Objects.requireNonNull(variables, "variables"), lags, trend,
                List.of()).variables());
        if (lags < 1) {
            throw new IllegalArgumentException("causality tests need a lag order of at least 1, got " + lags);
        }
        focus = focus == null || focus.isBlank() ? null : focus.trim();
        if (focus != null && !variables.contains(focus)) {
            throw new IllegalArgumentException("the focus " + focus + " is not one of the variables ("
                    + String.join(", ", variables) + ")");
        }
    }
}
