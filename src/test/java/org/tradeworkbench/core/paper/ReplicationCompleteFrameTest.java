package org.tradeworkbench.core.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradeworkbench.core.io.DataImporter;

/**
 * The replication on a complete 2004–2018 frame: the bundled sample plus a SYNTHETIC annual ATP fixture (made-up
 * numbers), against statsmodels (synthetic_complete_reference.json).
 */
class ReplicationCompleteFrameTest {
    static final Path DIR = Path.of("src/test/resources/fixtures/paper");
    static ReplicationReport report;
    static JsonNode reference;

    @BeforeAll
    static void run() throws Exception {
        report = Replication.run(PaperData.bundledSample()
                .merge(DataImporter.read(DIR.resolve("SYNTHETIC_TEST_FIXTURE_atp_annual_china.csv"))));
        reference = new ObjectMapper().readTree(DIR.resolve("synthetic_complete_reference.json").toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"RATIO", "PATENT", "FDIGDP"})
    void equationTwoCoefficientsAgreeWithStatsmodels(String term) {
        ReplicationItem i = report.item("eq2." + term);
        double expected = reference.at("/eq2/" + term).asDouble();
        assertThat(i.replicated()).isCloseTo(expected, within(1e-8 * Math.max(1, Math.abs(expected))));
        assertThat(i.status()).isIn(Status.MATCH, Status.CLOSE, Status.DIFFERS);
        assertThat(i.note()).contains("13 obs.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RATIO->lny", "lny->RATIO", "PATENT->lny", "lny->PATENT", "FDIGDP->lny", "lny->FDIGDP"})
    void table3AgreesWithStatsmodels(String pair) {
        for (String what : new String[] {"f", "p"}) {
            ReplicationItem i = report.item("table3." + pair + "." + what);
            double expected = reference.at("/table3/" + pair.replace("/", "~1") + "/" + what).asDouble();
            assertThat(i.replicated()).as(i.id()).isCloseTo(expected, within(1e-8 * Math.max(1, Math.abs(expected))));
            assertThat(i.status()).isIn(Status.MATCH, Status.CLOSE, Status.DIFFERS);
            assertThat(i.note()).contains("2 lags");
        }
    }

    @Test
    void laggedLnyIsInconsistentEvenWhenItCanBeRecomputed() {
        double expected = reference.at("/eq2/lny(-1)").asDouble();
        for (String id : new String[] {"eq2.lny(-1)", "text.eq2.lny(-1)"}) {
            ReplicationItem i = report.item(id);
            assertThat(i.status()).isEqualTo(Status.INCONSISTENT);
            assertThat(i.replicated()).isCloseTo(expected, within(1e-8));
            assertThat(i.note()).contains("prints 0.77, the text 0.761").contains("recomputed 0.777");
        }
    }

    @Test
    void lnyAndRatioAreComputedOverTheWholeFrame() {
        assertThat(report.item("table1.lny.n").replicated()).isEqualTo(15.0);
        assertThat(report.item("table1.RATIO.n").status()).isEqualTo(Status.MATCH);
        assertThat(report.item("table2.lny.z").status()).isNotEqualTo(Status.UNAVAILABLE);
        assertThat(report.item("text.atp_deficit.2014").status()).isNotEqualTo(Status.UNAVAILABLE);
    }
}
