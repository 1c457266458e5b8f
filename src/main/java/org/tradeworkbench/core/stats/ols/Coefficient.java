package org.tradeworkbench.core.stats.ols;

/** One row of the coefficient table; the interval is the 95 % one. */
public record Coefficient(String name, double estimate, double stdError, double t, double pValue, double ciLow,
        double ciHigh) {
}
