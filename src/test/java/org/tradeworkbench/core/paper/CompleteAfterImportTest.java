package org.tradeworkbench.core.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.expr.Expressions;

/** Which of the paper's generated series an import makes possible ({@link PaperData#completeAfterImport}). */
class CompleteAfterImportTest {
    private static final String EXPORTS = PaperVariables.ATP_EXPORTS_CHINA;
    private static final String IMPORTS = PaperVariables.ATP_IMPORTS_CHINA;
    private static final String WORLD = PaperVariables.ATP_EXPORTS_WORLD;

    private static Dataset data(TimeIndex index, String... names) {
        List<Series> s = new java.util.ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            double[] v = new double[index.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = (k + 1) * 1000.0 + i;
            }
            s.add(Series.of(names[k], v));
        }
        return new Dataset("d", index, s);
    }

    private static final TimeIndex YEARS = TimeIndex.between(Period.annual(2004), Period.annual(2018));

    private static List<String> names(List<Series> s) {
        return s.stream().map(Series::name).toList();
    }

    @Test
    void theCensusFlowsGiveTheBalanceLnyAndRatio() {
        PaperData.ImportCompletion c = PaperData.completeAfterImport(data(YEARS, WORLD, EXPORTS, IMPORTS),
                Set.of(EXPORTS, IMPORTS));
        assertThat(names(c.defined())).containsExactlyInAnyOrder(PaperVariables.ATP_BALANCE_CHINA, "lny", "RATIO");
        assertThat(c.data().get("lny").expression()).isEqualTo(PaperVariables.LNY.expression());
        assertThat(c.data().get("lny").description()).startsWith(PaperVariables.LNY.description());
    }

    @Test
    void anImportThatBringsNoneOfTheirInputsAddsNothing() {
        // E.g. the user deleted lny and RATIO and then imports an unrelated file: they do not come back.
        PaperData.ImportCompletion c = PaperData.completeAfterImport(data(YEARS, WORLD, EXPORTS, IMPORTS, "tariff"),
                Set.of("tariff"));
        assertThat(c.defined()).isEmpty();
        assertThat(c.data().has("lny")).isFalse();
    }

    @Test
    void monthlyDataGetTheBalanceButNotThePapersAnnualVariables() {
        TimeIndex months = TimeIndex.between(Period.monthly(2015, 1), Period.monthly(2016, 12));
        PaperData.ImportCompletion c = PaperData.completeAfterImport(data(months, WORLD, EXPORTS, IMPORTS),
                Set.of(EXPORTS, IMPORTS));
        assertThat(names(c.defined())).containsExactly(PaperVariables.ATP_BALANCE_CHINA);
    }

    @Test
    void existingGeneratedSeriesKeepTheirExpressionAndFollowTheNewData() {
        Dataset d = Expressions.define(data(YEARS, WORLD, EXPORTS), "RATIO", EXPORTS + " / " + WORLD + " * 100");
        Dataset merged = d.merge(new Dataset("more", YEARS, List.of(Series.of(EXPORTS, new double[15]))));
        PaperData.ImportCompletion c = PaperData.completeAfterImport(merged, Set.of(EXPORTS));
        assertThat(c.defined()).isEmpty();
        assertThat(c.data().get("RATIO").expression()).isEqualTo(EXPORTS + " / " + WORLD + " * 100");
        assertThat(c.data().get("RATIO").values()).containsOnly(0.0);
    }
}
