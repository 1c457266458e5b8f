package org.tradeworkbench.core.analysis.var;

import java.util.List;

/**
 * The user's choices for a VAR lag-order table: the endogenous variables (names or expressions), deterministic
 * terms, exogenous series and the largest order p = maxLags the table shows.
 */
public record VarSelectSpec(List<String> variables, VarTrend trend, List<String> exog, int maxLags) {

    public VarSelectSpec {
        trend = trend == null ? VarTrend.CONSTANT : trend;
        exog = exog == null ? List.of() : List.copyOf(exog);
        variables = List.copyOf(model(variables, trend, exog).variables());
        if (maxLags < 1) {
            throw new IllegalArgumentException("the maximum lag order must be at least 1, got " + maxLags);
        }
    }

    private static VarModel model(List<String> variables, VarTrend trend, List<String> exog) {
        return new VarModel(variables, 0, trend, exog);
    }

    /** The VAR of the table's largest order. */
    public VarModel model() {
        return new VarModel(variables, maxLags, trend, exog);
    }
}
