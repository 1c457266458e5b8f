package org.tradeworkbench.core.analysis.var;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Bootstrap bands of the variance decomposition on data simulated from the known VAR(1) of
 * {@link BootstrapIrfCoverageTest} cover the true shares about as often as their level says; the same seed gives
 * the same bands, and a cancelled run stops.
 */
class BootstrapFevdCoverageTest {
    private static final int REPLICATIONS = 100;
    private static final int DRAWS = 199;
    private static final double LEVEL = 0.9;
    private static final int HORIZON = 4;

    private static double[][][] truth() {
        double[][][] coef = {null, BootstrapIrfCoverageTest.A};
        double[][][] theta = ImpulseResponses.responses(ImpulseResponses.movingAverage(coef, 2, 1, HORIZON - 1),
                BootstrapIrfCoverageTest.SIGMA, IrfKind.ORTHOGONALISED);
        return ImpulseResponses.shares(theta);
    }

    private static FevdSpec spec(long seed, int draws) {
        return new FevdSpec(VarModel.of(List.of("a", "b"), 1), List.of(), HORIZON, IrfBands.BOOTSTRAP, draws, seed,
                LEVEL);
    }

    @Test
    void bandsCoverTheTrueSharesAtAboutTheirLevel() {
        Random r = new Random(21);
        double[][][] truth = truth();
        int covered = 0;
        int total = 0;
        for (int rep = 0; rep < REPLICATIONS; rep++) {
            Dataset d = BootstrapIrfCoverageTest.simulate(r);
            FevdReport f = new FevdAnalysis().run(spec(r.nextLong(), DRAWS), d, ProgressReporter.NONE);
            // The off-diagonal shares (a's variance due to b's shock and b's due to a's); the diagonal ones are
            // one minus them, and the step-1 share of the first variable's own shock is 1 by construction.
            for (int h = 1; h < HORIZON; h++) {
                for (int[] ij : new int[][] {{0, 1}, {1, 0}}) {
                    double t = truth[h][ij[0]][ij[1]];
                    total++;
                    if (f.lower()[h][ij[0]][ij[1]] <= t && t <= f.upper()[h][ij[0]][ij[1]]) {
                        covered++;
                    }
                }
            }
        }
        double coverage = (double) covered / total;
        // 600 pooled (correlated) 90% intervals; shares are bounded in [0, 1] and skewed near the bounds, so the
        // percentile bands are a little off nominal, but far below would mean wrong resampling.
        assertThat(coverage).as("coverage of the variance-decomposition bands").isBetween(0.80, 0.97);
    }

    @Test
    void theSameSeedGivesTheSameBandsAndAnotherSeedOthers() {
        Dataset d = BootstrapIrfCoverageTest.simulate(new Random(5));
        FevdReport one = new FevdAnalysis().run(spec(42, 200), d, ProgressReporter.NONE);
        FevdReport two = new FevdAnalysis().run(spec(42, 200), d, ProgressReporter.NONE);
        FevdReport other = new FevdAnalysis().run(spec(43, 200), d, ProgressReporter.NONE);
        assertThat(two.lower()).isDeepEqualTo(one.lower());
        assertThat(two.upper()).isDeepEqualTo(one.upper());
        assertThat(other.lower()[2][0][1]).isNotEqualTo(one.lower()[2][0][1]);
        for (int h = 0; h < HORIZON; h++) {
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    assertThat(one.lower()[h][i][j]).isBetween(0.0, one.upper()[h][i][j]);
                    assertThat(one.upper()[h][i][j]).isLessThanOrEqualTo(1.0);
                }
            }
        }
        assertThat(one.tables().get(0).columns()).contains("b lower", "b upper");
        assertThat(VarFigures.fevd(one, 0).series()).hasSize(6);
    }

    @Test
    void aCancelledRunStops() {
        Dataset d = BootstrapIrfCoverageTest.simulate(new Random(6));
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
        assertThatThrownBy(() -> new FevdAnalysis().run(spec(1, 1000), d, cancelled))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void asymptoticBandsAreRefusedWithAReason() {
        assertThatThrownBy(() -> new FevdSpec(VarModel.of(List.of("a", "b"), 1), List.of(), 4, IrfBands.ASYMPTOTIC,
                100, 1, 0.9)).hasMessageContaining("bootstrap or none");
    }
}
