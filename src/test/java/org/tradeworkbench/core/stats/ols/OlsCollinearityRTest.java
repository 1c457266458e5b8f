package org.tradeworkbench.core.stats.ols;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** VIF and the condition number against R (src/test/reference/ols_collinearity_r_fixtures.R). */
class OlsCollinearityRTest {
    static List<JsonNode> cases() throws IOException {
        return Fixtures.cases(Fixtures.load("ols_collinearity_r.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesR(JsonNode c) {
        OlsOptions opt = OlsOptions.DEFAULT.withConstant(c.get("constant").asBoolean());
        OlsResult r = Ols.fit(Fixtures.dataset(c.get("columns")), c.get("y").asText(), Fixtures.strings(c.get("x")),
                opt);
        Collinearity k = r.collinearity();
        String n = c.get("name").asText() + " ";
        assertThat(k.names()).containsExactlyElementsOf(Fixtures.strings(c.get("x")));
        double[] vif = Fixtures.doubles(c.get("vif"));
        for (int i = 0; i < vif.length; i++) {
            assertThat(Fixtures.relDiff(k.vif().get(i), vif[i], 1e-300)).as(n + "VIF " + k.names().get(i) + ": got "
                    + k.vif().get(i) + ", R " + vif[i]).isLessThanOrEqualTo(1e-6);
        }
        double cn = c.get("condition_number").asDouble();
        assertThat(Fixtures.relDiff(k.conditionNumber(), cn, 1e-300))
                .as(n + "condition number: got " + k.conditionNumber() + ", R " + cn).isLessThanOrEqualTo(1e-6);
        assertThat(r.tables().get(3).rows()).hasSize(vif.length);
    }
}
