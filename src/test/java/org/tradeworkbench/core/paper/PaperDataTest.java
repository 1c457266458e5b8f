package org.tradeworkbench.core.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.io.DataImporter;

class PaperDataTest {
    static final Path ATP = Path.of("src/test/resources/fixtures/atp");

    static double at(Dataset d, String column, int year) {
        return d.get(column).get(d.index().rowOf(Period.annual(year)).orElseThrow());
    }

    @Test
    void bundledSampleIsTheAnnualFrame1995To2019() throws Exception {
        Dataset d = PaperData.bundledSample();
        assertThat(d.index().start()).isEqualTo(Period.annual(1995));
        assertThat(d.index().end()).isEqualTo(Period.annual(2019));
        assertThat(d.seriesNames()).contains(PaperVariables.PATENTS_NONRESIDENT, PaperVariables.FDI_PCT_GDP,
                PaperVariables.ATP_EXPORTS_WORLD, PaperVariables.GDP_USD_2019_VINTAGE);
        assertThat(at(d, PaperVariables.PATENTS_NONRESIDENT, 2004)).isEqualTo(64598.0);
        Dataset m = PaperData.bundledMonthly();
        assertThat(m.index().start()).isEqualTo(Period.monthly(1987, 1));
        assertThat(m.index().end()).isEqualTo(Period.monthly(2024, 6));
    }

    @Test
    void frameIsCutTo2004Through2018BeforeExpressionsAreEvaluated() throws Exception {
        PaperData.PaperFrame f = PaperData.paperFrame(PaperData.bundledSample());
        Dataset d = f.data();
        assertThat(d.index().start()).isEqualTo(Period.annual(2004));
        assertThat(d.index().size()).isEqualTo(15);
        assertThat(at(d, "PATENT", 2004)).isCloseTo(Math.log(64598.0), within(1e-12));
        assertThat(d.get("PATENT").expression()).isEqualTo("log(cn_patent_apps_nonresident)");
        assertThat(at(d, "FDIGDP_2019", 2005)).isCloseTo(100 * 104108693867.085 / 2285965892360.54, within(1e-12));
        // The first difference of 2004 is missing although the bundled data reach back to 1995.
        double[] dPatent = Expressions.evaluate(d, "d(PATENT)");
        assertThat(dPatent[0]).isNaN();
        assertThat(dPatent[1]).isCloseTo(Math.log(79842.0 / 64598.0), within(1e-12));
        // lny and RATIO need the Census ATP data.
        assertThat(f.missing()).containsOnlyKeys("lny", "RATIO");
        assertThat(f.missing().get("lny")).containsExactly(PaperVariables.ATP_BALANCE_CHINA);
        assertThat(f.missing().get("RATIO")).containsExactly(PaperVariables.ATP_EXPORTS_CHINA);
    }

    @Test
    void lnyIsTheLogOfTheDeficitInHundredsOfMillions() {
        // The paper's example: a 2014 deficit of 123.743 billion US$ is 1237.43 hundred million, ln = 7.121.
        Dataset d = new Dataset("atp", org.tradeworkbench.core.data.TimeIndex.between(Period.annual(2014),
                Period.annual(2014)), List.of(org.tradeworkbench.core.data.Series.of(PaperVariables.ATP_BALANCE_CHINA,
                new double[] {-123743.0})));
        Dataset withLny = PaperData.withPaperVariables(d);
        double lny = at(withLny, "lny", 2014);
        assertThat(lny).isCloseTo(Math.log(1237.43), within(1e-12));
        assertThat(String.format(java.util.Locale.ROOT, "%.3f", lny)).isEqualTo("7.121");
        assertThat(withLny.get("lny").isGenerated()).isTrue();
        assertThat(withLny.get("lny").expression()).isEqualTo("log(-us_china_atp_balance_musd / 100)");
    }

    @Test
    void editedExpressionIsUsed() throws Exception {
        PaperData.PaperFrame f = PaperData.paperFrame(PaperData.bundledSample(),
                Map.of("FDIGDP", PaperVariables.FDIGDP_2019.expression()));
        assertThat(at(f.data(), "FDIGDP", 2005)).isCloseTo(at(f.data(), "FDIGDP_2019", 2005), within(0.0));
    }

    @Test
    void censusFixturesCompleteLnyAndRatioForTheirYears() throws Exception {
        Dataset d = PaperData.bundledSample()
                .merge(DataImporter.read(ATP.resolve("SYNTHETIC_TEST_FIXTURE_atp_exports_5700.json")))
                .merge(DataImporter.read(ATP.resolve("SYNTHETIC_TEST_FIXTURE_atp_imports_5700.json")));
        PaperData.PaperFrame f = PaperData.paperFrame(d);
        assertThat(f.missing()).isEmpty();
        // Fixture totals (synthetic): exports 66 780, imports 200 340 million US$ in 2015.
        assertThat(at(f.data(), "lny", 2015)).isCloseTo(Math.log((200340.0 - 66780.0) / 100), within(1e-9));
        assertThat(at(f.data(), "RATIO", 2016)).isCloseTo(67980.0 / 345235.409423, within(1e-9));
        assertThat(at(f.data(), "lny", 2014)).isNaN();
        assertThat(at(f.data(), "lny", 2017)).isNaN();
        assertThat(List.of(f.data().get("lny").expression())).containsExactly(PaperVariables.LNY.expression());
    }
}
