package org.tradeworkbench.core.analysis.cointegration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.analysis.AnalysisJson;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;

/** The cointegration specs read back from their JSON as the same spec; invalid ones are refused. */
class CointegrationSpecJsonTest {
    private static final String[] NAMES = {"lny", "log(x)", "d(z)", "ratio", "w"};

    static Stream<Object> specs() {
        Random r = new Random(1313);
        return IntStream.range(0, 60).mapToObj(i -> {
            List<String> vars = new ArrayList<>(List.of(NAMES));
            java.util.Collections.shuffle(vars, r);
            vars = vars.subList(0, 2 + r.nextInt(3));
            return switch (i % 4) {
                case 0 -> r.nextBoolean()
                        ? new EngleGrangerSpec(vars, EngleGrangerTrend.values()[r.nextInt(4)], r.nextInt(5), null, null)
                        : new EngleGrangerSpec(vars, EngleGrangerTrend.values()[r.nextInt(4)], null,
                                LagCriterion.values()[r.nextInt(3)], r.nextBoolean() ? null : r.nextInt(6));
                case 1 -> new JohansenSpec(vars, r.nextInt(5), JohansenCase.values()[r.nextInt(5)]);
                case 3 -> new PhillipsOuliarisSpec(vars, PhillipsOuliarisType.values()[r.nextInt(2)],
                        PhillipsOuliarisDemean.values()[r.nextInt(3)], PhillipsOuliarisLag.values()[r.nextInt(2)],
                        r.nextBoolean() ? null : Math.pow(10, -4 - r.nextInt(10)));
                default -> new ArdlSpec(vars, 1 + r.nextInt(4), r.nextBoolean() ? LagCriterion.AIC : LagCriterion.BIC,
                        1 + r.nextInt(5));
            };
        });
    }

    @ParameterizedTest
    @MethodSource("specs")
    void readsBackAsTheSameSpec(Object spec) {
        assertThat(AnalysisJson.read(AnalysisJson.write(spec), spec.getClass())).isEqualTo(spec);
    }

    @Test
    void aCointegrationSpecWrittenBeforePhillipsOuliarisReadsAsBefore() {
        CointegrationSpec s = AnalysisJson.read("{\"method\":\"JOHANSEN\",\"engleGranger\":null,"
                + "\"johansen\":{\"variables\":[\"a\",\"b\"],\"lags\":2,\"deterministic\":\"UNRESTRICTED_CONSTANT\"},"
                + "\"ardl\":null}", CointegrationSpec.class);
        assertThat(s).isEqualTo(CointegrationSpec.of(new JohansenSpec(List.of("a", "b"), 2,
                JohansenCase.UNRESTRICTED_CONSTANT)));
        CointegrationSpec po = CointegrationSpec.of(new PhillipsOuliarisSpec(List.of("a", "b"),
                PhillipsOuliarisType.PZ, PhillipsOuliarisDemean.TREND, PhillipsOuliarisLag.LONG, null));
        assertThat(AnalysisJson.read(AnalysisJson.write(po), CointegrationSpec.class)).isEqualTo(po);
        assertThatThrownBy(() -> new CointegrationSpec(CointegrationMethod.PHILLIPS_OULIARIS,
                EngleGrangerSpec.of(List.of("a", "b")), null, null, po.phillipsOuliaris()))
                .hasMessageContaining("Phillips–Ouliaris and of no other test");
    }

    @Test
    void invalidArdlSpecsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> new ArdlSpec(List.of("y", "x"), 0, LagCriterion.AIC, 3))
                .hasMessageContaining("maximum lag must be 1..12");
        assertThatThrownBy(() -> new ArdlSpec(List.of("y", "x"), 2, LagCriterion.T_STAT, 3))
                .hasMessageContaining("aic or bic");
        assertThatThrownBy(() -> new ArdlSpec(List.of("y", "x"), 2, LagCriterion.AIC, 6))
                .hasMessageContaining("case must be 1..5");
        assertThatThrownBy(() -> new ArdlSpec(List.of("y", "a", "b", "c", "d", "e", "f"), 12, LagCriterion.AIC, 3))
                .hasMessageContaining("at most 50000 are fitted");
        assertThatThrownBy(() -> new ArdlSpec(List.of("y"), 2, LagCriterion.AIC, 3))
                .hasMessageContaining("at least 2 variables");
    }
}
