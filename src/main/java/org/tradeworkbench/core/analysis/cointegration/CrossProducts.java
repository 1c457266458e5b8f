package org.tradeworkbench.core.analysis.cointegration;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The symmetric matrix of sums of products of columns over {@code rows} rows, {@code c[i][j] = sum_r
 * x_i[r] x_j[r]}. The columns are offset views of a few arrays (Johansen's lagged differences), so nothing is
 * copied; blocks of 4 x 4 columns are summed together so that each value loaded serves four products, and the
 * blocks are spread over the cores.
 */
final class CrossProducts {
    private static final int BLOCK = 4;

    private CrossProducts() {
    }

    static double[][] of(List<JohansenMoments.Column> cols, int rows) {
        int m = cols.size();
        int blocks = (m + BLOCK - 1) / BLOCK;
        double[] zeros = new double[rows];
        double[][] base = new double[blocks * BLOCK][];
        int[] offset = new int[blocks * BLOCK];
        for (int i = 0; i < base.length; i++) {
            if (i < m) {
                base[i] = cols.get(i).base();
                offset[i] = cols.get(i).offset();
            } else {
                base[i] = zeros;
            }
        }
        int pairs = blocks * (blocks + 1) / 2;
        int[] bi = new int[pairs];
        int[] bj = new int[pairs];
        for (int i = 0, p = 0; i < blocks; i++) {
            for (int j = i; j < blocks; j++, p++) {
                bi[p] = i;
                bj[p] = j;
            }
        }
        double[][] full = new double[blocks * BLOCK][blocks * BLOCK];
        IntStream range = IntStream.range(0, pairs);
        // Below a few hundred thousand products a second thread costs more than it saves.
        if ((long) pairs * rows * 16 > 400_000) {
            range = range.parallel();
        }
        range.forEach(p -> block(base, offset, bi[p] * BLOCK, bj[p] * BLOCK, rows, full));
        double[][] c = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                c[i][j] = full[i][j];
                c[j][i] = full[i][j];
            }
        }
        return c;
    }

    /** Sums of products of columns i0..i0+3 with j0..j0+3 into {@code out}; each block writes its own cells. */
    private static void block(double[][] base, int[] offset, int i0, int j0, int rows, double[][] out) {
        double[] a0 = base[i0];
        double[] a1 = base[i0 + 1];
        double[] a2 = base[i0 + 2];
        double[] a3 = base[i0 + 3];
        double[] b0 = base[j0];
        double[] b1 = base[j0 + 1];
        double[] b2 = base[j0 + 2];
        double[] b3 = base[j0 + 3];
        int oa0 = offset[i0];
        int oa1 = offset[i0 + 1];
        int oa2 = offset[i0 + 2];
        int oa3 = offset[i0 + 3];
        int ob0 = offset[j0];
        int ob1 = offset[j0 + 1];
        int ob2 = offset[j0 + 2];
        int ob3 = offset[j0 + 3];
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0;
        double s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        double s20 = 0, s21 = 0, s22 = 0, s23 = 0;
        double s30 = 0, s31 = 0, s32 = 0, s33 = 0;
        for (int r = 0; r < rows; r++) {
            double x0 = a0[oa0 + r];
            double x1 = a1[oa1 + r];
            double x2 = a2[oa2 + r];
            double x3 = a3[oa3 + r];
            double y0 = b0[ob0 + r];
            double y1 = b1[ob1 + r];
            double y2 = b2[ob2 + r];
            double y3 = b3[ob3 + r];
            s00 += x0 * y0;
            s01 += x0 * y1;
            s02 += x0 * y2;
            s03 += x0 * y3;
            s10 += x1 * y0;
            s11 += x1 * y1;
            s12 += x1 * y2;
            s13 += x1 * y3;
            s20 += x2 * y0;
            s21 += x2 * y1;
            s22 += x2 * y2;
            s23 += x2 * y3;
            s30 += x3 * y0;
            s31 += x3 * y1;
            s32 += x3 * y2;
            s33 += x3 * y3;
        }
        double[][] s = {{s00, s01, s02, s03}, {s10, s11, s12, s13}, {s20, s21, s22, s23}, {s30, s31, s32, s33}};
        for (int i = 0; i < BLOCK; i++) {
            for (int j = 0; j < BLOCK; j++) {
                out[i0 + i][j0 + j] = s[i][j];
            }
        }
    }
}
