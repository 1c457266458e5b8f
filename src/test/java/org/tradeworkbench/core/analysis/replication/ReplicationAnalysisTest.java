package org.tradeworkbench.core.analysis.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.analysis.AnalysisJson;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.paper.PaperVariables;
import org.tradeworkbench.core.paper.Replication;
import org.tradeworkbench.core.paper.ReplicationItem;
import org.tradeworkbench.core.paper.ReplicationReport;
import org.tradeworkbench.core.task.ProgressReporter;

/** The replication as an analysis: its spec reads back from JSON, names what it refuses, and drives the report. */
class ReplicationAnalysisTest {

    @Test
    void theDefaultSpecIsThePapersReplication() throws Exception {
        ReplicationReport viaSpec = new ReplicationAnalysis().run(ReplicationSpec.DEFAULT, PaperData.bundledSample(),
                ProgressReporter.NONE);
        assertThat(viaSpec.toMarkdown()).isEqualTo(Replication.run(PaperData.bundledSample()).toMarkdown());
    }

    @Test
    void anEditedDefinitionChangesThatVariablesRows() throws Exception {
        ReplicationSpec spec = ReplicationSpec.parse("PATENT=log(" + PaperVariables.PATENTS_RESIDENT + ")");
        ReplicationReport edited = new ReplicationAnalysis().run(spec, PaperData.bundledSample(), ProgressReporter.NONE);
        ReplicationReport paper = new ReplicationAnalysis().run(ReplicationSpec.DEFAULT, PaperData.bundledSample(),
                ProgressReporter.NONE);
        assertThat(replicated(edited, "table1.PATENT.mean")).isNotEqualTo(replicated(paper, "table1.PATENT.mean"));
        assertThat(replicated(edited, "table1.FDIGDP.mean")).isEqualTo(replicated(paper, "table1.FDIGDP.mean"));
    }

    @Test
    void readsBackFromJsonAndDropsThePapersOwnDefinitions() {
        ReplicationSpec spec = new ReplicationSpec(Map.of("lny", PaperVariables.LNY.expression(),
                "RATIO", "  " + PaperVariables.ATP_EXPORTS_CHINA + " / 1000 "));
        assertThat(spec.definitions()).containsOnlyKeys("RATIO");
        assertThat(spec.definition(PaperVariables.RATIO)).isEqualTo(PaperVariables.ATP_EXPORTS_CHINA + " / 1000");
        assertThat(spec.definition(PaperVariables.LNY)).isEqualTo(PaperVariables.LNY.expression());
        assertThat(AnalysisJson.read(AnalysisJson.write(spec), ReplicationSpec.class)).isEqualTo(spec);
        assertThat(AnalysisJson.read(AnalysisJson.write(ReplicationSpec.DEFAULT), ReplicationSpec.class))
                .isEqualTo(ReplicationSpec.DEFAULT);
    }

    @Test
    void refusesAVariableThatCannotBeEditedAndMalformedDefinitions() {
        assertThatThrownBy(() -> new ReplicationSpec(Map.of("GDP", "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"GDP\"").hasMessageContaining("lny, RATIO, PATENT, FDIGDP");
        assertThatThrownBy(() -> ReplicationSpec.parse("PATENT")).hasMessageContaining("NAME=EXPRESSION");
        assertThatThrownBy(() -> ReplicationSpec.parse("PATENT=a;PATENT=b")).hasMessageContaining("twice");
        assertThatThrownBy(() -> AnalysisJson.read("{\"definitions\":{\"gdp\":\"x\"}}", ReplicationSpec.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gdp");
    }

    private static Double replicated(ReplicationReport r, String id) {
        return r.items().stream().filter(i -> i.id().equals(id)).map(ReplicationItem::replicated).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id));
    }
}
