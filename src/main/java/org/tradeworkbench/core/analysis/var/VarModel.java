package org.tradeworkbench.core.analysis.var;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The VAR the user chose: endogenous series (expressions, in order), lag order p, deterministic terms and
 * exogenous series (entered in every equation at time t, without lags, as statsmodels' {@code VAR(endog, exog)}).
 */
public record VarModel(List<String> variables, int lags, VarTrend trend, List<String> exog) {

    public VarModel {
        variables = variables == null ? List.of() : variables.stream().map(String::trim).toList();
        exog = exog == null ? List.of() : exog.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        trend = trend == null ? VarTrend.CONSTANT : trend;
        if (variables.size() < 2) {
            throw new IllegalArgumentException("a VAR needs at least two variables, got " + variables.size()
                    + (variables.isEmpty() ? "" : " (" + variables.get(0) + ")"));
        }
        Set<String> seen = new HashSet<>();
        for (String v : variables) {
            if (v.isEmpty()) {
                throw new IllegalArgumentException("an empty variable name in the VAR's variable list");
            }
            if (!seen.add(v)) {
                throw new IllegalArgumentException("variable " + v + " is listed twice");
            }
        }
        for (String x : exog) {
            if (seen.contains(x)) {
                throw new IllegalArgumentException(x + " cannot be both endogenous and exogenous");
            }
        }
        if (lags < 0) {
            throw new IllegalArgumentException("the lag order cannot be negative, got " + lags);
        }
    }

    public static VarModel of(List<String> variables, int lags) {
        return new VarModel(variables, lags, VarTrend.CONSTANT, List.of());
    }

    public VarModel withLags(int p) {
        return new VarModel(variables, p, trend, exog);
    }

    public int index(String variable) {
        int i = variables.indexOf(variable.trim());
        if (i < 0) {
            throw new IllegalArgumentException(variable + " is not one of the VAR's variables ("
                    + String.join(", ", variables) + ")");
        }
        return i;
    }
}
