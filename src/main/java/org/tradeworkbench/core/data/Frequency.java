package org.tradeworkbench.core.data;

/** How often a dataset is observed. {@link #UNDATED} rows are numbered 1..n. */
public enum Frequency {
    ANNUAL(1), QUARTERLY(4), MONTHLY(12), UNDATED(1);

    private final int periodsPerYear;

    Frequency(int periodsPerYear) {
        this.periodsPerYear = periodsPerYear;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }

    public boolean isDated() {
        return this != UNDATED;
    }
}
