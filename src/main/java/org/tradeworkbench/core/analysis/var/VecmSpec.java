package org.tradeworkbench.core.analysis.var;

import java.util.List;
import java.util.Objects;
import org.tradeworkbench.core.analysis.cointegration.JohansenCase;

/**
 * The user's choices for a VECM: the variables, the order p of the VAR in levels (p - 1 lagged differences),
 * the Johansen deterministic case and the cointegrating rank (null: the rank the trace test chooses at 5%).
 */
public record VecmSpec(List<String> variables, int lags, JohansenCase deterministic, Integer rank) {

    public VecmSpec {
        variables = List.copyOf(Objects.requireNonNull(variables, "variables"));
        deterministic = deterministic == null ? JohansenCase.UNRESTRICTED_CONSTANT : deterministic;
        if (lags < 1) {
            throw new IllegalArgumentException("a VECM needs a VAR order of at least 1 (p - 1 lagged differences), "
                    + "got " + lags);
        }
        if (rank != null && (rank < 0 || rank > variables.size())) {
            throw new IllegalArgumentException("the cointegrating rank must be 0.." + variables.size() + ", got "
                    + rank);
        }
    }
}
