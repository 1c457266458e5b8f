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
        out.addAll(changes(paper));
        return out;
    }

    /**
     * The changes the text states between two of its own figures, checked against those figures: a claim that
     * holds is a match at the printed precision, one that fails is the paper contradicting itself.
     */
    private static List<ReplicationItem> changes(PaperResults paper) {
        List<ReplicationItem> out = new ArrayList<>();
        PrintedNumber cn1993 = paper.get("text.cn_stats_deficit.1993");
        PrintedNumber cn2003 = paper.get("text.cn_stats_deficit.2003");
        PrintedNumber times = paper.get("text.change.cn_stats_deficit.1993_2003");
        double larger = (cn2003.value() - cn1993.value()) / cn1993.value();
        Status st = Status.compare(times, larger) == Status.MATCH ? Status.MATCH : Status.INCONSISTENT;
        out.add(new ReplicationItem(times.id(), times, larger, st, "\"8 times larger\" from the text's own figures: "
                + "(" + cn2003.printed() + " - " + cn1993.printed() + ") / " + cn1993.printed() + " = "
                + NumberFormats.fixed(larger, 2) + " times larger (2003 is "
                + NumberFormats.fixed(cn2003.value() / cn1993.value(), 2) + " times 1993); "
                + (st == Status.MATCH ? "consistent" : "the text contradicts its own figures")));

        PrintedNumber atp2006 = paper.get("text.atp_deficit.2006");
        PrintedNumber atp2016 = paper.get("text.atp_deficit.2016");
        PrintedNumber doubling = paper.get("text.change.atp_deficit.2006_2016");
        double ratio = atp2016.value() / atp2006.value();
        st = ratio > doubling.value() ? Status.MATCH : Status.INCONSISTENT;
        out.add(new ReplicationItem(doubling.id(), doubling, ratio, st, "\"more than doubling\" from the text's own "
                + "figures: " + atp2016.printed() + " / " + atp2006.printed() + " = " + NumberFormats.fixed(ratio, 3) + "; "
                + (st == Status.MATCH ? "more than double, consistent" : "not more than double: the text contradicts itself")));

        PrintedNumber bea2008 = paper.get("text.bea_deficit.2008");
        PrintedNumber bea2018 = paper.get("text.bea_deficit.2018");
        PrintedNumber increase = paper.get("text.change.bea_deficit.2008_2018");
        double rise = bea2018.value() - bea2008.value();
        st = rise > increase.value() ? Status.MATCH : Status.INCONSISTENT;
        out.add(new ReplicationItem(increase.id(), increase, rise, st, "\"increased more than 100 billion\" from the "
                + "text's own BEA figures: " + bea2018.printed() + " - " + bea2008.printed() + " = "
                + NumberFormats.fixed(rise, 1) + " billion US$; "
                + (st == Status.MATCH ? "consistent" : "less than 100 billion: the text contradicts its own figures")));
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

    /** Read on first use by the class loader, once: the bundled file is part of the build and never changes. */
    private static final class BundledMonthly {
        static final Dataset DATA = read();

        private static Dataset read() {
            try {
                return PaperData.bundledMonthly();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The bundled monthly goods trade. */
    private static Dataset bundledMonthly() {
        return BundledMonthly.DATA;
    }

    private static double annual(Dataset data, String column, int year) {
        if (data.index().frequency() != Frequency.ANNUAL || !data.has(column)) {
            return Double.NaN;
        }
        OptionalInt row = data.index().rowOf(Period.annual(year));
        return row.isPresent() ? data.get(column).get(row.getAsInt()) : Double.NaN;
    }
}
