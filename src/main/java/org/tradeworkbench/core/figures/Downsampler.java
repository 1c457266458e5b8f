package org.tradeworkbench.core.figures;

import java.util.Arrays;

/**
 * Chooses the points of a long line worth drawing: Largest-Triangle-Three-Buckets (Steinarsson 2013), which keeps
 * the visual shape (peaks, troughs, turns) with a few points per pixel column, plus the first and last points and
 * the extremes of the visible part. Only the visible x-range is thinned, so zooming in until the visible points
 * fit the budget shows every value exactly as stored.
 */
public final class Downsampler {
    private Downsampler() {
    }

    /**
     * Indices into {@code x}/{@code y} (ascending) of the points to draw from the run {@code first..last}
     * (inclusive, no missing values, {@code x} increasing) when the axis shows {@code [xMin, xMax]}: the visible
     * points plus the nearest one beyond each edge (so the line reaches the edge), all of them when they are at
     * most {@code maxPoints}, otherwise about {@code maxPoints} of them chosen by LTTB, always with the first,
     * last, smallest and largest visible point.
     */
    public static int[] visible(double[] x, double[] y, int first, int last, double xMin, double xMax,
            int maxPoints) {
        if (maxPoints < 3) {
            throw new IllegalArgumentException("at least 3 points are needed to keep a shape, got " + maxPoints);
        }
        if (first < 0 || last >= x.length || y.length != x.length) {
            throw new IllegalArgumentException("run " + first + ".." + last + " outside " + x.length + " points");
        }
        if (first > last || x[last] < xMin || x[first] > xMax) {
            return new int[0];
        }
        int lo = lowerBound(x, first, last + 1, xMin);
        int hi = lowerBound(x, first, last + 1, Math.nextUp(xMax)) - 1;
        // One point beyond each edge, so the line runs off the plot rather than stopping short of it.
        lo = Math.max(first, lo - 1);
        hi = Math.min(last, hi + 1);
        if (lo > hi) {
            return new int[0];
        }
        int count = hi - lo + 1;
        if (count <= maxPoints) {
            int[] all = new int[count];
            for (int i = 0; i < count; i++) {
                all[i] = lo + i;
            }
            return all;
        }
        return withExtremes(lttb(x, y, lo, hi, maxPoints), y, lo, hi);
    }

    /**
     * Indices (ascending) of the points of the run {@code first..last} that a line drawn {@code columns} pixel
     * columns wide over {@code [xMin, xMax]} needs: in each column the first, last, lowest and highest point
     * (Jugel et al. 2014, "M4"). Joining them draws the same pixels as joining every point at that width, so a
     * vector export of a million-point line keeps its exact look with at most four points per column.
     */
    public static int[] perColumnExtremes(double[] x, double[] y, int first, int last, double xMin, double xMax,
            int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("at least one pixel column is needed, got " + columns);
        }
        if (first > last) {
            return new int[0];
        }
        int[] out = new int[Math.min(last - first + 1, 4 * columns + 4)];
        int count = 0;
        double width = xMax > xMin ? xMax - xMin : 1;
        int i = first;
        while (i <= last) {
            long column = (long) Math.floor((x[i] - xMin) / width * columns);
            int start = i;
            int lowest = i;
            int highest = i;
            while (i + 1 <= last && (long) Math.floor((x[i + 1] - xMin) / width * columns) == column) {
                i++;
                if (y[i] < y[lowest]) {
                    lowest = i;
                }
                if (y[i] > y[highest]) {
                    highest = i;
                }
            }
            int[] chosen = {start, Math.min(lowest, highest), Math.max(lowest, highest), i};
            for (int c : chosen) {
                if (count == 0 || out[count - 1] < c) {
                    if (count == out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    out[count++] = c;
                }
            }
            i++;
        }
        return Arrays.copyOf(out, count);
    }

    /** LTTB over {@code lo..hi} (more than {@code threshold} points) to exactly {@code threshold} indices. */
    static int[] lttb(double[] x, double[] y, int lo, int hi, int threshold) {
        int n = hi - lo + 1;
        int[] out = new int[threshold];
        out[0] = lo;
        double every = (double) (n - 2) / (threshold - 2);
        int a = lo;
        for (int b = 0; b < threshold - 2; b++) {
            // The average of the next bucket is the third corner of the triangles.
            int nextStart = lo + 1 + (int) Math.floor((b + 1) * every);
            int nextEnd = Math.min(lo + 1 + (int) Math.floor((b + 2) * every), hi + 1);
            if (nextStart >= nextEnd) {
                nextStart = hi;
                nextEnd = hi + 1;
            }
            double avgX = 0;
            double avgY = 0;
            for (int i = nextStart; i < nextEnd; i++) {
                avgX += x[i];
                avgY += y[i];
            }
            avgX /= nextEnd - nextStart;
            avgY /= nextEnd - nextStart;
            int start = lo + 1 + (int) Math.floor(b * every);
            int end = lo + 1 + (int) Math.floor((b + 1) * every);
            double ax = x[a];
            double ay = y[a];
            double best = -1;
            int chosen = start;
            for (int i = start; i < end; i++) {
                double area = Math.abs((ax - avgX) * (y[i] - ay) - (ax - x[i]) * (avgY - ay));
                if (area > best) {
                    best = area;
                    chosen = i;
                }
            }
            out[b + 1] = chosen;
            a = chosen;
        }
        out[threshold - 1] = hi;
        return out;
    }

    /** Adds the smallest and largest point of {@code lo..hi} if LTTB passed them over. */
    private static int[] withExtremes(int[] chosen, double[] y, int lo, int hi) {
        int min = lo;
        int max = lo;
        for (int i = lo + 1; i <= hi; i++) {
            if (y[i] < y[min]) {
                min = i;
            }
            if (y[i] > y[max]) {
                max = i;
            }
        }
        int[] out = chosen;
        for (int e : new int[] {min, max}) {
            int at = Arrays.binarySearch(out, e);
            if (at < 0) {
                int ins = -at - 1;
                int[] grown = new int[out.length + 1];
                System.arraycopy(out, 0, grown, 0, ins);
                grown[ins] = e;
                System.arraycopy(out, ins, grown, ins + 1, out.length - ins);
                out = grown;
            }
        }
        return out;
    }

    /** The first index in {@code [from, to)} whose x is at least {@code v} ({@code to} if none). */
    private static int lowerBound(double[] x, int from, int to, double v) {
        int l = from;
        int h = to;
        while (l < h) {
            int m = (l + h) >>> 1;
            if (x[m] < v) {
                l = m + 1;
            } else {
                h = m;
            }
        }
        return l;
    }
}
