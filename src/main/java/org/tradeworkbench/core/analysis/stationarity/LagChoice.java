package org.tradeworkbench.core.analysis.stationarity;

import org.tradeworkbench.core.stats.unitroot.LagCriterion;

/** How many lagged differences the ADF regression has: a fixed number, or chosen by a criterion. */
public enum LagChoice {
    FIXED(null, "Fixed"),
    AIC(LagCriterion.AIC, "AIC"),
    BIC(LagCriterion.BIC, "BIC"),
    T_STAT(LagCriterion.T_STAT, "t-stat");

    private final LagCriterion criterion;
    private final String label;

    LagChoice(LagCriterion criterion, String label) {
        this.criterion = criterion;
        this.label = label;
    }

    /** The criterion, or null for fixed lags. */
    public LagCriterion criterion() {
        return criterion;
    }

    /** The choice for {@code criterion}. */
    public static LagChoice of(LagCriterion criterion) {
        for (LagChoice c : values()) {
            if (c.criterion == criterion) {
                return c;
            }
        }
        throw new IllegalArgumentException("no lag choice for " + criterion);
    }

    public boolean isAutomatic() {
        return criterion != null;
    }

    @Override
    public String toString() {
        return label;
    }
}
