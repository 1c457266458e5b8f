package org.tradeworkbench.core.analysis.causality;

import org.tradeworkbench.core.stats.granger.GrangerStatistic;

/**
 * One line of the Granger table: "cause does not Granger-cause effect" at a lag order, or why it could not be
 * tested.
 *
 * @param statistic the test, or null when it could not be run
 * @param problem   why not, or null
 */
public record CausalityRow(String cause, String effect, int lags, GrangerStatistic statistic, String problem) {

    public String nullHypothesis() {
        return cause + " does not Granger-cause " + effect;
    }

    public boolean ok() {
        return statistic != null;
    }
}
