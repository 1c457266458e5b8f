package org.tradeworkbench.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.expr.Expressions;

class SamplesTest {
    private static final double NA = Double.NaN;
    private final TimeIndex index = new TimeIndex(Period.annual(2000), 6);

    @Test
    void trimsLeadingAndTrailingMissing() {
        Samples.Range r = Samples.contiguous(index, "x", new double[] {NA, 1, 2, 3, NA, NA});
        assertThat(r.first()).isEqualTo(1);
        assertThat(r.last()).isEqualTo(3);
        assertThat(r.extract(new double[] {9, 8, 7, 6, 5, 4})).containsExactly(8, 7, 6);
    }

    @Test
    void gapInsideNamesTheFirstMissingPeriod() {
        assertThatThrownBy(() -> Samples.contiguous(index, "x", new double[] {1, 2, NA, 4, NA, 6}))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("\"x\" is missing at 2002");
        assertThatThrownBy(() -> Samples.contiguous(index, "x", new double[] {NA, NA, NA, NA, NA, NA}))
                .hasMessageContaining("no period has values");
    }

    @Test
    void listwiseCountsDroppedRows() {
        Samples.Listwise l = Samples.listwise(4, new double[] {1, NA, 3, 4}, new double[] {1, 2, 3, NA});
        assertThat(l.keep()).containsExactly(true, false, true, false);
        assertThat(l.dropped()).isEqualTo(2);
    }

    @Test
    void sampleIsAppliedBeforeTransformations() {
        Dataset d = new Dataset("t", new TimeIndex(Period.annual(2002), 6),
                List.of(Series.of("p", 1, 2, 4, 8, 16, 32)));
        Dataset s = SampleRange.parse("2004", "2006", d.index()).apply(d);
        assertThat(s.index().start()).isEqualTo(Period.annual(2004));
        double[] dp = Expressions.evaluate(s, "d(p)");
        assertThat(dp).containsExactly(NA, 4, 8);
    }

    @Test
    void annualBoundsOnMonthlyDataCoverWholeYears() {
        TimeIndex m = new TimeIndex(Period.monthly(2000, 1), 36);
        SampleRange r = SampleRange.parse("2001", "2001", m);
        assertThat(r.from()).isEqualTo(Period.monthly(2001, 1));
        assertThat(r.to()).isEqualTo(Period.monthly(2001, 12));
        assertThatThrownBy(() -> SampleRange.parse("2001Q1", null, m)).hasMessageContaining("quarterly");
        Dataset d = new Dataset("m", m, List.of(new Series("x", new double[36], null, "")));
        assertThatThrownBy(() -> SampleRange.parse("1990", "1991", d.index()).apply(d))
                .hasMessageContaining("outside the data");
    }

    @Test
    void periodsParseEveryDocumentedForm() {
        assertThat(Period.parse("2004")).contains(Period.annual(2004));
        assertThat(Period.parse("2004Q1")).contains(Period.quarterly(2004, 1));
        assertThat(Period.parse("2004-Q3")).contains(Period.quarterly(2004, 3));
        assertThat(Period.parse("2004-01")).contains(Period.monthly(2004, 1));
        assertThat(Period.parse("2004M11")).contains(Period.monthly(2004, 11));
        assertThat(Period.parse("12.5")).isEmpty();
        assertThat(Period.parse("2004-13")).isEmpty();
        assertThat(Period.monthly(2004, 2).toString()).isEqualTo("2004-02");
        assertThat(Period.quarterly(2004, 2).toString()).isEqualTo("2004Q2");
    }

    @Test
    void mergeAlignsOnPeriod() {
        Dataset a = new Dataset("a", new TimeIndex(Period.annual(2000), 2), List.of(Series.of("x", 1, 2)));
        Dataset b = new Dataset("b", new TimeIndex(Period.annual(2001), 2), List.of(Series.of("y", 5, 6),
                Series.of("x", NA, 3)));
        Dataset m = a.merge(b);
        assertThat(m.index().size()).isEqualTo(3);
        assertThat(m.get("x").values()).containsExactly(1, 2, 3);
        assertThat(m.get("y").values()).containsExactly(NA, 5, 6);
    }
}
