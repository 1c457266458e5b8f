package org.tradeworkbench.core.analysis.var;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeworkbench.core.analysis.var.VarFixtures.close;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.stats.ols.Distributions;

/**
 * VAR(p) estimates, orthogonalised impulse responses and Granger F tests against gretl 2022c's {@code var}
 * (fixture: var_gretl.py) on urca's Danish data, VAR(1) and VAR(2) with a constant. gretl's residual covariance
 * and Cholesky shocks divide by T where ours divide by T - m (as statsmodels), so its responses are ours times
 * sqrt((T - m) / T); its Granger test is the single-equation F against F(p, T - m), where the system test's p-value
 * uses F(p, K (T - m)) as statsmodels' {@code test_causality}: the statistics agree, the p-values are compared
 * with gretl's denominator.
 */
class VarGretlTest {
    private static final double REL = 1e-6;
    private static final String FIXTURE = "var_gretl.json";

    private static JsonNode fixture() {
        return VarFixtures.vecmFixture(FIXTURE);
    }

    static Stream<Integer> fits() {
        return VarFixtures.vecmFits(FIXTURE);
    }

    @ParameterizedTest
    @MethodSource("fits")
    void estimatesResponsesAndGrangerTestsAgreeWithGretl(int index) throws IOException {
        JsonNode v = fixture();
        JsonNode f = v.get("fits").get(index);
        List<String> names = VarFixtures.strings(v.get("variables"));
        int k = names.size();
        int p = f.get("lags").asInt();
        VarModel m = new VarModel(names, p, VarTrend.CONSTANT, List.of());
        VarFit fit = VarAnalysis.fit(VarData.of(VarFixtures.vecmData(v), m), m);
        String what = "VAR(" + p + ")";
        double[][] b = VarFixtures.matrix(f.get("coeff"));
        for (int e = 0; e < k; e++) {
            close(b[0][e], fit.param(0, e), REL, what + " const eq " + e);
            for (int j = 0; j < k; j++) {
                for (int l = 1; l <= p; l++) {
                    // gretl: variable by variable, lags 1..p; ours: lag by lag, every variable.
                    close(b[1 + j * p + (l - 1)][e], fit.param(1 + (l - 1) * k + j, e), REL,
                            what + " eq " + e + " " + names.get(j) + "_" + l);
                }
            }
        }
        double ml = (double) fit.dfResid() / fit.nobs();
        double[][] s = VarFixtures.matrix(f.get("sigma"));
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                close(s[i][j], fit.sigmaU()[i][j] * ml, REL, what + " sigma");
            }
        }
        int horizon = v.get("horizon").asInt();
        double[][][] orth = ImpulseResponses.responses(fit, IrfKind.ORTHOGONALISED, horizon - 1);
        for (int t = 0; t < k; t++) {
            for (int sh = 0; sh < k; sh++) {
                JsonNode g = f.get("irf").get(t).get(sh);
                for (int h = 0; h < horizon; h++) {
                    double ours = orth[h][t][sh] * Math.sqrt(ml);
                    if (Math.abs(g.get(h).asDouble()) < 1e-14) {
                        assertThat(Math.abs(ours)).as(what + " irf above the diagonal at h=0").isLessThan(1e-14);
                    } else {
                        close(g.get(h).asDouble(), ours, REL, what + " irf " + t + "<-" + sh + " h=" + h);
                    }
                }
            }
        }
        for (JsonNode g : f.get("granger")) {
            Causality.Result r = Causality.test(fit, List.of(g.get("causing").asText()),
                    List.of(g.get("caused").asText()), p);
            String t = what + " " + g.get("causing").asText() + " -> " + g.get("caused").asText();
            close(g.get("f").asDouble(), r.f(), REL, t + " F");
            close(g.get("p_value").asDouble(), Distributions.fUpper(r.f(), r.df(), fit.dfResid()), REL, t + " p");
        }
    }
}
