package org.tradeworkbench.core.analysis.var;

/** Which shocks an impulse response traces. */
public enum IrfKind {
    /** One-standard-deviation orthogonal shocks from the Cholesky factor of Sigma_u, in the chosen order. */
    ORTHOGONALISED("orthogonalised (Cholesky)"),
    /** Pesaran and Shin (1998): a one-standard-deviation shock to one equation's error, others at their
     * conditional expectation; does not depend on the order. */
    GENERALISED("generalised (Pesaran-Shin)"),
    /** Unit shocks to one error at a time (the moving-average coefficients Phi_h). */
    UNIT("unit shocks (non-orthogonalised)");

    private final String description;

    IrfKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
