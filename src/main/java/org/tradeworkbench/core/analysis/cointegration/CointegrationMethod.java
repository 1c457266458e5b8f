package org.tradeworkbench.core.analysis.cointegration;

/** The tests of the Cointegration tab. */
public enum CointegrationMethod {
    ENGLE_GRANGER("Engle–Granger"),
    JOHANSEN("Johansen"),
    ARDL("ARDL bounds test"),
    PHILLIPS_OULIARIS("Phillips–Ouliaris");

    private final String label;

    CointegrationMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
