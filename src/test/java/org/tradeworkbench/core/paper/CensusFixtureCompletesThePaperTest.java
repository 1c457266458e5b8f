package org.tradeworkbench.core.paper;

import static org.assertj.core.api.Assertions.assertThat;

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
