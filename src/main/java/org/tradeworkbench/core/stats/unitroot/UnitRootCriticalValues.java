package org.tradeworkbench.core.stats.unitroot;

/**
 * Critical values of a left-tailed unit-root statistic at the 1%, 5% and 10% levels: the null of a unit root is
 * rejected at a level when the statistic lies below its value.
 */
public record UnitRootCriticalValues(double onePercent, double fivePercent, double tenPercent) {

    public UnitRootCriticalValues {
        if (!Double.isFinite(onePercent) || !Double.isFinite(fivePercent) || !Double.isFinite(tenPercent)) {
            throw new IllegalArgumentException("critical values must be finite, got " + onePercent + ", "
                    + fivePercent + ", " + tenPercent);
        }
    }

    /** The values at 1%, 5% and 10%, in that order. */
    public double[] toArray() {
        return new double[] {onePercent, fivePercent, tenPercent};
    }
}
