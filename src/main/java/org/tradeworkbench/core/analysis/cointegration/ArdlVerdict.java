package org.tradeworkbench.core.analysis.cointegration;

/** The bounds F test's reading at 5%: above the I(1) bound, below the I(0) bound, or between. */
public enum ArdlVerdict {
    COINTEGRATED("cointegrated"),
    NOT_COINTEGRATED("not cointegrated"),
    INCONCLUSIVE("inconclusive");

    private final String text;

    ArdlVerdict(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    static ArdlVerdict of(double f, double lower, double upper) {
        return f > upper ? COINTEGRATED : f < lower ? NOT_COINTEGRATED : INCONCLUSIVE;
    }
}
