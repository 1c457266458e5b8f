package org.tradeworkbench.core.stats.granger;

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
    void pairwiseTableListsBothDirectionsOfEveryPair() {
        PairwiseGranger.Result r = PairwiseGranger.test(data(60, 4), List.of("y", "x", "z"), 2, true);
        // 3 pairs x 2 directions x 2 lag orders.
        assertThat(r.rows()).hasSize(12);
        assertThat(r.rows().get(0).nullHypothesis()).isEqualTo("x does not Granger-cause y");
        assertThat(r.rows().get(0).lags()).isEqualTo(1);
        assertThat(r.rows().get(1).nullHypothesis()).isEqualTo("y does not Granger-cause x");
        assertThat(r.rows().get(2).lags()).isEqualTo(2);
        String text = TextTableWriter.write(r);
        assertThat(text).contains("x does not Granger-cause y").contains("Verdict at 5%").contains("reject");
        PairwiseGranger.Result single = PairwiseGranger.test(data(60, 4), List.of("y", "x"), 2, false);
        assertThat(single.rows()).hasSize(2);
        // All orders come from one nested QR, a single order from its own: equal to rounding.
        assertThat(single.rows().get(0).fStatistic()).isCloseTo(r.rows().get(2).fStatistic(),
                org.assertj.core.api.Assertions.within(1e-10 * r.rows().get(2).fStatistic()));
        assertThatThrownBy(() -> PairwiseGranger.test(data(60, 4), List.of("y"), 1, false))
                .isInstanceOf(DataException.class).hasMessageContaining("at least two");
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
