package org.tradeworkbench.core.analysis.var;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.task.ProgressReporter;

/** Too few observations, constant and collinear series give a message naming the problem, never NaN results. */
class VarBadInputTest {
    private static final ProgressReporter NONE = ProgressReporter.NONE;

    private static Dataset data(double[]... cols) {
        List<Series> s = new java.util.ArrayList<>();
        for (int i = 0; i < cols.length; i++) {
            s.add(Series.of("x" + (i + 1), cols[i]));
        }
        return new Dataset("d", TimeIndex.undated(cols[0].length), s);
    }

    private static double[] noise(long seed, int n) {
        Random r = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextGaussian();
        }
        return v;
    }

    @Test
    void moreLagsThanTheSampleAllows() {
        Dataset d = data(noise(1, 12), noise(2, 12));
        assertThatThrownBy(() -> new VarAnalysis().run(VarSpec.of(VarModel.of(List.of("x1", "x2"), 5)), d, NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("VAR(5)").hasMessageContaining("at most 3 lags");
        assertThatThrownBy(() -> new VarSelectAnalysis().run(new VarSelectSpec(List.of("x1", "x2"), VarTrend.CONSTANT,
                List.of(), 6), d, NONE)).isInstanceOf(DataException.class).hasMessageContaining("at most 3");
        assertThatThrownBy(() -> new TodaYamamotoAnalysis().run(new TodaYamamotoSpec(VarModel.of(List.of("x1", "x2"),
                3), 1, List.of(), List.of()), d, NONE)).isInstanceOf(DataException.class).hasMessageContaining("VAR(4)");
    }

    @Test
    void aConstantSeries() {
        double[] c = new double[40];
        java.util.Arrays.fill(c, 3.0);
        Dataset d = data(noise(3, 40), c);
        assertThatThrownBy(() -> new IrfAnalysis().run(IrfSpec.of(VarModel.of(List.of("x1", "x2"), 1),
                IrfKind.ORTHOGONALISED, 5), d, NONE)).isInstanceOf(DataException.class).hasMessageContaining("\"x2\" is constant");
        assertThatThrownBy(() -> new FevdAnalysis().run(new FevdSpec(new VarModel(List.of("x1", "x2"), 1,
                VarTrend.NONE, List.of()), List.of(), 5), d, NONE)).isInstanceOf(DataException.class)
                .hasMessageContaining("\"x2\" is constant");
        double[] step = new double[40];
        for (int i = 0; i < 40; i++) {
            step[i] = i;
        }
        // A series on a straight line is explained exactly by its own lag and the constant.
        assertThatThrownBy(() -> new VarAnalysis().run(VarSpec.of(VarModel.of(List.of("x1", "x2"), 1)),
                data(noise(3, 40), step), NONE)).isInstanceOf(DataException.class).hasMessageContaining("fits exactly");
    }

    @Test
    void collinearSeries() {
        double[] a = noise(4, 40);
        double[] b = noise(5, 40);
        double[] sum = new double[40];
        for (int i = 0; i < 40; i++) {
            sum[i] = a[i] + 2 * b[i];
        }
        Dataset d = data(a, b, sum);
        assertThatThrownBy(() -> new VarAnalysis().run(VarSpec.of(VarModel.of(List.of("x1", "x2", "x3"), 1)), d, NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("collinear");
    }

    @Test
    void choicesThatDoNotFit() {
        VarModel m = VarModel.of(List.of("x1", "x2"), 1);
        assertThatThrownBy(() -> new IrfSpec(m, IrfKind.ORTHOGONALISED, List.of("x1", "x3"), 5, IrfBands.NONE, 100, 1,
                0.95)).hasMessageContaining("Cholesky order");
        assertThatThrownBy(() -> new IrfSpec(m, IrfKind.ORTHOGONALISED, List.of(), 5, IrfBands.BOOTSTRAP, 3, 1, 0.95))
                .hasMessageContaining("10..100000 draws");
        assertThatThrownBy(() -> new IrfAnalysis().run(new IrfSpec(m, IrfKind.GENERALISED, List.of(), 5,
                IrfBands.ASYMPTOTIC, 100, 1, 0.95), data(noise(1, 30), noise(2, 30)), NONE))
                .hasMessageContaining("bootstrap bands for generalised");
        assertThatThrownBy(() -> new TodaYamamotoSpec(m.withLags(0), null, List.of(), List.of()))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new TodaYamamotoSpec(m, null, List.of("x1"), List.of()))
                .hasMessageContaining("both");
    }
}
