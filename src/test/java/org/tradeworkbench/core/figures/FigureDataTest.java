package org.tradeworkbench.core.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.report.CsvTableWriter;
import org.tradeworkbench.core.report.ResultTable;

/** A chart's data as a table: the numbers drawn, one row per period, missing values empty, nothing for no chart. */
class FigureDataTest {
    private static final Dataset MONTHLY = new Dataset("m", new TimeIndex(Period.monthly(2017, 11), 3),
            List.of(Series.of("exports_china_musd", Double.NaN, 2.5, 1e9 + 0.125),
                    Series.of("imports_china_musd", 5, 6, 7)));

    @Test
    void theTableHoldsTheNumbersDrawn() {
        FigureSpec s = GeneralFigure.build(MONTHLY,
                FigureChoices.none().withVariables(List.of("exports_china_musd", "imports_china_musd")));
        ResultTable t = FigureData.table(s).orElseThrow();
        assertThat(t.columns()).containsExactly("Period", "exports_china_musd", "imports_china_musd");
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(0).get(0).text()).isEqualTo("2017-11");
        assertThat(t.rows().get(0).get(1).isNumber()).isFalse();
        assertThat(t.rows().get(2).get(1).number()).isEqualTo(1e9 + 0.125);
        String csv = CsvTableWriter.write(t);
        assertThat(csv).contains("1000000000.125").contains("2017-12,2.5,6");
    }

    @Test
    void aChartWithNothingToDrawHasNoData() {
        assertThat(FigureData.table(GeneralFigure.build(MONTHLY, FigureChoices.none()))).isEmpty();
    }
}
