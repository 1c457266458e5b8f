package org.tradeworkbench.core.paper;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.paper.PaperData.PaperFrame;
import org.tradeworkbench.core.report.NumberFormats;
import org.tradeworkbench.core.stats.dist.MacKinnon;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.unitroot.AdfResult;
import org.tradeworkbench.core.stats.unitroot.AdfSpec;
import org.tradeworkbench.core.stats.unitroot.Adf;
import org.tradeworkbench.core.stats.unitroot.StationarityOrder;

/**
 * Table 2: the Dickey-Fuller test with a constant and no lagged differences (the specification that reproduces
 * the printed Z of PATENT exactly), on the difference the paper names; MacKinnon (1994) p-values.
 */
final class StationarityItems {
    private StationarityItems() {
    }

    static final List<String> VARIABLES = List.of("lny", "RATIO", "PATENT", "FDIGDP");
    static final UnitRootTrend TREND = UnitRootTrend.CONSTANT;
    static final String TEST = "Dickey-Fuller, constant, no lags";

    static List<ReplicationItem> items(PaperResults paper, PaperFrame frame) {
        List<ReplicationItem> out = new ArrayList<>();
        String span = Coverage.span(frame.data());
        for (String var : VARIABLES) {
            PrintedNumber pd = paper.get("table2." + var + ".d");
            PrintedNumber pz = paper.get("table2." + var + ".z");
            PrintedNumber pp = paper.get("table2." + var + ".p");
            int d = (int) pd.value();
            String tested = d == 0 ? var : "d(" + var + (d > 1 ? ", " + d : "") + ")";
            double[] v = frame.values(var);
            String unavailable = null;
            if (v == null) {
                unavailable = MissingInputs.variable(var, frame.missing().get(var), span);
            } else if (Coverage.count(v) == 0) {
                unavailable = var + " has no values in " + span;
            }
            AdfResult r = null;
            StationarityOrder order = null;
            if (unavailable == null) {
                try {
                    r = Adf.test(var, v, frame.data().index(), AdfSpec.fixedLags(TREND, d, 0));
                    order = Adf.smallestStationaryDifference(var, v, frame.data().index(),
                            AdfSpec.fixedLags(TREND, 0, 0), 0.05);
                } catch (DataException e) {
                    unavailable = Coverage.withGaps("cannot test " + tested + ": " + e.getMessage(), frame, List.of(var));
                }
            }
            if (unavailable != null) {
                out.add(new ReplicationItem(pd.id(), pd, Double.NaN, Status.UNAVAILABLE, unavailable));
                out.add(new ReplicationItem(pz.id(), pz, Double.NaN, Status.UNAVAILABLE, unavailable));
                out.add(new ReplicationItem(pp.id(), pp, Double.NaN, Status.UNAVAILABLE, unavailable));
            } else {
                double dRep = order.order().isPresent() ? order.order().getAsInt() : Double.NaN;
                String dNote = order.order().isPresent()
                        ? "smallest difference of " + var + " where the " + TEST + " rejects a unit root at 5 % ("
                        + describeTried(order) + ")"
                        : "no difference up to " + (order.tried().size() - 1) + " rejects a unit root at 5 % ("
                        + describeTried(order) + ")";
                out.add(new ReplicationItem(pd.id(), pd, dRep, Status.compare(pd, dRep), dNote));
                String sample = r.tested() + " (test regression " + r.sampleFirst() + "–" + r.sampleLast() + ", "
                        + r.nobs() + " obs.)";
                String zNote = TEST + " on " + sample;
                if (var.equals("FDIGDP") && frame.values("FDIGDP_2019") != null) {
                    AdfResult pre = Adf.test("FDIGDP_2019", frame.values("FDIGDP_2019"), frame.data().index(),
                            AdfSpec.fixedLags(TREND, d, 0));
                    zNote += "; current WDI vintage (China's GDP revised in 2020), on the pre-revision FDIGDP_2019 "
                            + "Z = " + NumberFormats.fixed(pre.statistic(), 3);
                }
                out.add(new ReplicationItem(pz.id(), pz, r.statistic(), Status.compare(pz, r.statistic()), zNote));
                out.add(new ReplicationItem(pp.id(), pp, r.pValue(), Status.compare(pp, r.pValue()),
                        "MacKinnon (1994) p-value of the recomputed Z " + NumberFormats.fixed(r.statistic(), 3)
                                + " on " + sample));
            }
            PrintedNumber fromZ = paper.get("table2." + var + ".p");
            double p = MacKinnon.pValue(pz.value(), TREND);
            String id = "table2." + var + ".p_from_printed_z";
            Status st = Status.compare(fromZ, p);
            out.add(new ReplicationItem(id, fromZ, p, st, "MacKinnon (1994) p-value of the printed Z " + pz.printed()
                    + " (constant, no trend; the approximate p does not depend on n): "
                    + (st == Status.MATCH ? "the printed Z and P agree" : "the printed P does not follow from the printed Z")));
        }
        return out;
    }

    private static String describeTried(StationarityOrder order) {
        List<String> parts = new ArrayList<>();
        for (AdfResult t : order.tried()) {
            parts.add(t.tested() + " p=" + NumberFormats.pValue(t.pValue()));
        }
        return String.join(", ", parts);
    }
}
