package org.tradeworkbench.core.analysis.var;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tradeworkbench.core.analysis.var.VarFixtures.close;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.analysis.cointegration.JohansenCase;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Impulse responses and variance decomposition of a VECM against statsmodels 0.13.5 {@code VECMResults.irf}
 * on urca's Danish money-demand data (fixture: vecm_responses_statsmodels.py): unit and orthogonalised
 * responses, the orthogonalised responses under the reversed Cholesky order (statsmodels fitted on the reversed
 * columns), and the shares formed from statsmodels' responses and sigma_u.
 */
class VecmResponsesStatsmodelsTest {
    private static final double REL = 1e-6;
    private static final String FIXTURE = "vecm_responses_statsmodels.json";

    private static JsonNode fixture() {
        return VarFixtures.vecmFixture(FIXTURE);
    }

    static Stream<Integer> fits() {
        return VarFixtures.vecmFits(FIXTURE);
    }

    private static void same(JsonNode expected, double[][][] got, String what) {
        assertThat(got.length).isEqualTo(expected.size());
        for (int h = 0; h < got.length; h++) {
            double[][] e = VarFixtures.matrix(expected.get(h));
            for (int i = 0; i < e.length; i++) {
                for (int j = 0; j < e.length; j++) {
                    close(e[i][j], got[h][i][j], REL, what + " h=" + h + " [" + i + "][" + j + "]");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("fits")
    void responsesAndSharesAgreeWithStatsmodels(int index) throws IOException {
        JsonNode v = fixture();
        JsonNode f = v.get("fits").get(index);
        List<String> names = VarFixtures.strings(v.get("variables"));
        Dataset data = VarFixtures.vecmData(v);
        VecmSpec spec = VarFixtures.vecmSpec(f, names);
        int horizon = f.get("horizon").asInt();
        String what = f.get("deterministic").asText() + " p=" + f.get("lags").asInt() + " r=" + f.get("rank").asInt();

        VecmIrfReport unit = new VecmIrfAnalysis().run(new VecmIrfSpec(spec, IrfKind.UNIT, List.of(), horizon), data,
                ProgressReporter.NONE);
        same(f.get("unit"), unit.responses(), what + " unit");
        VecmIrfReport orth = new VecmIrfAnalysis().run(new VecmIrfSpec(spec, IrfKind.ORTHOGONALISED, List.of(),
                horizon), data, ProgressReporter.NONE);
        same(f.get("orth"), orth.responses(), what + " orth");

        List<String> reversed = new ArrayList<>(names);
        java.util.Collections.reverse(reversed);
        double[][][] rev = new VecmIrfAnalysis().run(new VecmIrfSpec(spec, IrfKind.ORTHOGONALISED, reversed, horizon),
                data, ProgressReporter.NONE).responses();
        int k = names.size();
        double[][][] asStatsmodels = new double[rev.length][k][k];
        for (int h = 0; h < rev.length; h++) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    asStatsmodels[h][i][j] = rev[h][k - 1 - i][k - 1 - j];
                }
            }
        }
        same(f.get("orth_reversed_order"), asStatsmodels, what + " reversed order");

        VecmFevdReport fevd = new VecmFevdAnalysis().run(new VecmFevdSpec(spec, List.of(), horizon), data,
                ProgressReporter.NONE);
        same(f.get("fevd"), fevd.shares(), what + " fevd");
        assertThat(fevd.tables()).hasSize(k);
        assertThat(orth.toJson()).containsEntry("rank", f.get("rank").asInt()).containsKey("responses");
    }

    /** The VAR tab with the VECM on at rank 2 (a constant: case 3) shows statsmodels' responses and shares. */
    @Test
    void theVarTabWithTheVecmOnShowsItsResponsesAndShares() throws IOException {
        JsonNode v = fixture();
        JsonNode f = v.get("fits").get(3);
        assertThat(f.get("case").asInt()).isEqualTo(3);
        List<String> names = VarFixtures.strings(v.get("variables"));
        VarTabSpec tab = new VarTabSpec(names, 3, 4, VarTrend.CONSTANT, IrfKind.ORTHOGONALISED, List.of(), 12,
                IrfBands.NONE, IrfSpec.DEFAULT_DRAWS, IrfSpec.DEFAULT_SEED, false, true, 2);
        VarTabReport r = new VarTabAnalysis().run(tab, VarFixtures.vecmData(v), ProgressReporter.NONE);
        assertThat(r.problems()).isEmpty();
        same(f.get("orth"), r.vecmIrf().responses(), "tab orth");
        same(f.get("fevd"), r.vecmFevd().shares(), "tab fevd");
        int k = names.size();
        assertThat(r.irfFigures()).hasSize(2 * k * k);
        assertThat(r.irfFigures().get(k * k).title()).isEqualTo("VECM: response of LRM to LRM");
        assertThat(r.fevdTables()).hasSize(2 * k);
        assertThat(r.toJson()).containsKeys("vecm_irf", "vecm_fevd");
        assertThat(VarCommands.of(tab.vecmIrf()).toString()).contains("irf --vecm", "--rank 2", "--horizon 12");
        VarTabSpec off = new VarTabSpec(names, 3, 4, VarTrend.CONSTANT, IrfKind.ORTHOGONALISED, List.of(), 12,
                IrfBands.NONE, IrfSpec.DEFAULT_DRAWS, IrfSpec.DEFAULT_SEED, false, false, null);
        assertThat(new VarTabAnalysis().run(off, VarFixtures.vecmData(v), ProgressReporter.NONE).irfFigures()).hasSize(k * k);
    }

    @Test
    void aRankAboveTheNumberOfVariablesIsRefusedNamingTheRange() throws IOException {
        List<String> names = VarFixtures.strings(fixture().get("variables"));
        assertThatThrownBy(() -> new VecmSpec(names, 2, JohansenCase.UNRESTRICTED_CONSTANT, 5))
                .hasMessageContaining("cointegrating rank must be 0..4, got 5");
    }

    @Test
    void aCholeskyOrderThatIsNotAPermutationIsRefusedNamingTheVariables() throws IOException {
        List<String> names = VarFixtures.strings(fixture().get("variables"));
        VecmSpec spec = new VecmSpec(names, 2, JohansenCase.UNRESTRICTED_CONSTANT, 1);
        assertThatThrownBy(() -> new VecmIrfSpec(spec, IrfKind.ORTHOGONALISED, List.of("LRM", "LRY"), 10))
                .hasMessageContaining("each of the VECM's variables (LRM, LRY, IBO, IDE)");
    }

    @Test
    void tooManyLagsForTheSampleAreRefusedWithAMessage() throws IOException {
        JsonNode v = fixture();
        List<String> names = VarFixtures.strings(v.get("variables"));
        VecmSpec spec = new VecmSpec(names, 20, JohansenCase.UNRESTRICTED_CONSTANT, 1);
        assertThatThrownBy(() -> new VecmIrfAnalysis().run(new VecmIrfSpec(spec, IrfKind.UNIT, List.of(), 5),
                VarFixtures.vecmData(v), ProgressReporter.NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lag");
    }
}
