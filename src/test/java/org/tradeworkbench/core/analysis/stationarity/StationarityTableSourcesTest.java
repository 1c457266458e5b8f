package org.tradeworkbench.core.analysis.stationarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Phillips-Perron and DF-GLS read their tables at each series' own length: the table's note gives the length of
 * every row when the rows differ, so no row's critical values are attributed to another row's length.
 */
class StationarityTableSourcesTest {
    // On the bundled data, 1995-2019: 25 values of us_goods_imports_china_musd, 23 of cn_patent_apps_resident.
    private static final List<String> VARIABLES = List.of("log(us_goods_imports_china_musd)",
            "log(cn_patent_apps_resident)");

    private static ResultTable table(UnitRootKind test, List<String> variables) throws Exception {
        StationaritySpec s = new StationaritySpec(variables, test, UnitRootTrend.CONSTANT, DifferenceChoice.LEVEL,
                LagChoice.FIXED, 1, null, false);
        return new StationarityAnalysis().run(s, PaperData.bundledSample(), ProgressReporter.NONE).table();
    }

    private static String sourceNote(ResultTable t) {
        return t.notes().get(0);
    }

    @Test
    void phillipsPerronNamesEachRowsLength() throws Exception {
        ResultTable t = table(UnitRootKind.PP, VARIABLES);
        assertThat(t.rows()).hasSize(2);
        assertThat(sourceNote(t)).contains("log(us_goods_imports_china_musd): MacKinnon (1991), Table 1, at n = 24",
                "log(cn_patent_apps_resident): MacKinnon (1991), Table 1, at n = 22");
    }

    @Test
    void dfGlsNamesEachRowsLength() throws Exception {
        String note = sourceNote(table(UnitRootKind.DFGLS, VARIABLES));
        assertThat(note).contains("log(us_goods_imports_china_musd): MacKinnon (1991), Table 1, no constant, at T = 25",
                "log(cn_patent_apps_resident): MacKinnon (1991), Table 1, no constant, at T = 23");
    }

    @Test
    void oneSharedSourceIsGivenOnce() throws Exception {
        String note = sourceNote(table(UnitRootKind.PP, List.of(VARIABLES.get(0), "us_goods_exports_china_musd")));
        assertThat(note).contains("p values and critical values: MacKinnon (1991), Table 1, at n = 24 (as R urca's ur.pp).")
                .doesNotContain("us_goods_exports_china_musd:");
    }
}
