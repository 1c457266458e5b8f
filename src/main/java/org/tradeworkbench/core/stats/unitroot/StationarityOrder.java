package org.tradeworkbench.core.stats.unitroot;

import java.util.List;
import java.util.OptionalInt;

/**
 * The smallest order of differencing whose ADF test rejects a unit root at the chosen level, with every test
 * tried (orders 0, 1, ... up to the first rejection or the last order allowed).
 */
public record StationarityOrder(double level, List<AdfResult> tried, OptionalInt order) {
    public StationarityOrder {
        tried = List.copyOf(tried);
    }
}
