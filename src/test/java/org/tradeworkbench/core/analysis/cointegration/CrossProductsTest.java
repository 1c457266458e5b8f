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

    /** Long samples with many series, split between two threads. */
    static Stream<Long> longSeeds() {
        return IntStream.range(0, 4).mapToObj(i -> 5000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sameAsColumnByColumn(long seed) {
        check(seed, 20, 3000, 7, false);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("longSeeds")
    void longSamplesSplitBetweenThreadsSameAsColumnByColumn(long seed) {
        // 13 series in each family and at least two runs: over a million products, so two threads take part.
        check(seed, 8000, 4000, 13, false);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void skippedPairsStayZeroAndComputedFamiliesSumAsStored(long seed) {
        check(seed, 20, 3000, 7, true);
    }

    /**
     * Random families of 1..maxSeries series; with {@code skipSome} some pairs of runs are skipped (they must stay
     * zero) and every other family is given as a computed family (values on demand, not an array).
     */
    private static void check(long seed, int minLength, int extraLength, int maxSeries, boolean skipSome) {
        Random rnd = new Random(seed);
        int families = 1 + rnd.nextInt(3);
        int length = minLength + rnd.nextInt(extraLength);
        List<double[][]> fam = new ArrayList<>();
        for (int f = 0; f < families; f++) {
            double[][] bases = new double[minLength >= 8000 ? maxSeries : 1 + rnd.nextInt(maxSeries)][length];
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
        List<CrossProducts.Family> computed = new ArrayList<>();
        for (double[][] bases : fam) {
            computed.add(skipSome && computed.size() % 2 == 1 ? new Computed(bases) : new CrossProducts.Stored(bases));
        }
        List<Integer> colRun = new ArrayList<>();
        int count = (minLength >= 8000 ? 2 : 1) + rnd.nextInt(5);
        for (int r = 0; r < count; r++) {
            int f = rnd.nextInt(families);
            double[][] bases = fam.get(f);
            int offset = rnd.nextInt(spread + 1);
            runs.add(new CrossProducts.Run(computed.get(f), offset));
            for (double[] b : bases) {
                colBase.add(b);
                colOffset.add(offset);
                colRun.add(r);
            }
        }
        boolean[][] skip = new boolean[count][count];
        for (int a = 0; a < count; a++) {
            for (int b = a + 1; b < count; b++) {
                skip[a][b] = skipSome && rnd.nextInt(3) == 0;
            }
        }
        CrossProducts.Products products = CrossProducts.of(runs, rows, (a, b) -> skip[a][b]);
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
                int ra = Math.min(colRun.get(i), colRun.get(j));
                int rb = Math.max(colRun.get(i), colRun.get(j));
                if (skip[ra][rb]) {
                    assertEquals(0.0, c[i][j], "skipped product of columns " + i + " and " + j);
                    continue;
                }
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

    /** Values on demand from arrays, compared by identity as the Johansen families are. */
    private static final class Computed implements CrossProducts.Family {
        private final double[][] bases;

        Computed(double[][] bases) {
            this.bases = bases;
        }

        @Override
        public int size() {
            return bases.length;
        }

        @Override
        public int length() {
            return bases[0].length;
        }

        @Override
        public double value(int p, int s) {
            return bases[p][s];
        }
    }
}
