package org.tradeworkbench.core.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradeworkbench.core.report.JsonWriter;

/** The replication on the bundled sample; reference values from statsmodels (replication_reference.json). */
class ReplicationTest {
    static ReplicationReport report;
    static JsonNode reference;

    @BeforeAll
    static void run() throws Exception {
        report = Replication.run(PaperData.bundledSample());
        reference = new ObjectMapper().readTree(Path.of("src/test/resources/fixtures/paper/replication_reference.json").toFile());
    }

    static ReplicationItem item(String id) {
        return report.item(id);
    }

    static void assertRelative(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(1e-8 * Math.max(1, Math.abs(expected))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"n", "mean", "sd", "min", "max"})
    void patentRowOfTable1Matches(String stat) {
        ReplicationItem i = item("table1.PATENT." + stat);
        assertThat(i.status()).isEqualTo(Status.MATCH);
        assertRelative(i.replicated(), reference.at("/descriptives/PATENT/" + stat).asDouble());
        assertThat(i.note()).contains("log(cn_patent_apps_nonresident)").contains("2004–2017");
    }

    @ParameterizedTest
    @ValueSource(strings = {"d", "z", "p", "p_from_printed_z"})
    void patentRowOfTable2Matches(String what) {
        assertThat(item("table2.PATENT." + what).status()).isEqualTo(Status.MATCH);
    }

    @Test
    void patentDickeyFullerAgreesWithStatsmodels() {
        assertRelative(item("table2.PATENT.z").replicated(), reference.at("/dickey_fuller/PATENT/z").asDouble());
        assertRelative(item("table2.PATENT.p").replicated(), reference.at("/dickey_fuller/PATENT/p").asDouble());
        assertRelative(item("table2.FDIGDP.z").replicated(), reference.at("/dickey_fuller/FDIGDP/z").asDouble());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lny", "RATIO", "PATENT", "FDIGDP"})
    void table2PValuesMatchWhenRecomputedFromThePrintedZ(String var) {
        ReplicationItem i = item("table2." + var + ".p_from_printed_z");
        assertThat(i.status()).isEqualTo(Status.MATCH);
        assertRelative(i.replicated(), reference.at("/p_from_printed_z/" + var).asDouble());
        assertThat(i.paper().id()).isEqualTo("table2." + var + ".p");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mean", "sd", "min"})
    void fdigdpIsCloseAndTheNoteExplainsTheGdpRevision(String stat) {
        ReplicationItem i = item("table1.FDIGDP." + stat);
        assertThat(i.status()).isEqualTo(Status.CLOSE);
        assertRelative(i.replicated(), reference.at("/descriptives/FDIGDP/" + stat).asDouble());
        assertThat(i.note()).contains("2020 revision").contains("FDIGDP_2019 = 100 * cn_fdi_net_inflows_usd / cn_gdp_usd_2019vintage");
        String pre = org.tradeworkbench.core.report.NumberFormats.fixed(
                reference.at("/descriptives/FDIGDP_2019/" + stat).asDouble(), 4);
        assertThat(i.note()).contains("it is " + pre);
    }

    @Test
    void fdigdpMaximumOnThePreRevisionGdpMatchesThePaper() {
        assertThat(item("table1.FDIGDP.max").status()).isEqualTo(Status.CLOSE);
        assertThat(item("table1.FDIGDP.max").note()).contains("it is 4.5543 (match)");
        assertThat(item("table2.FDIGDP.z").status()).isEqualTo(Status.CLOSE);
        assertThat(item("table2.FDIGDP.z").note()).contains("FDIGDP_2019 Z = -4.601");
    }

    @ParameterizedTest
    @ValueSource(strings = {"table1.lny.n", "table1.lny.mean", "table1.lny.max", "table2.lny.z", "table2.lny.d"})
    void lnyIsUnavailableAndTheNoteNamesTheSeriesAndYears(String id) {
        ReplicationItem i = item(id);
        assertThat(i.status()).isEqualTo(Status.UNAVAILABLE);
        assertThat(i.replicated()).isNaN();
        assertThat(i.note()).contains(PaperVariables.ATP_BALANCE_CHINA).contains("2004–2018");
    }

    @ParameterizedTest
    @ValueSource(strings = {"table1.RATIO.mean", "table2.RATIO.z", "table2.RATIO.p"})
    void ratioIsUnavailableAndTheNoteNamesTheSeriesAndYears(String id) {
        ReplicationItem i = item(id);
        assertThat(i.status()).isEqualTo(Status.UNAVAILABLE);
        assertThat(i.note()).contains(PaperVariables.ATP_EXPORTS_CHINA).contains("2004–2018");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eq2.RATIO", "eq2.PATENT", "eq2.FDIGDP"})
    void equationTwoIsUnavailableUntilTheCensusDataAreLoaded(String id) {
        ReplicationItem i = item(id);
        assertThat(i.status()).isEqualTo(Status.UNAVAILABLE);
        assertThat(i.note()).contains("lny (needs " + PaperVariables.ATP_BALANCE_CHINA + ")")
                .contains("RATIO (needs " + PaperVariables.ATP_EXPORTS_CHINA + ")").contains("2004–2018");
    }

    @ParameterizedTest
    @ValueSource(strings = {"table3.RATIO->lny.f", "table3.lny->RATIO.p", "table3.PATENT->lny.f", "table3.lny->FDIGDP.p"})
    void table3IsUnavailableUntilTheCensusDataAreLoaded(String id) {
        ReplicationItem i = item(id);
        assertThat(i.status()).isEqualTo(Status.UNAVAILABLE);
        assertThat(i.note()).contains("lny (needs " + PaperVariables.ATP_BALANCE_CHINA + ")").contains("2004–2018");
    }

    @Test
    void laggedLnyCoefficientIsInconsistent() {
        ReplicationItem eq = item("eq2.lny(-1)");
        assertThat(eq.status()).isEqualTo(Status.INCONSISTENT);
        assertThat(eq.paper().value()).isEqualTo(0.77);
        assertThat(eq.note()).contains("equation (2) prints 0.77, the text 0.761");
        ReplicationItem text = item("text.eq2.lny(-1)");
        assertThat(text.status()).isEqualTo(Status.INCONSISTENT);
        assertThat(text.paper().value()).isEqualTo(0.761);
    }

    @Test
    void textDeficitsFromTheCensusAtpDataAreUnavailableButTheGoodsDeficitDiffers() {
        assertThat(item("text.atp_deficit.2014").status()).isEqualTo(Status.UNAVAILABLE);
        assertThat(item("text.atp_deficit.2014").note()).contains(PaperVariables.ATP_BALANCE_CHINA).contains("2014");
        ReplicationItem bea = item("text.bea_deficit.2018");
        assertThat(bea.status()).isEqualTo(Status.DIFFERS);
        assertThat(bea.replicated()).isCloseTo((538514.158526 - 120281.213791) / 1000, within(1e-9));
        assertThat(bea.note()).contains("BEA");
    }

    @Test
    void theChangesTheTextStatesAreCheckedAgainstItsOwnFigures() {
        // "58.6 billion in 2003, 8 times larger than that of 1993" (6.3): (58.6 - 6.3) / 6.3 = 8.30.
        ReplicationItem times = item("text.change.cn_stats_deficit.1993_2003");
        assertThat(times.status()).isEqualTo(Status.MATCH);
        assertThat(times.replicated()).isCloseTo((58.6 - 6.3) / 6.3, within(1e-12));
        // 54.982 (2006) to 115.691 (2016), "more than doubling": 2.104.
        ReplicationItem doubling = item("text.change.atp_deficit.2006_2016");
        assertThat(doubling.status()).isEqualTo(Status.MATCH);
        assertThat(doubling.replicated()).isCloseTo(115.691 / 54.982, within(1e-12));
        // BEA 283.6 (2008) to 380.8 (2018): "increased more than 100 billion", but 97.2.
        ReplicationItem rise = item("text.change.bea_deficit.2008_2018");
        assertThat(rise.status()).isEqualTo(Status.INCONSISTENT);
        assertThat(rise.replicated()).isCloseTo(380.8 - 283.6, within(1e-9));
        assertThat(rise.note()).contains("380.8 - 283.6 = 97.2").contains("contradicts");
        assertThat(ReplicationReport.section(rise.id())).startsWith("Changes between the deficits");
    }

    @Test
    void everyPrintedNumberIsReportedOnceAndExplainsItselfInOneLine() {
        List<String> ids = report.items().stream().map(ReplicationItem::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        for (PrintedNumber p : PaperResults.bundled().all()) {
            assertThat(ids).contains(p.id());
        }
        assertThat(ids).hasSize(PaperResults.bundled().all().size() + 4);
        for (ReplicationItem i : report.items()) {
            assertThat(i.note()).doesNotContain("\n").isNotBlank();
        }
    }

    @Test
    void jsonHasTheItemsWithIdPaperReplicatedStatusNote() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonWriter.write(report.toJson()));
        assertThat(json.fieldNames()).toIterable().containsExactly("items");
        JsonNode first = json.get("items").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "label", "paper", "replicated", "status", "note");
        assertThat(first.get("label").asText()).isEqualTo("Table 1, Year, observations");
        JsonNode lny = null;
        for (JsonNode n : json.get("items")) {
            if (n.get("id").asText().equals("table1.lny.mean")) {
                lny = n;
            }
        }
        assertThat(lny.get("paper").asDouble()).isEqualTo(6.715);
        assertThat(lny.get("replicated").isNull()).isTrue();
        assertThat(lny.get("status").asText()).isEqualTo("unavailable");
    }

    @Test
    void htmlAndMarkdownExportsCarryEveryItem() {
        String html = report.toHtml();
        String md = report.toMarkdown();
        for (ReplicationItem i : report.items()) {
            assertThat(html).contains(i.id().replace(">", "&gt;"));
            assertThat(md).contains(i.id().replace("_", "\\_"));
        }
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(md).contains("| Table 1, PATENT, mean | 11.547 | 11.5469 | match |").contains("| table1.PATENT.mean |");
    }

    @Test
    void editedExpressionChangesTheResult() throws Exception {
        ReplicationReport edited = Replication.run(PaperData.bundledSample(),
                Map.of("FDIGDP", PaperVariables.FDIGDP_2019.expression()));
        assertThat(edited.item("table1.FDIGDP.max").status()).isEqualTo(Status.MATCH);
    }
}
