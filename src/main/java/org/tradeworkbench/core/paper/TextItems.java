package org.tradeworkbench.core.paper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Frequency;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.report.NumberFormats;

/** The deficits the paper quotes in its text, in billions of US$. */
final class TextItems {
    private TextItems() {
    }

    static List<ReplicationItem> items(PaperResults paper, Dataset data) {
        List<ReplicationItem> out = new ArrayList<>();
        for (int year : new int[] {2006, 2014, 2016}) {
            PrintedNumber p = paper.get("text.atp_deficit." + year);
            double balance = annual(data, PaperVariables.ATP_BALANCE_CHINA, year);
            if (Double.isNaN(balance)) {
                out.add(new ReplicationItem(p.id(), p, Double.NaN, Status.UNAVAILABLE, "needs "
                        + PaperVariables.ATP_BALANCE_CHINA + " (US–China ATP trade balance) for " + year
                        + ", which the data lack (the bundled " + PaperVariables.ATP_BALANCE_QUOTED_BUSD
                        + " repeats the paper's own figure, so it cannot confirm it); " + MissingInputs.HOW));
            } else {
                double deficit = -balance / 1000;
                out.add(new ReplicationItem(p.id(), p, deficit, Status.compare(p, deficit), "minus "
                        + PaperVariables.ATP_BALANCE_CHINA + " in " + year + " (US Census ATP, December year to date), "
                        + "billion US$"));
            }
        }
        for (int year : new int[] {1993, 2003}) {
            PrintedNumber p = paper.get("text.cn_stats_deficit." + year);
            Goods g = goodsDeficit(data, year);
            if (g == null) {
                out.add(new ReplicationItem(p.id(), p, Double.NaN, Status.UNAVAILABLE, "China's own trade statistics "
                        + "are not in the data, nor US Census goods trade with China for " + year));
            } else {
                out.add(new ReplicationItem(p.id(), p, g.deficit, Status.compare(p, g.deficit), "US Census goods "
                        + "deficit with China (" + g.source + "), not China's statistics, which the paper quotes: "
                        + "China records far smaller exports to the US (goods via Hong Kong, valuation), so the two differ"));
            }
        }
        for (int year : new int[] {2008, 2018}) {
            PrintedNumber p = paper.get("text.bea_deficit." + year);
            Goods g = goodsDeficit(data, year);
            if (g == null) {
                out.add(new ReplicationItem(p.id(), p, Double.NaN, Status.UNAVAILABLE,
                        "needs US goods trade with China for " + year + " (" + PaperVariables.GOODS_IMPORTS_CHINA
                                + ", " + PaperVariables.GOODS_EXPORTS_CHINA + ")"));
            } else {
                out.add(new ReplicationItem(p.id(), p, g.deficit, Status.compare(p, g.deficit), "US Census goods "
                        + "deficit with China (" + g.source + "); the paper quotes the BEA, whose balance-of-payments "
                        + "basis adjusts the Census goods figures for coverage and valuation"));
            }
        }
        return out;
    }

    private record Goods(double deficit, String source) {
    }

    /** Imports from China minus exports to China in billions: the annual data, else the bundled monthly file. */
    private static Goods goodsDeficit(Dataset data, int year) {
        double im = annual(data, PaperVariables.GOODS_IMPORTS_CHINA, year);
        double ex = annual(data, PaperVariables.GOODS_EXPORTS_CHINA, year);
        if (!Double.isNaN(im) && !Double.isNaN(ex)) {
            return new Goods((im - ex) / 1000, "imports " + NumberFormats.fixed(im / 1000, 1) + " - exports "
                    + NumberFormats.fixed(ex / 1000, 1) + ", " + PaperVariables.GOODS_IMPORTS_CHINA + " - "
                    + PaperVariables.GOODS_EXPORTS_CHINA);
        }
        Dataset monthly = bundledMonthly();
        double sumIm = 0;
        double sumEx = 0;
        for (int m = 1; m <= 12; m++) {
            OptionalInt row = monthly.index().rowOf(Period.monthly(year, m));
            if (row.isEmpty()) {
                return null;
            }
            sumIm += monthly.get("us_imports_from_china_musd").get(row.getAsInt());
            sumEx += monthly.get("us_exports_to_china_musd").get(row.getAsInt());
        }
        if (Double.isNaN(sumIm) || Double.isNaN(sumEx)) {
            return null;
        }
        return new Goods((sumIm - sumEx) / 1000, "imports " + NumberFormats.fixed(sumIm / 1000, 1) + " - exports "
                + NumberFormats.fixed(sumEx / 1000, 1) + ", 12 months of the bundled us_china_goods_monthly.csv");
    }

    private static volatile Dataset monthlyCache;

    /** The bundled monthly goods trade, read once (it is part of the build and never changes). */
    private static Dataset bundledMonthly() {
        Dataset d = monthlyCache;
        if (d == null) {
            try {
                d = PaperData.bundledMonthly();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            monthlyCache = d;
        }
        return d;
    }

    private static double annual(Dataset data, String column, int year) {
        if (data.index().frequency() != Frequency.ANNUAL || !data.has(column)) {
            return Double.NaN;
        }
        OptionalInt row = data.index().rowOf(Period.annual(year));
        return row.isPresent() ? data.get(column).get(row.getAsInt()) : Double.NaN;
    }
}
