package org.tradeworkbench.core.analysis.cointegration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeworkbench.core.analysis.cointegration.CointegrationFixtures.close;
import static org.tradeworkbench.core.analysis.cointegration.CointegrationFixtures.doubles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Johansen p-values (Doornik's gamma approximation) against gretl's {@code johansen} on real data, five cases,
 * several VAR orders (src/test/reference/johansen_pvalues_gretl.py): the trace p-values corrected for sample size
 * and the max-eigen p-values at full precision, the asymptotic trace p-values as gretl prints them (4 decimals).
 */
class JohansenPValuesGretlTest {

    static List<JsonNode> cases() throws IOException {
        JsonNode root = new ObjectMapper().readTree(Path.of("src/test/resources/fixtures/johansen_pvalues_gretl.json")
                .toFile());
        List<JsonNode> out = new ArrayList<>();
        root.get("cases").forEach(out::add);
        assertThat(out).hasSize(50);
        return out;
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void agreesWithGretl(JsonNode c) {
        String what = c.get("dataset").asText() + " case " + c.get("case").asInt() + " order "
                + c.get("var_order").asInt();
        JohansenReport r = new Johansen().run(new JohansenSpec(CointegrationFixtures.strings(c.get("variables")),
                c.get("var_order").asInt() - 1, JohansenCase.parse(c.get("case").asText())),
                CointegrationFixtures.dataset(c.get("dataset").asText()), ProgressReporter.NONE);
        close(doubles(c.get("trace")), r.trace(), 1e-8, 1e-8, what + " trace");
        assertThat(r.pValueDf()).as(what + " df").isEqualTo(c.get("df").asInt());
        close(doubles(c.get("trace_p_corrected")), r.tracePValuesCorrected(), 1e-6, 1e-9, what + " trace p (T)");
        close(doubles(c.get("max_eigen_p")), r.maxEigenPValues(), 1e-6, 1e-9, what + " max-eigen p");
        double[] printed = doubles(c.get("trace_p_printed"));
        double[] ours = r.tracePValues();
        for (int i = 0; i < printed.length; i++) {
            assertThat(ours[i]).as(what + " trace p, rank " + i).isCloseTo(printed[i], Offset.offset(0.5e-4 + 1e-9));
        }
    }
}
