package org.tradeworkbench.core.paper;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.paper.PaperData.PaperFrame;
import org.tradeworkbench.core.stats.granger.GrangerStatistic;
import org.tradeworkbench.core.stats.granger.Granger;

/**
 * Table 3: Granger causality F tests between lny and each regressor, in both directions. The paper does not
 * say how many lags it used; two is the common choice for 15 annual observations.
 */
final class GrangerItems {
    private GrangerItems() {
    }

    static final int LAGS = 2;
    static final List<String[]> PAIRS = List.of(new String[] {"RATIO", "lny"}, new String[] {"lny", "RATIO"},
            new String[] {"PATENT", "lny"}, new String[] {"lny", "PATENT"}, new String[] {"FDIGDP", "lny"},
            new String[] {"lny", "FDIGDP"});

    static List<ReplicationItem> items(PaperResults paper, PaperFrame frame) {
        List<ReplicationItem> out = new ArrayList<>();
        String span = Coverage.span(frame.data());
        for (String[] pair : PAIRS) {
            String cause = pair[0];
            String effect = pair[1];
            String key = "table3." + cause + "->" + effect;
            PrintedNumber pf = paper.get(key + ".f");
            PrintedNumber pp = paper.get(key + ".p");
            String unavailable = null;
            GrangerStatistic g = null;
            if (frame.missing().containsKey(cause) || frame.missing().containsKey(effect)) {
                unavailable = MissingInputs.variables(frame.missing(), List.of(cause, effect), span);
            } else {
                try {
                    g = Granger.test(frame.data(), cause, effect, LAGS).forward();
                } catch (DataException e) {
                    unavailable = Coverage.withGaps("cannot test " + cause + " -> " + effect + " on " + span + ": "
                            + e.getMessage(), frame, List.of(cause, effect));
                }
            }
            if (g == null) {
                out.add(new ReplicationItem(pf.id(), pf, Double.NaN, Status.UNAVAILABLE, unavailable));
                out.add(new ReplicationItem(pp.id(), pp, Double.NaN, Status.UNAVAILABLE, unavailable));
                continue;
            }
            String note = "F test that " + cause + " does not Granger-cause " + effect + ", " + LAGS
                    + " lags (the paper does not say how many), " + g.sampleStart() + "–" + g.sampleEnd() + " ("
                    + g.nobs() + " obs.), F(" + g.dfNum() + ", " + g.dfDenom() + ")";
            out.add(new ReplicationItem(pf.id(), pf, g.fStatistic(), Status.compare(pf, g.fStatistic()), note));
            out.add(new ReplicationItem(pp.id(), pp, g.pValue(), Status.compare(pp, g.pValue()), note));
        }
        return out;
    }
}
