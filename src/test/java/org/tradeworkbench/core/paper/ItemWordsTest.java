package org.tradeworkbench.core.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every item of the replication has a name in words; an id of an unknown form is shown as it is. */
class ItemWordsTest {
    @Test
    void everyItemOfTheReplicationIsNamedInWords() throws Exception {
        for (ReplicationItem i : Replication.run(PaperData.bundledSample()).items()) {
            assertThat(ItemWords.of(i.id())).as(i.id()).isNotEqualTo(i.id()).doesNotContain("table").doesNotContain("_");
        }
    }

    @Test
    void namesEachKind() {
        assertThat(ItemWords.of("table1.lny.n")).isEqualTo("Table 1, lny, observations");
        assertThat(ItemWords.of("table2.FDIGDP.p_from_printed_z")).isEqualTo("Table 2, FDIGDP, p-value of the printed Z");
        assertThat(ItemWords.of("table3.RATIO->lny.p")).isEqualTo("Table 3, RATIO does not Granger-cause lny, p-value");
        assertThat(ItemWords.of("eq2.lny(-1)")).isEqualTo("Equation (2), coefficient of lny(-1)");
        assertThat(ItemWords.of("text.change.bea_deficit.2008_2018"))
                .isEqualTo("Text, change in the US–China goods deficit (BEA), 2008–2018");
        assertThat(ItemWords.of("something.else")).isEqualTo("something.else");
    }
}
