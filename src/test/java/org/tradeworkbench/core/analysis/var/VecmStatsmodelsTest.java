package org.tradeworkbench.core.analysis.var;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeworkbench.core.analysis.var.VarFixtures.close;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.analysis.cointegration.JohansenCase;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * The VECM at a chosen rank agrees with statsmodels 0.13.5 {@code VECM(...).fit()} on urca's Danish
 * money-demand data (fixture: var_fixtures.py): alpha, beta, Gamma and the VAR in levels ({@code var_rep}).
 */
class VecmStatsmodelsTest {
    private static final double REL = 1e-6;
    private static JsonNode vecm;

    private static synchronized JsonNode vecm() throws IOException {
        if (vecm == null) {
            try (InputStream in = VecmStatsmodelsTest.class.getResourceAsStream("/fixtures/var_statsmodels.json")) {
                vecm = new ObjectMapper().readTree(in).get("vecm");
            }
        }
        return vecm;
    }

    static Stream<Integer> fits() throws IOException {
        return IntStream.range(0, vecm().get("fits").size()).boxed();
    }

    private static Dataset data(JsonNode v) {
        double[][] y = VarFixtures.matrix(v.get("data"));
        List<Series> series = new ArrayList<>();
        List<String> names = VarFixtures.strings(v.get("variables"));
        for (int i = 0; i < names.size(); i++) {
            double[] col = new double[y.length];
            for (int t = 0; t < y.length; t++) {
                col[t] = y[t][i];
            }
            series.add(Series.of(names.get(i), col));
        }
        return new Dataset("denmark", TimeIndex.undated(y.length), series);
    }

    @ParameterizedTest
    @MethodSource("fits")
    void alphaBetaGammaAndTheVarInLevels(int index) throws IOException {
        JsonNode v = vecm();
        JsonNode f = v.get("fits").get(index);
        List<String> names = VarFixtures.strings(v.get("variables"));
        int n = names.size();
        int p = f.get("lags").asInt();
        int r = f.get("rank").asInt();
        JohansenCase c = f.get("case").asInt() == 2 ? JohansenCase.RESTRICTED_CONSTANT
                : JohansenCase.UNRESTRICTED_CONSTANT;
        VecmReport rep = new VecmAnalysis().run(new VecmSpec(names, p, c, r), data(v), ProgressReporter.NONE);
        String what = f.get("deterministic").asText() + " p=" + p + " r=" + r;
        assertThat(rep.rank()).isEqualTo(r);
        double[][] alpha = VarFixtures.matrix(f.get("alpha"));
        double[][] beta = VarFixtures.matrix(f.get("beta"));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < r; j++) {
                close(alpha[i][j], rep.estimates().alpha()[i][j], REL, what + " alpha");
                close(beta[i][j], rep.estimates().beta()[i][j], REL, what + " beta");
            }
        }
        double[][] gamma = VarFixtures.matrix(f.get("gamma"));
        for (int l = 0; l < p - 1; l++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    close(gamma[i][l * n + j], rep.estimates().gamma().get(l)[i][j], REL, what + " gamma");
                }
            }
        }
        JsonNode a = f.get("var_rep");
        for (int l = 0; l < p; l++) {
            double[][] exp = VarFixtures.matrix(a.get(l));
            double[][] got = rep.levelsCoefficients(l + 1);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    close(exp[i][j], got[i][j], REL, what + " A" + (l + 1));
                }
            }
        }
        assertThat(rep.tables()).isNotEmpty();
    }
}
