package org.tradeworkbench.core.analysis.cointegration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Sums of products of columns over {@code rows} rows, {@code c[i][j] = sum_r x_i[r] x_j[r]}, and the columns'
 * sums. The columns come in runs: a run is a family of series (Johansen's differences, or levels) seen from one
 * offset, and the lagged differences are the same family at other offsets. Two runs' products then depend only on
 * the families and the offsets' difference d, up to the few rows where their windows differ: each (family, family,
 * d) is summed once over the rows all its windows share, and each window adds its own first and last rows. With
 * two lagged differences that is 7 family products instead of 10 run products.
 *
 * <p>A family need not be stored: it fills a short stretch of each of its series on demand (Johansen's
 * differences and shifted levels are computed from the data as they are summed). The rows are taken in chunks
 * small enough for every family's stretch to stay in the processor's first-level cache while all products of
 * the chunk are summed, in 3 x 3 blocks of series so that each value loaded serves three products; long samples
 * are split between two threads.
 */
final class CrossProducts {
    private static final int BLOCK = 3;
    /** Rows per chunk: with 2 x 6 series of 8-byte values and a few rows of overlap, about 25 KB. */
    private static final int CHUNK = 256;
    /** Below this many products per thread a second thread costs more than it saves. */
    private static final long PARALLEL_WORK = 1_200_000;

    /** Series {@code 0 .. size()-1}, each defined at indices {@code 0 .. length()-1}. */
    interface Family {
        int size();

        int length();

        /** Series p at index s. */
        double value(int p, int s);

        /** {@code dst[at + i] = value(p, from + i)} for {@code from <= from + i < to}. */
        default void fill(int p, int from, int to, double[] dst, int at) {
            for (int s = from; s < to; s++) {
                dst[at + s - from] = value(p, s);
            }
        }
    }

    /** A family of stored arrays, equal to another of the same array of arrays. */
    record Stored(double[][] bases) implements Family {
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

        @Override
        public void fill(int p, int from, int to, double[] dst, int at) {
            System.arraycopy(bases[p], from, dst, at, to - from);
        }
    }

    /** The family's series read from {@code offset}: columns {@code x_p[offset .. offset + rows - 1]}. */
    record Run(Family family, int offset) {
        Run(double[][] bases, int offset) {
            this(new Stored(bases), offset);
        }
    }

    /** The columns' sums of products (symmetric) and sums, in the runs' order. */
    record Products(double[][] c, double[] sums) {
    }

    private CrossProducts() {
    }

    static Products of(List<Run> runs, int rows) {
        return of(runs, rows, (a, b) -> false);
    }

    /**
     * As {@link #of(List, int)}, but the products of runs a and b (a &lt; b, and b with itself never) are left
     * zero where {@code skip.test(a, b)}: the caller derives them otherwise.
     */
    static Products of(List<Run> runs, int rows, java.util.function.BiPredicate<Integer, Integer> skip) {
        List<Family> families = new ArrayList<>();
        for (Run r : runs) {
            if (!families.contains(r.family())) {
                families.add(r.family());
            }
        }
        int m = 0;
        int[] first = new int[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            first[i] = m;
            m += runs.get(i).family().size();
        }
        Map<Key, List<Window>> windows = new LinkedHashMap<>();
        for (int a = 0; a < runs.size(); a++) {
            for (int b = a; b < runs.size(); b++) {
                if (b > a && skip.test(a, b)) {
                    continue;
                }
                Run ra = runs.get(a);
                Run rb = runs.get(b);
                int d = rb.offset() - ra.offset();
                int fa = families.indexOf(ra.family());
                int fb = families.indexOf(rb.family());
                boolean swap = d < 0 || (d == 0 && fb < fa);
                Key key = swap ? new Key(fb, fa, -d) : new Key(fa, fb, d);
                windows.computeIfAbsent(key, x -> new ArrayList<>()).add(new Window(a, b, swap,
                        swap ? rb.offset() : ra.offset()));
            }
        }
        List<Group> groups = new ArrayList<>();
        windows.forEach((key, w) -> groups.add(new Group(key, w, rows, families)));
        // Each family's sums over the rows all its runs share, and each run's own first and last rows.
        int nf = families.size();
        int[] sumFrom = new int[nf];
        int[] sumTo = new int[nf];
        java.util.Arrays.fill(sumFrom, Integer.MIN_VALUE);
        java.util.Arrays.fill(sumTo, Integer.MAX_VALUE);
        for (Run r : runs) {
            int f = families.indexOf(r.family());
            sumFrom[f] = Math.max(sumFrom[f], r.offset());
            sumTo[f] = Math.min(sumTo[f], r.offset() + rows);
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        int maxD = 0;
        long perRow = 0;
        for (Group g : groups) {
            lo = Math.min(lo, g.from);
            hi = Math.max(hi, g.to);
            maxD = Math.max(maxD, g.key.d());
            perRow += g.blocks.length * BLOCK * BLOCK;
        }
        for (int f = 0; f < nf; f++) {
            lo = Math.min(lo, sumFrom[f]);
            hi = Math.max(hi, sumTo[f]);
        }
        int from = lo;
        int to = hi;
        int pad = maxD;
        int parts = perRow * (to - from) > PARALLEL_WORK && to - from > 4 * CHUNK ? 2 : 1;
        int split = from + (to - from) / parts;
        Part[] done = new Part[parts];
        IntStream range = IntStream.range(0, parts);
        if (parts > 1) {
            range = range.parallel();
        }
        range.forEach(i -> {
            Part part = new Part(families, groups, sumFrom, sumTo, pad);
            part.run(i == 0 ? from : split, i == parts - 1 ? to : split);
            done[i] = part;
        });
        for (int i = 1; i < parts; i++) {
            done[0].add(done[i]);
        }
        Part total = done[0];
        double[][] c = new double[m][m];
        for (int gi = 0; gi < groups.size(); gi++) {
            groups.get(gi).scatter(total.core[gi], runs, first, families, c);
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < i; j++) {
                c[i][j] = c[j][i];
            }
        }
        double[] sums = new double[m];
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            int f = families.indexOf(r.family());
            Family fam = r.family();
            for (int p = 0; p < fam.size(); p++) {
                double s = total.sums[f][p];
                for (int t = r.offset(); t < sumFrom[f]; t++) {
                    s += fam.value(p, t);
                }
                for (int t = sumTo[f]; t < r.offset() + rows; t++) {
                    s += fam.value(p, t);
                }
                sums[first[i] + p] = s;
            }
        }
        return new Products(c, sums);
    }

    /** Families {@code lead} and {@code other} (indices) and the offset of other's window from lead's, d >= 0. */
    private record Key(int lead, int other, int d) {
    }

    /** Runs a and b; when {@code swap}, b leads; the lead's window starts at {@code start}. */
    private record Window(int a, int b, boolean swap, int start) {
    }

    /** The products of one key over the rows its windows share, in 3 x 3 blocks {@code blocks[i] = {p0, q0}}. */
    private static final class Group {
        final Key key;
        final List<Window> windows;
        final int rows;
        final int from;
        final int to;
        final boolean symmetric;
        final int[][] blocks;
        final int leadSize;
        final int otherSize;

        Group(Key key, List<Window> windows, int rows, List<Family> families) {
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
            this.leadSize = families.get(key.lead()).size();
            this.otherSize = families.get(key.other()).size();
            List<int[]> b = new ArrayList<>();
            for (int p = 0; p < leadSize; p += BLOCK) {
                for (int q = symmetric ? p : 0; q < otherSize; q += BLOCK) {
                    b.add(new int[] {p, q});
                }
            }
            this.blocks = b.toArray(new int[0][]);
        }

        /** Each window's products: the shared rows' plus its own first and last rows, into c's upper triangle. */
        void scatter(double[][] core, List<Run> runs, int[] first, List<Family> families, double[][] c) {
            Family lead = families.get(key.lead());
            Family other = families.get(key.other());
            int d = key.d();
            for (Window w : windows) {
                int start = w.start();
                int leadRun = w.swap() ? w.b() : w.a();
                int otherRun = w.swap() ? w.a() : w.b();
                for (int p = 0; p < leadSize; p++) {
                    for (int q = 0; q < otherSize; q++) {
                        double v = symmetric && q < p ? core[q][p] : core[p][q];
                        for (int s = start; s < from; s++) {
                            v += lead.value(p, s) * other.value(q, s + d);
                        }
                        for (int s = to; s < start + rows; s++) {
                            v += lead.value(p, s) * other.value(q, s + d);
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

    /** One thread's share of the rows: its chunk buffers and running sums. */
    private static final class Part {
        final List<Family> families;
        final List<Group> groups;
        final int[] sumFrom;
        final int[] sumTo;
        final int pad;
        /** {@code buf[f][p][i]}: series p of family f at index chunkStart + i; zeros past a family's size. */
        final double[][][] buf;
        final double[][][] core;
        final double[][] sums;

        Part(List<Family> families, List<Group> groups, int[] sumFrom, int[] sumTo, int pad) {
            this.families = families;
            this.groups = groups;
            this.sumFrom = sumFrom;
            this.sumTo = sumTo;
            this.pad = pad;
            int nf = families.size();
            buf = new double[nf][][];
            sums = new double[nf][];
            for (int f = 0; f < nf; f++) {
                int size = families.get(f).size();
                int padded = (size + BLOCK - 1) / BLOCK * BLOCK;
                buf[f] = new double[padded][CHUNK + pad];
                sums[f] = new double[size];
            }
            core = new double[groups.size()][][];
            for (int g = 0; g < groups.size(); g++) {
                Group gr = groups.get(g);
                core[g] = new double[round(gr.leadSize)][round(gr.otherSize)];
            }
        }

        private static int round(int size) {
            return (size + BLOCK - 1) / BLOCK * BLOCK;
        }

        /** Chunk by chunk over indices [from, to) of the lead families. */
        void run(int from, int to) {
            for (int c0 = from; c0 < to; c0 += CHUNK) {
                int c1 = Math.min(c0 + CHUNK, to);
                for (int f = 0; f < families.size(); f++) {
                    Family fam = families.get(f);
                    int end = Math.min(c1 + pad, fam.length());
                    int begin = Math.max(c0, 0);
                    for (int p = 0; p < fam.size(); p++) {
                        if (end > begin) {
                            fam.fill(p, begin, end, buf[f][p], begin - c0);
                        }
                    }
                    int s0 = Math.max(c0, sumFrom[f]);
                    int s1 = Math.min(c1, sumTo[f]);
                    for (int p = 0; p < fam.size(); p++) {
                        sums[f][p] += sum(buf[f][p], s0 - c0, s1 - c0);
                    }
                }
                for (int g = 0; g < groups.size(); g++) {
                    Group gr = groups.get(g);
                    int s0 = Math.max(c0, gr.from);
                    int s1 = Math.min(c1, gr.to);
                    if (s1 <= s0) {
                        continue;
                    }
                    double[][] a = buf[gr.key.lead()];
                    double[][] b = buf[gr.key.other()];
                    for (int[] blk : gr.blocks) {
                        block(a, b, blk[0], blk[1], s0 - c0, s1 - c0, gr.key.d(), core[g]);
                    }
                }
            }
        }

        void add(Part o) {
            for (int g = 0; g < core.length; g++) {
                for (int i = 0; i < core[g].length; i++) {
                    for (int j = 0; j < core[g][i].length; j++) {
                        core[g][i][j] += o.core[g][i][j];
                    }
                }
            }
            for (int f = 0; f < sums.length; f++) {
                for (int p = 0; p < sums[f].length; p++) {
                    sums[f][p] += o.sums[f][p];
                }
            }
        }
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

    /** Adds the products of a[p0..p0+2] at i with b[q0..q0+2] at i + d, i in [from, to), to out's block. */
    private static void block(double[][] a, double[][] b, int p0, int q0, int from, int to, int d, double[][] out) {
        double[] a0 = a[p0];
        double[] a1 = a[p0 + 1];
        double[] a2 = a[p0 + 2];
        double[] b0 = b[q0];
        double[] b1 = b[q0 + 1];
        double[] b2 = b[q0 + 2];
        double s00 = 0, s01 = 0, s02 = 0;
        double s10 = 0, s11 = 0, s12 = 0;
        double s20 = 0, s21 = 0, s22 = 0;
        for (int i = from; i < to; i++) {
            double x0 = a0[i];
            double x1 = a1[i];
            double x2 = a2[i];
            double y0 = b0[i + d];
            double y1 = b1[i + d];
            double y2 = b2[i + d];
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
        out[p0][q0] += s00;
        out[p0][q0 + 1] += s01;
        out[p0][q0 + 2] += s02;
        out[p0 + 1][q0] += s10;
        out[p0 + 1][q0 + 1] += s11;
        out[p0 + 1][q0 + 2] += s12;
        out[p0 + 2][q0] += s20;
        out[p0 + 2][q0 + 1] += s21;
        out[p0 + 2][q0 + 2] += s22;
    }
}
