package org.tradeworkbench.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.report.ResultTable.Cell;

/** A p-value cell holds the number: CSV writes it in full, text writers show the display form. */
class PValueCellTest {
    private static ResultTable table(Cell p) {
        return ResultTable.builder("t", "test", "p value").row(Cell.text("a"), p).build();
    }

    @Test
    void csvKeepsTheFullNumberWhileTheTextShowsABound() {
        ResultTable t = table(Cell.pValue(1.2345678901234e-7));
        assertThat(CsvTableWriter.write(t)).isEqualTo("test,p value\r\na,1.2345678901234E-7\r\n");
        assertThat(TextTableWriter.write(t)).contains("<0.0001");
        assertThat(t.isNumericColumn(1)).isTrue();
        assertThat(t.rows().get(0).get(1).isNumber()).isTrue();
    }

    @Test
    void displayFollowsTheChosenDecimals() {
        Cell p = Cell.pValue(0.0123456);
        assertThat(p.display()).isEqualTo("0.0123");
        assertThat(p.display(2)).isEqualTo("0.01");
        assertThat(Cell.pValue(0.004).display(2)).isEqualTo("<0.01");
        assertThat(Cell.pValue(Double.NaN).display()).isEqualTo("NA");
        assertThat(CsvTableWriter.write(table(Cell.pValue(0.0123456)))).endsWith("a,0.0123456\r\n");
    }

    @Test
    void aPValueBeyondItsTableShowsTheInequalityAndKeepsTheBound() {
        Cell above = Cell.pValueBeyond(0.1, true);
        assertThat(above.display()).isEqualTo("> 0.1000");
        assertThat(Cell.pValueBeyond(0.01, false).display()).isEqualTo("< 0.0100");
        assertThat(CsvTableWriter.write(table(above))).endsWith("a,0.1\r\n");
    }
}
