package org.tradeworkbench.core.analysis.var;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeworkbench.core.analysis.var.VarFixtures.close;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.analysis.cointegration.WeakExogeneityResult;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * The weak-exogeneity LR tests of the VECM agree with R urca 1.3 {@code alrtest} (fixture:
 * vecm_weak_exogeneity_urca.R) on urca's Danish data, case 3 and case 2, p = 2, 3 and ranks 1 and 2: the
 * Johansen eigenvalues, the statistic, its degrees of freedom and p-value for each variable.
 */
class VecmWeakExogeneityUrcaTest {
    private static final double REL = 1e-6;
    private static final String FIXTURE = "vecm_weak_exogeneity_urca.json";

    private static JsonNode fixture() {
        return VarFixtures.vecmFixture(FIXTURE);
    }

    static Stream<Integer> fits() {
        return VarFixtures.vecmFits(FIXTURE);
    }

    @ParameterizedTest
    @MethodSource("fits")
    void likelihoodRatioTestsAgreeWithAlrtest(int index) throws IOException {
        JsonNode v = fixture();
        JsonNode f = v.get("fits").get(index);
        List<String> names = VarFixtures.strings(v.get("variables"));
        int r = f.get("rank").asInt();
        VecmReport rep = new VecmAnalysis().run(VarFixtures.vecmSpec(f, names),
                VarFixtures.vecmData(v), ProgressReporter.NONE);
        String what = f.get("ecdet").asText() + " p=" + f.get("lags").asInt() + " r=" + r;
        for (int j = 0; j < names.size(); j++) {
            close(f.get("eigenvalues").get(j).asDouble(), rep.johansen().eigenvalues()[j], REL, what + " lambda");
        }
        List<WeakExogeneityResult> tests = rep.estimates().weakExogeneity();
        assertThat(tests).hasSize(names.size());
        for (int i = 0; i < names.size(); i++) {
            JsonNode e = f.get("tests").get(i);
            WeakExogeneityResult t = tests.get(i);
            assertThat(t.variable()).isEqualTo(e.get("variable").asText());
            assertThat(t.df()).isEqualTo(e.get("df").asInt());
            close(e.get("statistic").asDouble(), t.statistic(), REL, what + " " + t.variable() + " LR");
            close(e.get("p_value").asDouble(), t.pValue(), REL, what + " " + t.variable() + " p");
        }
        assertThat(rep.toJson()).containsKey("weak_exogeneity");
        assertThat(rep.tables()).anyMatch(tb -> tb.title().startsWith("Weak exogeneity"));
    }
}
