package org.tradeworkbench.core.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.stats.ols.Ols;
import org.tradeworkbench.core.stats.ols.OlsOptions;
import org.tradeworkbench.core.stats.ols.OlsResult;

/** The general chart as a scatter plot of Y variables against an X variable. */
class ScatterFigureTest {
    private static final String IMPORTS = "us_goods_imports_china_musd";
    private static final String EXPORTS = "us_goods_exports_china_musd";
    private static final String HIGHTECH = "cn_hightech_exports_pct_manuf";
    private static Dataset annual;

    @BeforeAll
    static void load() throws Exception {
        annual = DataImporter.read(Path.of("sample-data", "china_us_annual.csv"));
    }

    private static FigureChoices scatter(String x, List<String> ys) {
        return FigureChoices.none().withType(ChartType.SCATTER).withXVariable(x).withVariables(ys);
    }

    @Test
    void pointsArePairsOfTheTwoSeriesWithAxesCoveringThem() {
        FigureSpec s = GeneralFigure.build(annual, scatter(IMPORTS, List.of(EXPORTS)));
        assertThat(s.kind()).isEqualTo(FigureKind.SCATTER);
        assertThat(s.series()).hasSize(1);
        FigureSeries p = s.series().get(0);
        double[] x = annual.get(IMPORTS).values();
        double[] y = annual.get(EXPORTS).values();
        assertThat(p.size()).isEqualTo(annual.rowCount());
        for (int i = 0; i < p.size(); i++) {
            assertThat(p.periods().get(i)).isEqualTo(annual.index().label(i));
            assertThat(p.x()[i]).isEqualTo(x[i]);
            assertThat(p.y()[i]).isEqualTo(y[i]);
            assertThat(s.axes().x().covers(x[i])).isTrue();
            assertThat(s.axes().left().covers(y[i])).isTrue();
        }
        assertThat(s.xLabel()).isEqualTo(IMPORTS + " (million US$)");
        assertThat(s.yAxisLabel()).isEqualTo(EXPORTS + " (million US$)");
        assertThat(s.title()).isEqualTo(EXPORTS + " against " + IMPORTS + ", 1995–2019");
        assertThat(s.fits()).isEmpty();
        assertThat(s.axes().hasRight()).isFalse();
    }

    @Test
    void theFittedLineIsTheProjectsOlsWithItsEquation() {
        FigureSpec s = GeneralFigure.build(annual, scatter(IMPORTS, List.of(EXPORTS)).withFitLine(true));
        assertThat(s.fits()).hasSize(1);
        FittedLine f = s.fits().get(0);
        OlsResult r = Ols.fit(annual, EXPORTS, List.of(IMPORTS), OlsOptions.DEFAULT);
        assertThat(f.intercept()).isEqualTo(r.coefficient(Ols.CONSTANT).estimate());
        assertThat(f.slope()).isEqualTo(r.coefficient(IMPORTS).estimate());
        assertThat(f.rSquared()).isEqualTo(r.rSquared());
        assertThat(f.equation()).isEqualTo(r.equation(3)).startsWith(EXPORTS + " = ");
        assertThat(f.legend()).contains(r.equation(3)).contains("n = 25");
        // Independently: the slope is cov(x, y) / var(x).
        double[] x = annual.get(IMPORTS).values();
        double[] y = annual.get(EXPORTS).values();
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        assertThat(f.slope()).isCloseTo(sxy / sxx, org.assertj.core.data.Percentage.withPercentage(1e-8));
        assertThat(f.intercept()).isCloseTo(my - sxy / sxx * mx, org.assertj.core.data.Percentage.withPercentage(1e-8));
        // The line's ends lie on the value axis.
        assertThat(s.axes().left().covers(f.at(f.xMin()))).isTrue();
        assertThat(s.axes().left().covers(f.at(f.xMax()))).isTrue();
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    @Test
    void missingPairsAreDroppedAndCounted() {
        FigureSpec s = GeneralFigure.build(annual, scatter(IMPORTS, List.of(EXPORTS, HIGHTECH)).withFitLine(true));
        FigureSeries h = s.series().get(1);
        int complete = h.presentCount();
        assertThat(complete).isBetween(2, 24);
        assertThat(s.sourceNote()).contains("Periods without both values are left out: " + HIGHTECH + " "
                + (25 - complete) + " of 25");
        assertThat(s.fits()).hasSize(2);
        assertThat(s.fits().get(1).n()).isEqualTo(complete);
        var t = FigureData.table(s).orElseThrow();
        assertThat(t.columns()).containsExactly("Period", IMPORTS + " (million US$)", EXPORTS, HIGHTECH);
        assertThat(t.rows()).hasSize(25);
        assertThat(t.notes().toString()).contains(s.fits().get(0).legend());
    }

    private static Dataset small(double[] x, double[] y) {
        return new Dataset("s", new TimeIndex(Period.annual(2000), x.length), List.of(Series.of("x", x),
                Series.of("y", y)));
    }

    @Test
    void badInputSaysWhatAndWhich() {
        double n = Double.NaN;
        String one = GeneralFigure.build(small(new double[] {1, 2, n}, new double[] {n, 3, 4}),
                scatter("x", List.of("y"))).emptyState().message();
        assertThat(one).contains("y and x have only one period (2001)").contains("at least 2");
        String constant = GeneralFigure.build(small(new double[] {5, 5, 5}, new double[] {1, 2, 3}),
                scatter("x", List.of("y"))).emptyState().message();
        assertThat(constant).contains("x is 5 in every period").contains("constant X");
        String blank = GeneralFigure.build(small(new double[] {1, 2, 3}, new double[] {n, n, n}),
                scatter("x", List.of("y"))).emptyState().message();
        assertThat(blank).contains("y has no value in");
        String noX = GeneralFigure.build(annual, FigureChoices.none().withType(ChartType.SCATTER)
                .withVariables(List.of(EXPORTS))).emptyState().message();
        assertThat(noX).contains("X");
        String onlyX = GeneralFigure.build(annual, scatter(EXPORTS, List.of(EXPORTS))).emptyState().message();
        assertThat(onlyX).contains("Y axis besides " + EXPORTS);
        List<String> all = new ArrayList<>(List.of("nope"));
        assertThat(GeneralFigure.build(annual, scatter("nope", List.of(EXPORTS))).emptyState().message())
                .contains("no series named " + all.get(0));
    }
}
