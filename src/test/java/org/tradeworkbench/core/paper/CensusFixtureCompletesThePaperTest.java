package org.tradeworkbench.core.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.figures.PaperFigure;
import org.tradeworkbench.core.figures.PaperFigures;
import org.tradeworkbench.core.io.DataImporter;

/** Dropping the Census high-tech files (here the synthetic fixtures) completes the paper's variables and figures. */
class CensusFixtureCompletesThePaperTest {
    static final Path ATP = Path.of("src/test/resources/fixtures/atp");

    static Dataset completed() throws Exception {
        return PaperData.bundledSample()
                .merge(DataImporter.read(ATP.resolve("SYNTHETIC_TEST_FIXTURE_atp_exports_5700.json")))
                .merge(DataImporter.read(ATP.resolve("SYNTHETIC_TEST_FIXTURE_atp_imports_5700.json")));
    }

    static FigureSpec figure(PaperFigure f, Dataset d) {
        return PaperFigures.build(f, d, PaperFigures.defaultChoices(f, d));
    }

    @Test
    void figuresThreeAndFourAreEmptyOnTheBundledSample() throws Exception {
        Dataset d = PaperData.withPaperVariables(PaperData.bundledSample());
        assertThat(figure(PaperFigure.FIGURE_3, d).isEmpty()).isTrue();
        assertThat(figure(PaperFigure.FIGURE_4, d).isEmpty()).isTrue();
    }

    @Test
    void allFourFiguresAreDrawnFromTheCensusFiles() throws Exception {
        Dataset d = PaperData.withPaperVariables(completed());
        for (PaperFigure f : PaperFigure.values()) {
            FigureSpec s = figure(f, d);
            assertThat(s.isEmpty()).as(f + ": " + s.emptyState()).isFalse();
            assertThat(s.periods()).as(f.toString()).contains("2015", "2016");
        }
        assertThat(PaperFigures.defaultChoices(PaperFigure.FIGURE_3, d).column("ict"))
                .contains("us_china_atp04_balance_musd");
    }

    @Test
    void figuresOneAndTwoDrawTheImportedSeriesNotTheQuotedPoints() throws Exception {
        // The import covers two years, fewer than the four quoted balances of the bundled sample: it still wins.
        Dataset d = PaperData.withPaperVariables(completed());
        FigureSpec f1 = figure(PaperFigure.FIGURE_1, d);
        assertThat(f1.series()).hasSize(1);
        assertThat(f1.series().get(0).name()).isEqualTo(PaperVariables.ATP_BALANCE_CHINA);
        assertThat(f1.series().get(0).periods()).containsExactly("2015", "2016");
        // Fixture totals (synthetic): exports 66 780, imports 200 340 million US$ in 2015.
        assertThat(f1.series().get(0).y()[0]).isCloseTo((66780.0 - 200340.0) / 1000, within(1e-9));
        FigureSpec f2 = figure(PaperFigure.FIGURE_2, d);
        assertThat(PaperFigures.defaultChoices(PaperFigure.FIGURE_2, d).column("china"))
                .contains(PaperVariables.ATP_EXPORTS_CHINA);
        assertThat(f2.series().get(0).periods()).containsExactly("2015", "2016");
    }

    @Test
    void numbersTheFixtureYearsCannotGiveNameTheMissingYears() throws Exception {
        ReplicationReport r = Replication.run(completed());
        for (String id : new String[] {"table2.lny.z", "table2.RATIO.d", "eq2.RATIO", "table3.PATENT->lny.f"}) {
            ReplicationItem i = r.item(id);
            assertThat(i.status()).as(id).isEqualTo(Status.UNAVAILABLE);
            assertThat(i.note()).as(id).contains("2015–2016 (2 obs.; missing 2004–2014, 2017–2018)");
        }
        assertThat(r.item("table3.PATENT->lny.f").note()).contains("lny has 2015–2016").contains("PATENT has 2004–2017 (14 obs.; missing 2018)");
    }

    @Test
    void lnyAndRatioArePresentForTheFixtureYears() throws Exception {
        PaperData.PaperFrame f = PaperData.paperFrame(completed());
        assertThat(f.missing()).isEmpty();
        Dataset d = f.data();
        for (String v : new String[] {"lny", "RATIO"}) {
            double[] x = d.get(v).values();
            for (int i = 0; i < x.length; i++) {
                int year = d.index().period(i).year();
                assertThat(Double.isNaN(x[i])).as(v + " " + year).isEqualTo(year != 2015 && year != 2016);
            }
        }
    }
}
