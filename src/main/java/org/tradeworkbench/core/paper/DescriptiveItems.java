package org.tradeworkbench.core.paper;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.paper.PaperData.PaperFrame;
import org.tradeworkbench.core.stats.Descriptives;

/** Table 1: observations, mean, standard deviation, minimum and maximum of each variable over 2004–2018. */
final class DescriptiveItems {
    private DescriptiveItems() {
    }

    static final List<String> VARIABLES = List.of("Year", "lny", "RATIO", "PATENT", "FDIGDP");
    static final List<String> STATISTICS = List.of("n", "mean", "sd", "min", "max");

    static List<ReplicationItem> items(PaperResults paper, PaperFrame frame) {
        List<ReplicationItem> out = new ArrayList<>();
        Dataset d = frame.data();
        String span = Coverage.span(d);
        for (String var : VARIABLES) {
            double[] v = var.equals("Year") ? years(d) : frame.values(var);
            List<String> absent = frame.missing().get(var);
            if (v == null || Coverage.count(v) == 0) {
                String why = absent != null ? MissingInputs.variable(var, absent, span)
                        : var + " = " + frame.expressions().get(var) + " has no values in " + span;
                for (String s : STATISTICS) {
                    PrintedNumber p = paper.get("table1." + var + "." + s);
                    out.add(new ReplicationItem(p.id(), p, Double.NaN, Status.UNAVAILABLE, why));
                }
                continue;
            }
            Descriptives ds = Descriptives.of(var, v);
            String source = var.equals("Year") ? "the years of the paper's sample"
                    : var + " = " + frame.expressions().get(var);
            String basis = source + ", " + Coverage.describe(d.index(), v);
            double[] values = {ds.n(), ds.mean(), ds.sd(), ds.min(), ds.max()};
            Descriptives alternative = var.equals("FDIGDP") && frame.values("FDIGDP_2019") != null
                    ? Descriptives.of("FDIGDP_2019", frame.values("FDIGDP_2019")) : null;
            for (int k = 0; k < STATISTICS.size(); k++) {
                PrintedNumber p = paper.get("table1." + var + "." + STATISTICS.get(k));
                Status st = Status.compare(p, values[k]);
                String note = basis;
                if (alternative != null) {
                    note = fdiNote(p, alternative, k);
                } else if (st != Status.MATCH && STATISTICS.get(k).equals("n")) {
                    note = basis + "; the paper has " + p.printed() + " observations";
                }
                out.add(new ReplicationItem(p.id(), p, values[k], st, note));
            }
        }
        return out;
    }

    private static double[] years(Dataset d) {
        double[] y = new double[d.rowCount()];
        for (int i = 0; i < y.length; i++) {
            y[i] = d.index().period(i).year();
        }
        return y;
    }

    /** FDIGDP: the World Bank revised China's GDP in 2020; the pre-revision series is offered beside it. */
    private static String fdiNote(PrintedNumber p, Descriptives pre, int k) {
        double[] preValues = {pre.n(), pre.mean(), pre.sd(), pre.min(), pre.max()};
        Status preStatus = Status.compare(p, preValues[k]);
        String preText = org.tradeworkbench.core.report.NumberFormats.fixed(preValues[k], k == 0 ? 0 : p.decimals() + 1);
        return "WDI BX.KLT.DINV.WD.GD.ZS, current vintage: China's GDP was revised up in the World Bank's 2020 "
                + "revision, so FDI/GDP is lower; on the pre-revision GDP (FDIGDP_2019 = "
                + PaperVariables.FDIGDP_2019.expression() + ") it is " + preText + " (" + preStatus.word() + ")";
    }
}
