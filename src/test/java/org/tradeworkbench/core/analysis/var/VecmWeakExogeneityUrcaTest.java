package org.tradeworkbench.core.analysis.var;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeworkbench.core.analysis.var.VarFixtures.close;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.analysis.cointegration.JohansenCase;
import org.tradeworkbench.core.analysis.cointegration.WeakExogeneityResult;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * The weak-exogeneity LR tests of the VECM agree with R urca 1.3 {@code alrtest} (fixture:
 * vecm_weak_exogeneity_urca.R) on urca's Danish data, case 3 and case 2, p = 2, 3 and ranks 1 and 2: the
 * Johansen eigenvalues, the statistic, its degrees of freedom and p-value for each variable.
 */
class VecmWeakExogeneityUrcaTest {
    private static final double REL = 1e-6;
    private static JsonNode fixture;

    private static synchronized JsonNode fixture() throws IOException {
        if (fixture == null) {
            try (InputStream in = VecmWeakExogeneityUrcaTest.class
                    .getResourceAsStream("/fixtures/vecm_weak_exogeneity_urca.json")) {
                fixture = new ObjectMapper().readTree(in);
            }
        }
        return fixture;
    }

    static Stream<Integer> fits() throws IOException {
        return IntStream.range(0, fixture().get("fits").size()).boxed();
    }

    @ParameterizedTest
    @MethodSource("fits")
    void likelihoodRatioTestsAgreeWithAlrtest(int index) throws IOException {
        JsonNode v = fixture();
        JsonNode f = v.get("fits").get(index);
        List<String> names = VarFixtures.strings(v.get("variables"));
        JohansenCase c = f.get("case").asInt() == 2 ? JohansenCase.RESTRICTED_CONSTANT
                : JohansenCase.UNRESTRICTED_CONSTANT;
        int r = f.get("rank").asInt();
        VecmReport rep = new VecmAnalysis().run(new VecmSpec(names, f.get("lags").asInt(), c, r),
                VecmResponsesStatsmodelsTest.data(v), ProgressReporter.NONE);
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
