package org.tradeworkbench.core.analysis.stationarity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tradeworkbench.core.stats.unitroot.Adf;
import org.tradeworkbench.core.stats.unitroot.TimeSeriesSample;

/** What the unit-root rows share: the differenced series under its tested name, the critical values' JSON. */
final class Rows {
    private Rows() {
    }

    /** The {@code diff}-th difference of {@code level}, named as the table shows it, e.g. {@code d(lny)}. */
    static TimeSeriesSample differenced(TimeSeriesSample level, int diff) {
        TimeSeriesSample d = level.differenced(diff);
        return new TimeSeriesSample(Adf.differencedName(level.name(), diff), d.values(), d.firstRow(), d.index(),
                d.presample(), d.usesPresample());
    }

    /** {"1%": .., "5%": .., "10%": ..}. */
    static Map<String, Object> criticalValues(double[] cv) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("1%", cv[0]);
        m.put("5%", cv[1]);
        m.put("10%", cv[2]);
        return m;
    }
}
