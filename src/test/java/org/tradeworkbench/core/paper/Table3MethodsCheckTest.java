package org.tradeworkbench.core.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.report.ResultTable;

/** The replication report ends with the methods check of Table 3's setup. */
class Table3MethodsCheckTest {

    @Test
    void theReportExplainsWhyTheLevelsTestsAreNotValidFromThePapersOwnTable2() throws Exception {
        ReplicationReport r = Replication.run(PaperData.bundledSample());
        List<ResultTable> mc = r.methodsCheck();
        assertThat(r.tables()).endsWith(mc.toArray(ResultTable[]::new));
        ResultTable own = mc.get(0);
        assertThat(own.title()).startsWith(Table3MethodsCheck.PREFIX);
        PaperResults paper = PaperResults.bundled();
        for (int i = 0; i < StationarityItems.VARIABLES.size(); i++) {
            String v = StationarityItems.VARIABLES.get(i);
            assertThat(own.rows().get(i).get(0).text()).isEqualTo(v);
            assertThat(own.rows().get(i).get(1).number()).isEqualTo(paper.get("table2." + v + ".d").value());
        }
        assertThat(own.notes().get(0)).contains("Table 3 runs Granger F tests on the levels", "not valid",
                "Toda-Yamamoto");
        // The bundled sample lacks the Census files lny needs: the tests on the data say so.
        assertThat(mc.get(1).rows().get(0).get(0).text()).contains("lny", "Census");
        assertThat(r.toMarkdown()).contains("Methods check for Table 3");
    }

    @Test
    void theCheckTestsLnyAgainstEachRegressorAsTable3Does() {
        assertThat(Table3MethodsCheck.spec(List.of("lny", "RATIO", "PATENT", "FDIGDP")).focus()).isEqualTo("lny");
        assertThat(Table3MethodsCheck.spec(List.of("lny", "RATIO")).lags()).isEqualTo(GrangerItems.LAGS);
    }
}
