package org.tradeworkbench.core.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;

class GeneralFigureTest {

    private static final Dataset MONTHLY = new Dataset("m", new TimeIndex(Period.monthly(2017, 11), 4),
            List.of(Series.of("exports_china_musd", Double.NaN, 2, Double.NaN, 4),
                    Series.of("imports_china_musd", 5, 6, 7, 8)));

    @Test
    void drawsTheChosenVariablesAtTheDataFrequencyWithoutFillingGaps() {
        FigureSpec s = GeneralFigure.build(MONTHLY,
                FigureChoices.none().withVariables(List.of("exports_china_musd", "imports_china_musd")));
        assertThat(s.isEmpty()).isFalse();
        assertThat(s.kind()).isEqualTo(FigureKind.LINE);
        assertThat(s.title()).isEqualTo("exports_china_musd and imports_china_musd, 2017-11–2018-02");
        assertThat(s.yUnit()).isEqualTo("million US$");
        assertThat(s.series().get(0).periods()).containsExactly("2017-11", "2017-12", "2018-01", "2018-02");
        assertThat(s.series().get(0).x()[1]).isEqualTo((2017 * 12 + 11) / 12.0);
        assertThat(s.series().get(0).y()).containsExactly(Double.NaN, 2.0, Double.NaN, 4.0);
        assertThat(s.series().get(0).segments()).hasSize(2);
        assertThat(s.sourceNote()).contains("2 of 8 points missing");
        assertThat(s.fileStem()).isEqualTo("chart-exports-china-musd-and-imports-china-musd");
    }

    @Test
    void aTitleListsThreeOrMoreVariablesWithCommas() {
        Dataset d = MONTHLY.with(Series.of("balance_china_musd", -5, -4, -7, -4));
        FigureSpec s = GeneralFigure.build(d, FigureChoices.none()
                .withVariables(List.of("exports_china_musd", "imports_china_musd", "balance_china_musd")));
        assertThat(s.title())
                .isEqualTo("exports_china_musd, imports_china_musd and balance_china_musd, 2017-11–2018-02");
        assertThat(GeneralFigure.listed(List.of("a"))).isEqualTo("a");
        assertThat(GeneralFigure.listed(List.of("a", "b"))).isEqualTo("a and b");
        assertThat(GeneralFigure.listed(List.of("a", "b", "c", "d"))).isEqualTo("a, b, c and d");
    }

    @Test
    void yearRangeSelectsPeriodsByYear() {
        FigureSpec s = GeneralFigure.build(MONTHLY, FigureChoices.none().withVariables(List.of("imports_china_musd"))
                .withRange(2018, 2018).withKind(FigureKind.BAR));
        assertThat(s.kind()).isEqualTo(FigureKind.BAR);
        assertThat(s.series().get(0).periods()).containsExactly("2018-01", "2018-02");
        assertThat(s.yAxisLabel()).isEqualTo("imports_china_musd (million US$)");
    }

    @Test
    void nothingChosenOrUnknownNamesGiveEmptyStates() {
        FigureSpec none = GeneralFigure.build(MONTHLY, FigureChoices.none());
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.emptyState().message()).contains("No variable is selected");
        FigureSpec unknown = GeneralFigure.build(MONTHLY, FigureChoices.none().withVariables(List.of("lny")));
        assertThat(unknown.emptyState().message()).contains("no series named lny")
                .contains("exports_china_musd, imports_china_musd");
        FigureSpec outside = GeneralFigure.build(MONTHLY,
                FigureChoices.none().withVariables(List.of("imports_china_musd")).withRange(2020, 2021));
        assertThat(outside.isEmpty()).isTrue();
    }

    @Test
    void tooManyPeriodsGiveAnEmptyStateAskingForAShorterRange() {
        double[] v = new double[GeneralFigure.MAX_PERIODS + 1];
        Dataset big = new Dataset("big", new TimeIndex(Period.monthly(1500, 1), v.length), List.of(Series.of("x", v)));
        FigureSpec s = GeneralFigure.build(big, FigureChoices.none().withVariables(List.of("x")));
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.emptyState().howToLoad()).contains("shorter year range");
        FigureSpec ok = GeneralFigure.build(big, FigureChoices.none().withVariables(List.of("x")).withRange(1900, 1910));
        assertThat(ok.series().get(0).size()).isEqualTo(132);
    }

    @Test
    void theAppDrawsLinesOfAnyLengthWithLabelsMadeWhenAskedFor() {
        double[] v = new double[GeneralFigure.MAX_PERIODS * 4];
        Dataset big = new Dataset("big", new TimeIndex(Period.monthly(1500, 1), v.length), List.of(Series.of("x", v)));
        FigureSpec s = GeneralFigure.build(big, FigureChoices.none().withVariables(List.of("x")), Integer.MAX_VALUE);
        assertThat(s.isEmpty()).isFalse();
        assertThat(s.series().get(0).periods()).hasSize(v.length).startsWith("1500-01", "1500-02")
                .endsWith("3166-08");
        assertThat(s.periods()).isSameAs(s.series().get(0).periods());
    }

    @Test
    void anIndexDividesEachSeriesByItsMeanInTheBaseYear() {
        // Monthly: the base is the mean of the months of 2018 that have a value (exports: 4; imports: (7 + 8) / 2).
        FigureSpec s = GeneralFigure.build(MONTHLY, FigureChoices.none()
                .withVariables(List.of("exports_china_musd", "imports_china_musd")).withBaseYear(2018));
        assertThat(s.isEmpty()).isFalse();
        assertThat(s.series().get(0).y()).containsExactly(Double.NaN, 50.0, Double.NaN, 100.0);
        assertThat(s.series().get(1).y()).containsExactly(500 / 7.5, 600 / 7.5, 700 / 7.5, 800 / 7.5);
        assertThat(s.yLabel()).isEqualTo("Index (2018 = 100)");
        assertThat(s.yUnit()).isEmpty();
        assertThat(s.title()).endsWith(", index 2018 = 100");
        assertThat(s.sourceNote()).contains("divided by its mean over the periods of 2018");
        assertThat(AnalysisJsonRoundTrip.of(FigureChoices.none().withBaseYear(2018)).baseYear()).isEqualTo(2018);
    }

    @Test
    void anIndexNamesTheSeriesItCannotRebase() {
        Dataset d = MONTHLY.with(Series.of("balance_china_musd", -5, -4, -7, -4));
        FigureSpec negative = GeneralFigure.build(d, FigureChoices.none()
                .withVariables(List.of("imports_china_musd", "balance_china_musd")).withBaseYear(2018));
        assertThat(negative.isEmpty()).isTrue();
        assertThat(negative.emptyState().message()).contains("balance_china_musd").contains("negative")
                .contains("2018 = 100");
        FigureSpec missing = GeneralFigure.build(MONTHLY, FigureChoices.none()
                .withVariables(List.of("exports_china_musd")).withBaseYear(2016));
        assertThat(missing.emptyState().message()).contains("exports_china_musd has no value in 2016");
        Dataset undated = new Dataset("u", TimeIndex.undated(3), List.of(Series.of("x", 1, 2, 3)));
        assertThat(GeneralFigure.build(undated, FigureChoices.none().withVariables(List.of("x")).withBaseYear(2000))
                .emptyState().message()).contains("dated data");
    }

    /** FigureChoices as a workbench file writes and reads them (Jackson, as the file does). */
    static final class AnalysisJsonRoundTrip {
        static FigureChoices of(FigureChoices c) {
            return org.tradeworkbench.core.analysis.AnalysisJson.read(org.tradeworkbench.core.analysis.AnalysisJson
                    .write(c), FigureChoices.class);
        }
    }
}
