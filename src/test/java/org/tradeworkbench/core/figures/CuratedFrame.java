package org.tradeworkbench.core.figures;

import java.util.Arrays;
import java.util.List;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;

/**
 * A few columns of ../shared/data/curated/china_us_hitech_annual.csv (2004–2019), copied with their names so
 * the figures are tested on the column names the bundled data use.
 */
final class CuratedFrame {
    private CuratedFrame() {
    }

    static final int FIRST = 2004;
    static final double NA = Double.NaN;

    static Dataset annual() {
        TimeIndex t = new TimeIndex(Period.annual(FIRST), 16);
        double[] balance = fill(16);
        balance[2006 - FIRST] = -54.982;
        balance[2014 - FIRST] = -123.743;
        balance[2016 - FIRST] = -115.691;
        balance[2017 - FIRST] = -135.4;
        double[] exportsChina = fill(16);
        exportsChina[2017 - FIRST] = 35.7;
        double[] exportsWorld = {201561.0, 216824.0, 247071.0, 264875.0, 270131.0, 244707.855709, 273310.5688,
                287721.586391, 304983.302589, 319734.05129, 336478.578709, 343128.49769, 345235.409423,
                353798.278633, 368630.941394, 366817.768775};
        double[] hightechPct = fill(16);
        hightechPct[2007 - FIRST] = 30.170413;
        double[] patents = {64598.0, 79842.0, 88183.0, 92101.0, 95259.0, 85508.0, 98111.0, 110583.0, 117464.0,
                120200.0, 127042.0, 133612.0, 133522.0, 135885.0, NA, NA};
        return new Dataset("china_us_annual", t, List.of(
                Series.of("us_china_atp_balance_busd", balance),
                Series.of("us_china_atp_exports_busd", exportsChina),
                Series.of("us_atp_exports_world_musd", exportsWorld),
                Series.of("cn_hightech_exports_pct_manuf", hightechPct),
                Series.of("cn_patent_apps_nonresident", patents)));
    }

    static double[] fill(int n) {
        double[] v = new double[n];
        Arrays.fill(v, Double.NaN);
        return v;
    }
}
