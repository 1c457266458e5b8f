package org.tradeworkbench.core.analysis.var;

/** Confidence bands of impulse responses. */
public enum IrfBands {
    NONE("none"),
    /** Delta method (Lütkepohl 2005, 3.7), normal quantiles; orthogonalised and unit responses only. */
    ASYMPTOTIC("asymptotic (delta method)"),
    /** Residual bootstrap (recursive design), percentile intervals, seeded. */
    BOOTSTRAP("bootstrap (residual resampling, percentile)");

    private final String description;

    IrfBands(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
