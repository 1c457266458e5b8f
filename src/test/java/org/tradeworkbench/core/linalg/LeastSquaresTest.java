package org.tradeworkbench.core.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradeworkbench.core.data.DataException;

class LeastSquaresTest {

    private static DesignMatrix randomDesign(Random rnd, int n, int k) {
        List<String> names = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = j == 0 ? 1.0 : rnd.nextGaussian() * (j + 1) + j;
            }
            names.add(j == 0 ? "const" : "x" + j);
            cols.add(c);
        }
        return DesignMatrix.ofColumns(names, cols);
    }

    /** Agrees with an independent solution by singular value decomposition on random designs. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void agreesWithSvdSolution(long seed) {
        Random rnd = new Random(seed);
        int n = 20 + rnd.nextInt(300);
        int k = 1 + rnd.nextInt(8);
        DesignMatrix x = randomDesign(rnd, n, k);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rnd.nextGaussian() * 3;
            for (int j = 0; j < k; j++) {
                y[i] += (j - 2.5) * x.get(i, j);
            }
        }
        LeastSquaresFit fit = LeastSquares.fit(x, y);
        double[][] rows = new double[n][k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                rows[i][j] = x.get(i, j);
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(rows));
        double[] ref = svd.getSolver().solve(new ArrayRealVector(y)).toArray();
        for (int j = 0; j < k; j++) {
            assertThat(fit.coefficient(j)).isCloseTo(ref[j], within(1e-9 * (1 + Math.abs(ref[j]))));
        }
        double[][] inv = svd.getSolver().getInverse().multiply(svd.getSolver().getInverse().transpose()).getData();
        double[][] xtxi = fit.xtxInverse();
        for (int j = 0; j < k; j++) {
            assertThat(xtxi[j][j]).isCloseTo(inv[j][j], within(1e-9 * Math.abs(inv[j][j])));
        }
        double ssr = 0;
        double[] xb = x.times(fit.coefficients());
        for (int i = 0; i < n; i++) {
            ssr += (y[i] - xb[i]) * (y[i] - xb[i]);
            assertThat(fit.residuals()[i]).isCloseTo(y[i] - xb[i], within(1e-9));
        }
        assertThat(fit.ssr()).isCloseTo(ssr, within(1e-9 * ssr));
        assertThat(fit.dfResid()).isEqualTo(n - k);
    }

    @Test
    void namesCollinearRegressorAndWhatItRepeats() {
        Random rnd = new Random(11);
        DesignMatrix base = randomDesign(rnd, 50, 4);
        List<double[]> cols = new ArrayList<>();
        for (int j = 0; j < 4; j++) {
            cols.add(base.column(j));
        }
        double[] sum = new double[50];
        for (int i = 0; i < 50; i++) {
            sum[i] = base.get(i, 1) - 2 * base.get(i, 3);
        }
        cols.add(sum);
        DesignMatrix x = DesignMatrix.ofColumns(List.of("const", "a", "b", "c", "a_minus_2c"), cols);
        assertThatThrownBy(() -> LeastSquares.fit(x, base.column(2)))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("\"a_minus_2c\" is collinear with \"a\", \"c\"")
                .hasMessageNotContaining("\"b\"");
    }

    @Test
    void namesZeroColumnAndTooFewRows() {
        DesignMatrix zero = DesignMatrix.ofColumns(List.of("const", "z"),
                List.of(new double[] {1, 1, 1}, new double[] {0, 0, 0}));
        assertThatThrownBy(() -> LeastSquares.fit(zero, new double[] {1, 2, 3}))
                .isInstanceOf(DataException.class).hasMessageContaining("\"z\" is zero");
        DesignMatrix wide = DesignMatrix.ofColumns(List.of("const", "a", "b"),
                List.of(new double[] {1, 1}, new double[] {1, 2}, new double[] {3, 1}));
        assertThatThrownBy(() -> LeastSquares.fit(wide, new double[] {1, 2}))
                .isInstanceOf(DataException.class).hasMessageContaining("too few observations: 2 for 3");
    }

    @Test
    void independentColumnsFitSkipsRepeats() {
        Random rnd = new Random(5);
        DesignMatrix base = randomDesign(rnd, 40, 3);
        DesignMatrix x = DesignMatrix.ofColumns(List.of("const", "a", "const*const", "b", "a*const"),
                List.of(base.column(0), base.column(1), base.column(0), base.column(2), base.column(1)));
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            y[i] = 1 + 2 * base.get(i, 1) - base.get(i, 2) + rnd.nextGaussian();
        }
        LeastSquaresFit skip = LeastSquares.fitIndependentColumns(x, y);
        LeastSquaresFit full = LeastSquares.fit(base, y);
        assertThat(skip.keptColumns()).containsExactly(0, 1, 3);
        assertThat(skip.rank()).isEqualTo(3);
        assertThat(skip.names()).containsExactly("const", "a", "b");
        assertThat(skip.qr().dependentColumns()).containsExactly(2, 4);
        for (int j = 0; j < 3; j++) {
            assertThat(skip.coefficient(j)).isCloseTo(full.coefficient(j), within(1e-12));
        }
    }
}
