package org.tradeworkbench.core.stats.granger;

import java.util.Map;

/**
 * A Granger test in both directions; JSON's top-level keys describe "cause does not Granger-cause effect". Its
 * table is the causality analysis's ({@code core.analysis.causality}), the one layout of Granger tests.
 */
public record GrangerResult(GrangerStatistic forward, GrangerStatistic reverse) {

    /** The {@code granger --json} contract: the forward test's keys, the reverse test under {@code reverse}. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = forward.toJson();
        m.put("reverse", reverse.toJson());
        return m;
    }
}
