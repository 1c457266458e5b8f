package org.tradeworkbench.core.stats.granger;

import java.util.HashMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.report.TextTableWriter;

class GrangerTest {

    /** x drives y with one lag; z is noise. */
    private static Dataset data(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextGaussian();
            z[i] = r.nextGaussian();
            y[i] = (i > 0 ? 0.8 * x[i - 1] + 0.3 * y[i - 1] : 0) + 0.3 * r.nextGaussian();
        }
        return new Dataset("g", new TimeIndex(Period.annual(1950), n),
                List.of(Series.of("x", x), Series.of("y", y), Series.of("z", z)));
    }

    @Test
    void detectsTheDirectionOfCausality() {
        GrangerResult r = Granger.test(data(80, 1), "x", "y", 2);
        assertThat(r.forward().nullHypothesis()).isEqualTo("x does not Granger-cause y");
        assertThat(r.forward().rejects(0.05)).isTrue();
        assertThat(r.reverse().nullHypothesis()).isEqualTo("y does not Granger-cause x");
        assertThat(r.reverse().pValue()).isGreaterThan(0.01);
        assertThat(r.toJson()).containsKeys("f_statistic", "p_value", "df_num", "df_denom", "nobs",
                "chi2_statistic", "chi2_p_value", "reverse");
        assertThat(r.forward().nobs()).isEqualTo(78);
        assertThat(r.forward().sampleStart()).isEqualTo("1952");
    }

    @Test
    void trimsLeadingAndTrailingGapsAndRejectsInnerGaps() {
        Dataset d = data(40, 2).withValue("x", 0, Double.NaN).withValue("y", 39, Double.NaN);
        GrangerResult trimmed = Granger.test(d, "x", "y", 1);
        assertThat(trimmed.forward().nobs()).isEqualTo(37);
        assertThat(trimmed.forward().sampleStart()).isEqualTo("1952");
        assertThat(trimmed.forward().sampleEnd()).isEqualTo("1988");
        Dataset gap = d.withValue("y", 20, Double.NaN);
        assertThatThrownBy(() -> Granger.test(gap, "x", "y", 1)).isInstanceOf(DataException.class)
                .hasMessageContaining("1970");
    }

    @Test
    void rejectsTooShortSamplesAndBadLags() {
        Dataset d = data(7, 3);
        assertThatThrownBy(() -> Granger.test(d, "x", "y", 2)).isInstanceOf(DataException.class)
                .hasMessageContaining("too few observations").hasMessageContaining("at least 8");
        assertThatThrownBy(() -> Granger.test(d, "x", "y", 0)).isInstanceOf(DataException.class)
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Granger.test(d, "x", "x", 1)).isInstanceOf(DataException.class)
                .hasMessageContaining("same series");
    }

    @Test
    void pairwiseTestsListBothDirectionsAtEveryOrder() {
        List<PairwiseGranger.Order> all = PairwiseGranger.test(data(60, 4), "x", "y", 2, true, new HashMap<>());
        assertThat(all).hasSize(2);
        assertThat(all.get(0).lags()).isEqualTo(1);
        assertThat(all.get(0).result().forward().nullHypothesis()).isEqualTo("x does not Granger-cause y");
        assertThat(all.get(0).result().reverse().nullHypothesis()).isEqualTo("y does not Granger-cause x");
        List<PairwiseGranger.Order> single = PairwiseGranger.test(data(60, 4), "x", "y", 2, false, new HashMap<>());
        assertThat(single).hasSize(1);
        // All orders come from one nested QR, a single order from its own: equal to rounding.
        double f = all.get(1).result().forward().fStatistic();
        assertThat(single.get(0).result().forward().fStatistic()).isCloseTo(f,
                org.assertj.core.api.Assertions.within(1e-10 * f));
        assertThat(PairwiseGranger.test(data(60, 4), "x", "nope", 1, false, new HashMap<>()).get(0).problem())
                .contains("nope");
    }

    @Test
    void lagOrderTableMarksTheChoices() {
        VarLagOrder.Result r = VarLagOrder.select(data(100, 5), "y", "x", 4);
        assertThat(r.rows()).hasSize(5);
        assertThat(r.selected("bic")).isEqualTo(1);
        assertThat(TextTableWriter.write(r)).contains("*");
        assertThatThrownBy(() -> VarLagOrder.select(data(12, 5), "y", "x", 4)).isInstanceOf(DataException.class)
                .hasMessageContaining("too large");
    }
}
