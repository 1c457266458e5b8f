package org.tradeworkbench.core.analysis.var;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.stats.granger.Granger;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * The methods check says which causality test the data allow and runs it beside the levels Granger F test: on
 * integrated data (urca's Danish money demand) Toda-Yamamoto, on stationary data (growth rates of statsmodels'
 * macrodata) the Granger test of the VAR(p).
 */
class MethodsCheckTest {
    private static final ProgressReporter NONE = ProgressReporter.NONE;

    @Test
    void integratedDataGetTodaYamamotoBesideTheLevelsTest() {
        JsonNode c = VarFixtures.named("denmark_levels");
        Dataset d = VarFixtures.dataset(c);
        MethodsCheckReport r = new MethodsCheckAnalysis().run(new MethodsCheckSpec(List.of("LRM", "LRY"), 2,
                VarTrend.CONSTANT, true, null), d, NONE);
        assertThat(r.maxOrder()).isEqualTo(1);
        assertThat(r.directions()).hasSize(2);
        MethodsCheckReport.Direction first = r.directions().get(0);
        assertThat(first.nullHypothesis()).isEqualTo("LRY does not Granger-cause LRM");
        assertThat(first.validTest()).contains("Toda-Yamamoto").contains("d_max = 1");
        TodaYamamotoReport ty = new TodaYamamotoAnalysis().run(new TodaYamamotoSpec(new VarModel(List.of("LRM", "LRY"),
                2, VarTrend.CONSTANT, List.of()), 1, List.of("LRY"), List.of("LRM")), d, NONE);
        assertThat(first.valid().wald()).isEqualTo(ty.tests().get(0).wald());
        assertThat(first.levels().fStatistic()).isEqualTo(Granger.test(d, "LRY", "LRM", 2).forward().fStatistic());
        assertThat(String.join(" ", r.findings())).contains("LRM I(1)", "not valid", "Toda-Yamamoto", "VECM");
        assertThat(r.tables()).hasSize(3);
        assertThat(r.testsTable().rows()).hasSize(2);
    }

    @Test
    void stationaryDataKeepTheGrangerTest() {
        JsonNode c = VarFixtures.named("macrodata_c");
        Dataset d = VarFixtures.dataset(c);
        MethodsCheckReport r = new MethodsCheckAnalysis().run(new MethodsCheckSpec(List.of("realgdp", "realcons",
                "realinv"), 2, VarTrend.CONSTANT, false, null), d, NONE);
        assertThat(r.maxOrder()).isZero();
        assertThat(r.directions()).hasSize(6);
        assertThat(r.directions().get(0).validTest()).startsWith("Granger");
        // d_max = 0: the valid test is the Wald test of the VAR(2) itself, as statsmodels' test_causality.
        MethodsCheckReport.Direction inv = r.directions().stream()
                .filter(x -> x.causing().equals("realinv") && x.caused().equals("realgdp")).findFirst().orElseThrow();
        VarFixtures.close(c.get("causality").get("wald").asDouble(), inv.valid().wald(), 1e-6, "Wald");
        assertThat(r.findings().get(0)).contains("stationary in levels", "is valid");
    }

    @Test
    void fewObservationsAreFlagged() {
        JsonNode c = VarFixtures.named("china_us_levels");
        MethodsCheckReport r = new MethodsCheckAnalysis().run(new MethodsCheckSpec(List.of("lnexp", "lnimp"), 8,
                VarTrend.CONSTANT, true, "lnimp"), VarFixtures.dataset(c), NONE);
        assertThat(r.maxOrder()).isNull();
        assertThat(r.directions()).allMatch(x -> x.valid() == null && x.validProblem().contains("not known"));
        assertThat(String.join(" ", r.findings())).contains("could not be determined", "residual degrees of freedom");
    }
}
