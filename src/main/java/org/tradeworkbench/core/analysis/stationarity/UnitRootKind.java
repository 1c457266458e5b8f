package org.tradeworkbench.core.analysis.stationarity;

/**
 * Which unit-root test the Stationarity analysis runs on each variable. Each test gives the same row layout
 * (statistic, p value, lags, observations, critical values, verdict), so adding a test adds a constant here and
 * its case in {@link StationarityAnalysis}.
 */
public enum UnitRootKind {
    ADF("augmented Dickey-Fuller", "ADF"),
    /** Z-tau or Z-alpha with a Bartlett long-run variance (Phillips and Perron 1988), as R urca's ur.pp. */
    PP("Phillips-Perron", "PP"),
    /** GLS-detrended Dickey-Fuller (Elliott, Rothenberg and Stock 1996), as R urca's ur.ers "DF-GLS". */
    DFGLS("DF-GLS", "DF-GLS"),
    /** One endogenous break in intercept, trend or both (Zivot and Andrews 1992), as statsmodels computes it. */
    ZA("Zivot-Andrews", "ZA");

    private final String label;
    private final String shortName;

    UnitRootKind(String label, String shortName) {
        this.label = label;
        this.shortName = shortName;
    }

    /** e.g. "augmented Dickey-Fuller", for titles. */
    public String label() {
        return label;
    }

    /** e.g. "ADF", for column heads and progress messages. */
    public String shortName() {
        return shortName;
    }

    /** The key of a row's test in the report's JSON and the test's command, e.g. "adf". */
    public String jsonKey() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return label;
    }
}
