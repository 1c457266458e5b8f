package org.tradeworkbench.core.analysis.cointegration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared-window sums against plain sums of products, column by column, for random families and offsets. */
class CrossProductsTest {

    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(i -> 1000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sameAsColumnByColumn(long seed) {
        Random rnd = new Random(seed);
        int families = 1 + rnd.nextInt(3);
        int length = 20 + rnd.nextInt(3000);
        List<double[][]> fam = new ArrayList<>();
        for (int f = 0; f < families; f++) {
            double[][] bases = new double[1 + rnd.nextInt(7)][length];
            for (double[] b : bases) {
                for (int t = 0; t < length; t++) {
                    b[t] = rnd.nextGaussian() * (1 + 100 * rnd.nextDouble());
                }
            }
            fam.add(bases);
        }
        int spread = 1 + rnd.nextInt(5);
        int rows = length - spread;
        List<CrossProducts.Run> runs = new ArrayList<>();
        List<double[]> colBase = new ArrayList<>();
        List<Integer> colOffset = new ArrayList<>();
        for (int r = 0, count = 1 + rnd.nextInt(6); r < count; r++) {
            double[][] bases = fam.get(rnd.nextInt(families));
            int offset = rnd.nextInt(spread + 1);
            runs.add(new CrossProducts.Run(bases, offset));
            for (double[] b : bases) {
                colBase.add(b);
                colOffset.add(offset);
            }
        }
        CrossProducts.Products products = CrossProducts.of(runs, rows);
        double[][] c = products.c();
        double[] sums = products.sums();
        int m = colBase.size();
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int r = 0; r < rows; r++) {
                s += colBase.get(i)[colOffset.get(i) + r];
            }
            assertEquals(s, sums[i], 1e-9 * (1 + Math.abs(s)) * Math.sqrt(rows), "sum of column " + i);
            for (int j = 0; j < m; j++) {
                double p = 0;
                double scale = 0;
                for (int r = 0; r < rows; r++) {
                    double v = colBase.get(i)[colOffset.get(i) + r] * colBase.get(j)[colOffset.get(j) + r];
                    p += v;
                    scale += Math.abs(v);
                }
                assertEquals(p, c[i][j], 1e-12 * scale, "product of columns " + i + " and " + j);
            }
        }
    }
}
