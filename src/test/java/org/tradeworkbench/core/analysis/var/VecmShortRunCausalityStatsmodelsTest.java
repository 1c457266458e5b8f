package org.tradeworkbench.core.analysis.var;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeworkbench.core.analysis.var.VarFixtures.close;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.analysis.cointegration.JohansenCase;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * The short-run Granger causality tests of the VECM agree with statsmodels 0.13.5
 * {@code VECMResults.test_granger_causality} (fixture: vecm_causality_statsmodels.py) on urca's Danish data,
 * cases 2 and 3, p = 2 and 3: F, both degrees of freedom and the p-value of every ordered pair.
 */
class VecmShortRunCausalityStatsmodelsTest {
    private static final double REL = 1e-6;
    private static final String FIXTURE = "vecm_causality_statsmodels.json";

    private static JsonNode fixture() {
        return VarFixtures.vecmFixture(FIXTURE);
    }

    static Stream<Integer> fits() {
        return VarFixtures.vecmFits(FIXTURE);
    }

    @ParameterizedTest
    @MethodSource("fits")
    void everyPairAgreesWithStatsmodels(int index) throws IOException {
        JsonNode v = fixture();
        JsonNode f = v.get("fits").get(index);
        List<String> names = VarFixtures.strings(v.get("variables"));
        VecmReport rep = new VecmAnalysis().run(VarFixtures.vecmSpec(f, names),
                VarFixtures.vecmData(v), ProgressReporter.NONE);
        assertThat(rep.shortRunProblem()).isNull();
        assertThat(rep.shortRun()).hasSize(f.get("tests").size());
        for (int i = 0; i < rep.shortRun().size(); i++) {
            JsonNode e = f.get("tests").get(i);
            VecmShortRunCausality.Pair t = rep.shortRun().get(i);
            String what = f.get("deterministic").asText() + " p=" + f.get("lags").asInt() + " " + t.causing() + " -> "
                    + t.caused();
            assertThat(t.causing()).isEqualTo(e.get("causing").asText());
            assertThat(t.caused()).isEqualTo(e.get("caused").asText());
            assertThat(t.df()).as(what).isEqualTo(e.get("df").get(0).asInt());
            assertThat(t.dfDenom()).as(what).isEqualTo(e.get("df").get(1).asInt());
            close(e.get("f").asDouble(), t.f(), REL, what + " F");
            close(e.get("p_value").asDouble(), t.pValue(), REL, what + " p");
        }
        assertThat(rep.tables()).anyMatch(tb -> tb.title().equals("Short-run Granger causality in the VECM"));
    }

    /** A VECM whose VAR one lag longer cannot be fitted keeps its estimates and says why the tests are missing. */
    @Test
    void tooShortASampleForTheLongerVarIsSaidNotHidden() throws IOException {
        JsonNode v = fixture();
        List<String> names = VarFixtures.strings(v.get("variables"));
        org.tradeworkbench.core.data.Dataset data = VarFixtures.vecmData(v);
        int p = 1;
        while (true) {
            VecmReport rep;
            try {
                rep = new VecmAnalysis().run(new VecmSpec(names, p, JohansenCase.UNRESTRICTED_CONSTANT, 1), data,
                        ProgressReporter.NONE);
            } catch (RuntimeException e) {
                break;
            }
            if (rep.shortRunProblem() != null) {
                assertThat(rep.shortRun()).isEmpty();
                assertThat(rep.toJson().get("short_run_problem")).isEqualTo(rep.shortRunProblem());
                return;
            }
            p++;
        }
        org.assertj.core.api.Assertions.fail("every VECM that could be estimated also had its VAR(p + 1)");
    }
}
