package org.tradeworkbench.ui.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    @Test
    void columnsThatFitKeepTheirNaturalWidths() {
        double[] natural = {300, 40, 60, 90};
        assertThat(ColumnWidths.fit(natural, new double[] {80, 40, 60, 90}, 490)).containsExactly(natural);
        assertThat(ColumnWidths.fit(natural, new double[] {80, 40, 60, 90}, 1000)).containsExactly(natural);
    }

    /** A Granger table with a long Verdict: the verdict column gives way, the numbers keep their width. */
    @Test
    void theWidestTextColumnNarrowsFirstAndTheNumbersKeepTheirWidth() {
        // Null hypothesis, Lags, F, p value, Verdict
        double[] natural = {360, 50, 70, 80, 520};
        double[] minimum = {120, 50, 70, 80, 110};
        double[] w = ColumnWidths.fit(natural, minimum, 980);
        assertThat(ColumnWidths.sum(w)).isLessThanOrEqualTo(980).isCloseTo(980, within(1e-6));
        assertThat(w[0]).isEqualTo(360);
        assertThat(w[1]).isEqualTo(50);
        assertThat(w[2]).isEqualTo(70);
        assertThat(w[3]).isEqualTo(80);
        assertThat(w[4]).isCloseTo(420, within(1e-6));
    }

    @Test
    void whenTwoColumnsAreWideBothComeDownToACommonWidth() {
        double[] natural = {400, 60, 500};
        double[] minimum = {100, 60, 100};
        double[] w = ColumnWidths.fit(natural, minimum, 660);
        assertThat(w[0]).isCloseTo(300, within(1e-6));
        assertThat(w[1]).isEqualTo(60);
        assertThat(w[2]).isCloseTo(300, within(1e-6));
    }

    @Test
    void aColumnStopsAtItsMinimumAndTheOthersGiveTheRest() {
        double[] natural = {400, 500};
        double[] minimum = {350, 100};
        double[] w = ColumnWidths.fit(natural, minimum, 600);
        assertThat(w[0]).isEqualTo(350);
        assertThat(w[1]).isCloseTo(250, within(1e-6));
    }

    @Test
    void whenEvenTheMinimumsDoNotFitTheyAreTheWidths() {
        double[] natural = {400, 90, 500};
        double[] minimum = {150, 90, 200};
        assertThat(ColumnWidths.fit(natural, minimum, 300)).containsExactly(150, 90, 200);
        assertThat(ColumnWidths.fits(natural, minimum, 300)).isFalse();
        assertThat(ColumnWidths.fits(natural, minimum, 440)).isTrue();
    }

    @Test
    void aMinimumAboveTheNaturalWidthCountsAsTheNaturalWidth() {
        assertThat(ColumnWidths.fit(new double[] {100, 300}, new double[] {150, 50}, 250))
                .containsExactly(100, 150);
    }

    @Test
    void badWidthsAreRefusedNamingTheColumn() {
        assertThatThrownBy(() -> ColumnWidths.fit(new double[] {10, Double.NaN}, new double[] {5, 5}, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("natural width of column 2");
        assertThatThrownBy(() -> ColumnWidths.fit(new double[] {10}, new double[] {-1}, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimum width of column 1");
        assertThatThrownBy(() -> ColumnWidths.fit(new double[] {10}, new double[] {5, 5}, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 natural widths but 2");
        assertThatThrownBy(() -> ColumnWidths.fit(new double[] {10}, new double[] {5}, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("available width");
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> 20261207L + 7919L * i);
    }

    /**
     * Random tables: a mix of numeric columns (minimum = natural, the numbers' width) and text columns (minimum a
     * word), and a random panel width, sometimes too narrow even for the minimums.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void randomTablesFitWhenTheyCanAndNumbersNeverNarrow(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(9);
        double[] natural = new double[n];
        double[] minimum = new double[n];
        boolean[] numeric = new boolean[n];
        for (int c = 0; c < n; c++) {
            numeric[c] = random.nextBoolean();
            natural[c] = 20 + random.nextDouble() * (numeric[c] ? 120 : 700);
            minimum[c] = numeric[c] ? natural[c] : Math.min(natural[c], 20 + random.nextDouble() * 150);
        }
        double minSum = ColumnWidths.sum(minimum);
        double natSum = ColumnWidths.sum(natural);
        double available = random.nextDouble() * natSum * 1.3;
        double[] w = ColumnWidths.fit(natural, minimum, available);

        assertThat(w).hasSize(n);
        for (int c = 0; c < n; c++) {
            assertThat(w[c]).as("column %d at least its minimum", c).isGreaterThanOrEqualTo(minimum[c]);
            assertThat(w[c]).as("column %d at most its natural width", c).isLessThanOrEqualTo(natural[c]);
            if (numeric[c]) {
                assertThat(w[c]).as("numeric column %d keeps its width", c).isEqualTo(natural[c]);
            }
        }
        if (natSum <= available) {
            assertThat(w).containsExactly(natural);
        } else if (minSum <= available) {
            assertThat(ColumnWidths.sum(w)).isLessThanOrEqualTo(available);
            // The room is used: no more than a hair is left over.
            assertThat(available - ColumnWidths.sum(w)).isLessThan(1e-6 * n + 1e-6);
            // The widest give way first: a column below its natural width is no narrower than any column that
            // was narrowed less, unless its minimum holds it up.
            double cap = 0;
            for (int c = 0; c < n; c++) {
                if (w[c] < natural[c] && w[c] > minimum[c]) {
                    cap = Math.max(cap, w[c]);
                }
            }
            for (int c = 0; c < n; c++) {
                if (w[c] < natural[c] && w[c] > minimum[c]) {
                    assertThat(w[c]).as("narrowed columns share one cap").isCloseTo(cap, within(1e-6));
                }
                if (w[c] == natural[c] && natural[c] > minimum[c] && cap > 0) {
                    assertThat(natural[c]).as("a column left whole is no wider than the cap")
                            .isLessThanOrEqualTo(cap + 1e-6);
                }
            }
        } else {
            assertThat(w).containsExactly(minimum);
        }
    }
}
