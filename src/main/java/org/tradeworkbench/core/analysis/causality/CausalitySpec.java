package org.tradeworkbench.core.analysis.causality;

import java.util.List;
import java.util.Objects;

/**
 * The user's choices for a causality analysis (Granger causality tests between every pair of a set of
 * variables): the variables, the lag order p and whether to test every order 1..p. The Causality tab, the
 * {@code causality} and {@code granger} commands, the workbench file and the command log all describe a run by
 * this record.
 *
 * @param variables names or expressions; for the variables a, b the table tests "b does not Granger-cause a",
 *                  then the reverse
 * @param lags      the lag order p, at least 1
 * @param allLags   every order 1..p rather than p alone
 */
public record CausalitySpec(List<String> variables, int lags, boolean allLags) {
    /** The largest lag order the tab offers. */
    public static final int MAX_LAGS = 12;
    /** The level of the verdicts. */
    public static final double LEVEL = 0.05;

    public CausalitySpec {
        variables = List.copyOf(Objects.requireNonNull(variables, "variables"));
        if (lags < 1) {
            throw new IllegalArgumentException("the lag order must be at least 1, got " + lags);
        }
    }

    public CausalitySpec withVariables(List<String> vars) {
        return new CausalitySpec(vars, lags, allLags);
    }
}
