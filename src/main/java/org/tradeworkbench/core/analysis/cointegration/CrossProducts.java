package org.tradeworkbench.core.analysis.cointegration;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Sums of products of columns over {@code rows} rows, {@code c[i][j] = sum_r x_i[r] x_j[r]}, and the columns'
 * sums. The columns come in runs: a run is a family of arrays (Johansen's differences, or levels) seen from one
 * offset, and the lagged differences are the same family at other offsets. Two runs' products then depend only on
 * the families and the offsets' difference d, up to the few rows where their windows differ: each (family, family,
 * d) is summed once over the rows all its windows share, and each window adds its own first and last rows. With
 * two lagged differences that is 7 family products instead of 10 run products. Families are summed in 3 x 3 blocks
 * of arrays, so that each value loaded serves three products, spread over the cores.
 */
final class CrossProducts {
    private static final int BLOCK = 3;

    /** Arrays {@code bases[p]} read from {@code offset}: columns {@code bases[p][offset .. offset + rows - 1]}. */
    record Run(double[][] bases, int offset) {
    }

    private CrossProducts() {
    }

    /** The runs' columns in order, the symmetric matrix of their sums of products. */
    static double[][] of(List<Run> runs, int rows) {
        int m = 0;
        int[] first = new int[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            first[i] = m;
            m += runs.get(i).bases().length;
        }
        Map<Key, List<Window>> groups = new LinkedHashMap<>();
        for (int a = 0; a < runs.size(); a++) {
            for (int b = a; b < runs.size(); b++) {
                Run ra = runs.get(a);
                Run rb = runs.get(b);
                int d = rb.offset() - ra.offset();
                boolean swap = d < 0 || (d == 0 && family(runs, rb) < family(runs, ra));
                Run lead = swap ? rb : ra;
                Run other = swap ? ra : rb;
                Key key = new Key(lead.bases(), other.bases(), Math.abs(d));
                groups.computeIfAbsent(key, x -> new ArrayList<>()).add(new Window(a, b, swap, lead.offset()));
            }
        }
        List<Family> families = new ArrayList<>();
        groups.forEach((key, windows) -> families.add(new Family(key, windows, rows)));
        List<Task> tasks = new ArrayList<>();
        for (Family f : families) {
            f.addTasks(tasks);
        }
        long work = 0;
        for (Task t : tasks) {
            work += t.products();
        }
        IntStream range = IntStream.range(0, tasks.size());
        // Below a few hundred thousand products a second thread costs more than it saves.
        if (work > 400_000) {
            range = range.parallel();
        }
        range.forEach(i -> tasks.get(i).run());
        double[][] c = new double[m][m];
        for (Family f : families) {
            f.scatter(runs, first, c);
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < i; j++) {
                c[i][j] = c[j][i];
            }
        }
        return c;
    }

    /** The sum of each column over its rows, in the runs' order. */
    static double[] sums(List<Run> runs, int rows) {
        Map<double[][], int[]> span = new IdentityHashMap<>();
        for (Run r : runs) {
            int[] s = span.computeIfAbsent(r.bases(), x -> new int[] {r.offset(), r.offset()});
            s[0] = Math.min(s[0], r.offset());
            s[1] = Math.max(s[1], r.offset());
        }
        Map<double[][], double[]> core = new IdentityHashMap<>();
        span.forEach((bases, s) -> {
            double[] v = new double[bases.length];
            for (int p = 0; p < bases.length; p++) {
                v[p] = sum(bases[p], s[1], s[0] + rows);
            }
            core.put(bases, v);
        });
        List<Double> out = new ArrayList<>();
        for (Run r : runs) {
            int[] s = span.get(r.bases());
            for (int p = 0; p < r.bases().length; p++) {
                double[] x = r.bases()[p];
                out.add(core.get(r.bases())[p] + sum(x, r.offset(), s[1]) + sum(x, s[0] + rows, r.offset() + rows));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {@code x[from] + ... + x[to - 1]} in four interleaved sums (one running sum waits on each addition). */
    private static double sum(double[] x, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        for (; i + 4 <= to; i += 4) {
            s0 += x[i];
            s1 += x[i + 1];
            s2 += x[i + 2];
            s3 += x[i + 3];
        }
        for (; i < to; i++) {
            s0 += x[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static int family(List<Run> runs, Run r) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).bases() == r.bases()) {
                return i;
            }
        }
        throw new IllegalStateException("run not in the list");
    }

    /** Two families (compared by identity) and the offset of the second's window from the first's, d >= 0. */
    private record Key(double[][] lead, double[][] other, int d) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.lead == lead && k.other == other && k.d == d;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(lead) * 31 + System.identityHashCode(other) * 7 + d;
        }
    }

    /** Runs a and b; when {@code swap}, b leads; the lead's window starts at {@code start}. */
    private record Window(int a, int b, boolean swap, int start) {
    }

    /** A block of 3 x 3 products over the shared rows, written into its family's matrix. */
    private record Task(Family f, int p0, int q0) {
        long products() {
            return (long) BLOCK * BLOCK * (f.to - f.from);
        }

        void run() {
            f.block(p0, q0);
        }
    }

    private static final class Family {
        private final Key key;
        private final List<Window> windows;
        private final int rows;
        private final int from;
        private final int to;
        private final boolean symmetric;
        private final double[][] lead;
        private final double[][] other;
        private final double[][] core;

        Family(Key key, List<Window> windows, int rows) {
            this.key = key;
            this.windows = windows;
            this.rows = rows;
            int lo = Integer.MIN_VALUE;
            int hi = Integer.MAX_VALUE;
            for (Window w : windows) {
                lo = Math.max(lo, w.start());
                hi = Math.min(hi, w.start() + rows);
            }
            if (hi < lo) {
                throw new IllegalStateException("windows " + windows + " of " + rows + " rows share no row");
            }
            this.from = lo;
            this.to = hi;
            this.symmetric = key.lead() == key.other() && key.d() == 0;
            this.lead = padded(key.lead(), to + key.d());
            this.other = padded(key.other(), to + key.d());
            this.core = new double[lead.length][other.length];
        }

        private static double[][] padded(double[][] bases, int length) {
            int n = (bases.length + BLOCK - 1) / BLOCK * BLOCK;
            double[][] out = new double[n][];
            double[] zeros = n == bases.length ? null : new double[length];
            for (int i = 0; i < n; i++) {
                out[i] = i < bases.length ? bases[i] : zeros;
            }
            return out;
        }

        void addTasks(List<Task> tasks) {
            for (int p = 0; p < lead.length; p += BLOCK) {
                for (int q = symmetric ? p : 0; q < other.length; q += BLOCK) {
                    tasks.add(new Task(this, p, q));
                }
            }
        }

        /** Products of lead arrays p0..p0+2 at row s with other arrays q0..q0+2 at row s + d, s in [from, to). */
        void block(int p0, int q0) {
            double[] a0 = lead[p0];
            double[] a1 = lead[p0 + 1];
            double[] a2 = lead[p0 + 2];
            int d = key.d();
            double[] b0 = other[q0];
            double[] b1 = other[q0 + 1];
            double[] b2 = other[q0 + 2];
            double s00 = 0, s01 = 0, s02 = 0;
            double s10 = 0, s11 = 0, s12 = 0;
            double s20 = 0, s21 = 0, s22 = 0;
            for (int s = from; s < to; s++) {
                double x0 = a0[s];
                double x1 = a1[s];
                double x2 = a2[s];
                double y0 = b0[s + d];
                double y1 = b1[s + d];
                double y2 = b2[s + d];
                s00 += x0 * y0;
                s01 += x0 * y1;
                s02 += x0 * y2;
                s10 += x1 * y0;
                s11 += x1 * y1;
                s12 += x1 * y2;
                s20 += x2 * y0;
                s21 += x2 * y1;
                s22 += x2 * y2;
            }
            double[][] s = {{s00, s01, s02}, {s10, s11, s12}, {s20, s21, s22}};
            for (int i = 0; i < BLOCK; i++) {
                for (int j = 0; j < BLOCK; j++) {
                    core[p0 + i][q0 + j] = s[i][j];
                }
            }
        }

        /** Each window's products: the shared rows' plus its own first and last rows, into c's upper triangle. */
        void scatter(List<Run> runs, int[] first, double[][] c) {
            int np = key.lead().length;
            int nq = key.other().length;
            int d = key.d();
            for (Window w : windows) {
                int start = w.start();
                int leadRun = w.swap() ? w.b() : w.a();
                int otherRun = w.swap() ? w.a() : w.b();
                for (int p = 0; p < np; p++) {
                    double[] x = key.lead()[p];
                    for (int q = 0; q < nq; q++) {
                        double[] y = key.other()[q];
                        double v = symmetric && q < p ? core[q][p] : core[p][q];
                        for (int s = start; s < from; s++) {
                            v += x[s] * y[s + d];
                        }
                        for (int s = to; s < start + rows; s++) {
                            v += x[s] * y[s + d];
                        }
                        int i = first[leadRun] + p;
                        int j = first[otherRun] + q;
                        if (i <= j) {
                            c[i][j] = v;
                        } else {
                            c[j][i] = v;
                        }
                    }
                }
            }
        }
    }
}
