package org.tradeworkbench.core.analysis.cointegration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cross-product route to Johansen's moments agrees with partialling out by QR, for every deterministic case,
 * on seeded walks of several sizes and level magnitudes (trade values are in the billions), and hands ill-posed
 * lagged differences to QR rather than lose them to rounding.
 */
class JohansenMomentsTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        long seed = 11;
        for (JohansenCase det : JohansenCase.values()) {
            for (int[] shape : new int[][] {{2, 0, 40}, {3, 1, 60}, {4, 2, 200}, {6, 3, 2000}}) {
                for (double level : new double[] {0, 1e3, 1e10}) {
                    out.add(Arguments.of(det, shape[0], shape[1], shape[2], level, seed++));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, {1} variables, {2} lags, {3} periods, level {4}")
    @MethodSource("cases")
    void crossProductsAgreeWithQr(JohansenCase det, int n, int k, int size, double level, long seed) {
        double[][] y = walks(n, size, level, new Random(seed));
        int rows = size - 1 - k;
        JohansenMoments fast = JohansenMoments.byCrossProducts(y, k, det, rows);
        assertNotNull(fast, "well-posed data take the cross-product route");
        JohansenMoments qr = byQr(y, k, det, rows);
        close(qr.s00(), fast.s00(), "S00");
        close(qr.s01(), fast.s01(), "S01");
        close(qr.s11(), fast.s11(), "S11");
        close(qr.b0(), fast.b0(), "B0");
        close(qr.b1(), fast.b1(), "B1");
    }

    /** The sample read in place from longer series (its first row inside them) gives the moments of a copy. */
    @ParameterizedTest(name = "{0}, {1} lags")
    @MethodSource("offsetCases")
    void sampleInsideLongerSeriesSameAsItsCopy(JohansenCase det, int k, long seed) {
        Random rnd = new Random(seed);
        int before = 1 + rnd.nextInt(50);
        int size = 300 + rnd.nextInt(700);
        double[][] whole = walks(4, before + size + 1 + rnd.nextInt(50), 100, rnd);
        double[][] copy = new double[whole.length][];
        for (int j = 0; j < whole.length; j++) {
            copy[j] = java.util.Arrays.copyOfRange(whole[j], before, before + size);
        }
        int rows = size - 1 - k;
        JohansenMoments inPlace = JohansenMoments.byCrossProducts(whole, before, size, k, det, rows);
        JohansenMoments copied = JohansenMoments.byCrossProducts(copy, k, det, rows);
        close(copied.s00(), inPlace.s00(), "S00");
        close(copied.s01(), inPlace.s01(), "S01");
        close(copied.s11(), inPlace.s11(), "S11");
        close(copied.b0(), inPlace.b0(), "B0");
        close(copied.b1(), inPlace.b1(), "B1");
    }

    static Stream<Arguments> offsetCases() {
        List<Arguments> out = new ArrayList<>();
        long seed = 500;
        for (JohansenCase det : JohansenCase.values()) {
            for (int k = 0; k <= 4; k++) {
                out.add(Arguments.of(det, k, seed++));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tradeworkbench.core.analysis.cointegration.JohansenMomentsTest#detCases")
    void collinearDifferencesGoToQr(JohansenCase det) {
        double[][] y = walks(3, 100, 5, new Random(3));
        // The third series' differences are the sum of the first two's: its lagged differences are collinear.
        for (int t = 0; t < y[0].length; t++) {
            y[2][t] = y[0][t] + y[1][t];
        }
        assertNull(JohansenMoments.byCrossProducts(y, 2, det, 100 - 1 - 2));
    }

    static Stream<JohansenCase> detCases() {
        return Stream.of(JohansenCase.values());
    }

    private static double[][] walks(int n, int size, double level, Random rnd) {
        double[][] y = new double[n][size];
        for (int j = 0; j < n; j++) {
            double v = level * (1 + j);
            for (int t = 0; t < size; t++) {
                v += rnd.nextGaussian() * (1 + 0.01 * level);
                y[j][t] = v;
            }
        }
        return y;
    }

    private static JohansenMoments byQr(double[][] y, int k, JohansenCase det, int rows) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < y.length * k + det.unrestrictedTermCount(); i++) {
            names.add("z" + i);
        }
        return JohansenMoments.byQr(y, k, det, rows, names);
    }

    /** Entry-wise relative to the matrix's largest entry: cancellation in one cell is judged by the whole. */
    private static void close(double[][] expected, double[][] actual, String what) {
        double scale = 0;
        for (double[] row : expected) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].length, actual[i].length, what + " row " + i);
            for (int j = 0; j < expected[i].length; j++) {
                assertEquals(expected[i][j], actual[i][j], 1e-9 * Math.max(scale, 1e-300), what + "[" + i + "][" + j + "]");
            }
        }
    }
}
