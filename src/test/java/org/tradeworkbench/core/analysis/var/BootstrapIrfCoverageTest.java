package org.tradeworkbench.core.analysis.var;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Bootstrap bands on data simulated from a known stationary VAR(1) cover the true responses about as often as
 * their level says; the same seed gives the same bands, and a cancelled run stops.
 */
class BootstrapIrfCoverageTest {
    static final double[][] A = {{0.5, 0.1}, {0.2, 0.3}};
    static final double[][] SIGMA = {{1.0, 0.3}, {0.3, 0.5}};
    private static final int N = 200;
    private static final int REPLICATIONS = 100;
    private static final int DRAWS = 199;
    private static final double LEVEL = 0.9;
    private static final int HORIZON = 3;

    static Stream<Arguments> settings() {
        return Stream.of(Arguments.of(IrfKind.ORTHOGONALISED, 11L), Arguments.of(IrfKind.GENERALISED, 12L),
                Arguments.of(IrfKind.UNIT, 13L));
    }

    static Dataset simulate(Random r) {
        double[][] l = Matrices.cholesky(SIGMA, "Sigma");
        double[] y = {0, 0};
        double[] a = new double[N];
        double[] b = new double[N];
        for (int t = -100; t < N; t++) {
            double e1 = r.nextGaussian();
            double e2 = r.nextGaussian();
            double u1 = l[0][0] * e1;
            double u2 = l[1][0] * e1 + l[1][1] * e2;
            double y1 = 1.0 + A[0][0] * y[0] + A[0][1] * y[1] + u1;
            double y2 = -0.5 + A[1][0] * y[0] + A[1][1] * y[1] + u2;
            y = new double[] {y1, y2};
            if (t >= 0) {
                a[t] = y1;
                b[t] = y2;
            }
        }
        return new Dataset("simulated", TimeIndex.undated(N), List.of(Series.of("a", a), Series.of("b", b)));
    }

    private static double[][][] truth(IrfKind kind) {
        double[][][] coef = {null, A};
        return ImpulseResponses.responses(ImpulseResponses.movingAverage(coef, 2, 1, HORIZON), SIGMA, kind);
    }

    @ParameterizedTest
    @MethodSource("settings")
    void bandsCoverTheTrueResponsesAtAboutTheirLevel(IrfKind kind, long seed) {
        Random r = new Random(seed);
        double[][][] truth = truth(kind);
        int covered = 0;
        int total = 0;
        for (int rep = 0; rep < REPLICATIONS; rep++) {
            Dataset d = simulate(r);
            IrfReport rep0 = new IrfAnalysis().run(new IrfSpec(VarModel.of(List.of("a", "b"), 1), kind, List.of(),
                    HORIZON, IrfBands.BOOTSTRAP, DRAWS, r.nextLong(), LEVEL), d, ProgressReporter.NONE);
            for (int h = 1; h <= HORIZON; h++) {
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 2; j++) {
                        total++;
                        if (rep0.lower()[h][i][j] <= truth[h][i][j] && truth[h][i][j] <= rep0.upper()[h][i][j]) {
                            covered++;
                        }
                    }
                }
            }
        }
        double coverage = (double) covered / total;
        // 1200 pooled (correlated) intervals at 90%: percentile bands of a short-memory VAR are close to
        // nominal; far below would mean wrong resampling, near 1 would mean bands far too wide.
        assertThat(coverage).as("coverage of %s bands", kind).isBetween(0.82, 0.96);
    }

    @Test
    void theSameSeedGivesTheSameBandsAndAnotherSeedOthers() {
        Dataset d = simulate(new Random(5));
        VarModel m = VarModel.of(List.of("a", "b"), 1);
        IrfSpec s = new IrfSpec(m, IrfKind.ORTHOGONALISED, List.of(), 5, IrfBands.BOOTSTRAP, 200, 42, 0.95);
        IrfReport one = new IrfAnalysis().run(s, d, ProgressReporter.NONE);
        IrfReport two = new IrfAnalysis().run(s, d, ProgressReporter.NONE);
        IrfReport other = new IrfAnalysis().run(new IrfSpec(m, IrfKind.ORTHOGONALISED, List.of(), 5,
                IrfBands.BOOTSTRAP, 200, 43, 0.95), d, ProgressReporter.NONE);
        assertThat(two.lower()).isDeepEqualTo(one.lower());
        assertThat(two.upper()).isDeepEqualTo(one.upper());
        assertThat(other.lower()[1][0][1]).isNotEqualTo(one.lower()[1][0][1]);
        for (int h = 0; h <= 5; h++) {
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    assertThat(one.lower()[h][i][j]).isLessThanOrEqualTo(one.upper()[h][i][j]);
                }
            }
        }
    }

    @Test
    void aCancelledRunStops() {
        Dataset d = simulate(new Random(6));
        ProgressReporter cancelled = new ProgressReporter() {
            @Override
            public void progress(double fraction) {
            }

            @Override
            public void message(String text) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> new IrfAnalysis().run(new IrfSpec(VarModel.of(List.of("a", "b"), 1),
                IrfKind.ORTHOGONALISED, List.of(), 5, IrfBands.BOOTSTRAP, 1000, 1, 0.95), d, cancelled))
                .isInstanceOf(CancellationException.class);
    }
}
