package org.tradeworkbench.core.analysis.stationarity;

/** Which difference of each variable is tested: a fixed order 0..3, or the smallest that rejects a unit root. */
public enum DifferenceChoice {
    LEVEL(0, "Level (d = 0)"),
    FIRST(1, "1st difference (d = 1)"),
    SECOND(2, "2nd difference (d = 2)"),
    THIRD(3, "3rd difference (d = 3)"),
    SMALLEST(-1, "Smallest d that rejects at 5%");

    private final int order;
    private final String label;

    DifferenceChoice(int order, String label) {
        this.order = order;
        this.label = label;
    }

    /** The fixed order of differencing; only for the fixed choices. */
    public int order() {
        if (this == SMALLEST) {
            throw new IllegalStateException("the smallest rejecting order is found by the test");
        }
        return order;
    }

    public boolean isSearch() {
        return this == SMALLEST;
    }

    public static DifferenceChoice ofOrder(int d) {
        for (DifferenceChoice c : values()) {
            if (c.order == d && c != SMALLEST) {
                return c;
            }
        }
        throw new IllegalArgumentException("the order of differencing must be 0..3, got " + d);
    }

    @Override
    public String toString() {
        return label;
    }
}
