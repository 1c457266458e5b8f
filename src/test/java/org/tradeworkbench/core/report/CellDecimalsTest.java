package org.tradeworkbench.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.report.ResultTable.Cell;

/** The user's decimals on screen: numbers with decimals follow them; counts, text and general format do not. */
class CellDecimalsTest {
    @Test
    void fixedDecimalsReplaceTheCellsOwn() {
        Cell stat = Cell.number(-3.456789, 3);
        assertThat(stat.display()).isEqualTo("-3.457");
        assertThat(stat.display(-1)).isEqualTo("-3.457");
        assertThat(stat.display(1)).isEqualTo("-3.5");
        assertThat(stat.display(5)).isEqualTo("-3.45679");
        assertThat(stat.display(0)).isEqualTo("-3");
    }

    @Test
    void generalFormatFollowsExceptInScientificNotation() {
        assertThat(Cell.number(0.881028, -1).display()).isEqualTo("0.881028");
        assertThat(Cell.number(0.881028, -1).display(2)).isEqualTo("0.88");
        assertThat(Cell.number(1234567.0, -1).display(1)).isEqualTo("1234567.0");
        assertThat(Cell.number(2.5e-7, -1).display(2)).isEqualTo(Cell.number(2.5e-7, -1).display());
        assertThat(Cell.number(3.1e12, -1).display(2)).isEqualTo("3.10000e+12");
    }

    @Test
    void countsTextAndMissingStayAsTheyAre() {
        assertThat(Cell.integer(42).display(3)).isEqualTo("42");
        assertThat(Cell.text("<0.0001").display(3)).isEqualTo("<0.0001");
        assertThat(Cell.number(Double.NaN, 4).display(2)).isEqualTo("NA");
        assertThat(Cell.number(Double.NaN, -1).display(2)).isEqualTo("NA");
    }
}
