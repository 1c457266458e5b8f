package org.tradeworkbench.core.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.io.DataImporter;

/** The general chart with some variables on a second value axis at the right. */
class RightAxisFigureTest {
    private static final String IMPORTS = "us_goods_imports_china_musd";
    private static final String EXPORTS = "us_goods_exports_china_musd";
    private static final String FDI = "cn_fdi_net_inflows_pct_gdp";
    private static Dataset annual;

    @BeforeAll
    static void load() throws Exception {
        annual = DataImporter.read(Path.of("sample-data", "china_us_annual.csv"));
    }

    private static FigureSpec chart(List<String> vars, List<String> right) {
        return GeneralFigure.build(annual, FigureChoices.none().withVariables(vars).withRightAxis(right));
    }

    private static void covers(AxisScale a, double[] values) {
        for (double v : values) {
            if (!Double.isNaN(v)) {
                assertThat(a.covers(v)).as("%s on %s", v, a).isTrue();
            }
        }
    }

    @Test
    void theUsersRightAxisLabelReplacesTheDefaultAndLeavesTheLeftOne() {
        FigureChoices c = FigureChoices.none().withVariables(List.of(IMPORTS, FDI)).withRightAxis(List.of(FDI));
        FigureSpec s = GeneralFigure.build(annual, c.withRightLabel("FDI in China (% of GDP)"));
        assertThat(s.axes().rightLabel()).isEqualTo("FDI in China (% of GDP)");
        assertThat(s.yAxisLabel()).isEqualTo(IMPORTS + " (million US$)");
        assertThat(s.axes().right()).isEqualTo(GeneralFigure.build(annual, c).axes().right());
        FigureSpec both = GeneralFigure.build(annual, c.withRightLabel("R").withAxisLabel("L"));
        assertThat(both.yAxisLabel()).isEqualTo("L");
        assertThat(both.axes().rightLabel()).isEqualTo("R");
        assertThat(GeneralFigure.build(annual, c.withRightLabel("  ")).axes().rightLabel()).isEqualTo(FDI);
        // Indexed: the default right label says so, the user's stays as typed.
        assertThat(GeneralFigure.build(annual, c.withBaseYear(2010)).axes().rightLabel())
                .isEqualTo("Index (2010 = 100)");
        assertThat(GeneralFigure.build(annual, c.withBaseYear(2010).withRightLabel("FDI, 2010 = 100")).axes()
                .rightLabel()).isEqualTo("FDI, 2010 = 100");
    }

    @Test
    void theRightAxisHasItsOwnRangeTicksAndLabelCoveringItsSeries() {
        FigureSpec s = chart(List.of(IMPORTS, EXPORTS, FDI), List.of(FDI));
        ChartAxes a = s.axes();
        assertThat(a.hasRight()).isTrue();
        assertThat(a.onRight()).containsExactly(FDI);
        assertThat(s.onRight(s.series().get(2))).isTrue();
        assertThat(s.onRight(s.series().get(0))).isFalse();
        assertThat(s.legendLabel(s.series().get(2))).isEqualTo(FDI + " (right)");
        assertThat(s.legendLabel(s.series().get(0))).isEqualTo(IMPORTS);
        // The left axis measures the two trade series in millions, the right one FDI in percent of GDP.
        covers(a.left(), s.series().get(0).y());
        covers(a.left(), s.series().get(1).y());
        covers(a.right(), s.series().get(2).y());
        assertThat(a.right().max()).isLessThan(10);
        assertThat(a.left().max()).isGreaterThan(500_000);
        assertThat(a.right().ticks()).first().isEqualTo(a.right().min());
        assertThat(a.right().ticks()).last().isEqualTo(a.right().max());
        assertThat(s.yAxisLabel()).isEqualTo("Value (million US$)");
        assertThat(a.rightLabel()).isEqualTo(FDI);
        assertThat(s.sourceNote()).contains(FDI + " is measured on the right axis");
        // The values themselves are not rescaled: the drawing maps them.
        assertThat(s.series().get(2).y()[0]).isEqualTo(annual.get(FDI).values()[0]);
    }

    @Test
    void theDataTableMarksTheRightAxisColumns() {
        FigureSpec s = chart(List.of(IMPORTS, FDI), List.of(FDI));
        var t = FigureData.table(s).orElseThrow();
        assertThat(t.columns()).containsExactly("Period", IMPORTS, FDI + " (right)");
        assertThat(t.notes().toString()).contains("measured on the right axis: " + FDI);
    }

    @Test
    void withoutRightAxisVariablesTheChartFixesNoAxis() {
        FigureSpec s = chart(List.of(IMPORTS, FDI), List.of("not drawn"));
        assertThat(s.axes()).isEqualTo(ChartAxes.AUTOMATIC);
        assertThat(s.yAxisLabel()).isEqualTo("Value");
    }

    @Test
    void anIndexOnTwoAxesLabelsBothAsTheIndex() {
        FigureSpec s = GeneralFigure.build(annual, FigureChoices.none().withVariables(List.of(IMPORTS, FDI))
                .withRightAxis(List.of(FDI)).withBaseYear(2004));
        assertThat(s.yAxisLabel()).isEqualTo("Index (2004 = 100)");
        assertThat(s.axes().rightLabel()).isEqualTo("Index (2004 = 100)");
        covers(s.axes().right(), s.series().get(1).y());
    }

    @Test
    void everyVariableOnTheRightOrBarsOnTwoAxesSayWhyNothingIsDrawn() {
        FigureSpec all = chart(List.of(FDI), List.of(FDI));
        assertThat(all.isEmpty()).isTrue();
        assertThat(all.emptyState().message()).contains(FDI).contains("Leave at least one variable on the left");
        FigureSpec bars = GeneralFigure.build(annual, FigureChoices.none().withVariables(List.of(IMPORTS, FDI))
                .withRightAxis(List.of(FDI)).withKind(FigureKind.BAR));
        assertThat(bars.isEmpty()).isTrue();
        assertThat(bars.emptyState().message()).contains(FDI).contains("lines");
    }

    @Test
    void aSideWithoutValuesIsNamed() {
        FigureSpec s = GeneralFigure.build(annual, FigureChoices.none()
                .withVariables(List.of(IMPORTS, "us_china_atp_balance_busd")).withRightAxis(List.of(
                        "us_china_atp_balance_busd")).withRange(1995, 1999));
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.emptyState().message()).contains("right axis").contains("us_china_atp_balance_busd")
                .contains("no values in 1995–1999");
    }
}
