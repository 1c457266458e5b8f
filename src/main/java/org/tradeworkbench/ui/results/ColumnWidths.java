package org.tradeworkbench.ui.results;

/**
 * How wide each column of a results table is drawn, from what its text needs and the width there is: every column at
 * its natural width (title and widest value on one line) when they all fit; otherwise the widest columns give way
 * first, down to a common width, each no narrower than its minimum. Numeric columns have their numbers' width as
 * minimum, so they never narrow below it; text columns have their longest word, and wrap. Pure arithmetic, no
 * toolkit.
 */
public final class ColumnWidths {
    private ColumnWidths() {
    }

    /**
     * The column widths for {@code available} pixels.
     *
     * @param natural   each column's width with all its text on one line
     * @param minimum   each column's narrowest width (numeric columns: their numbers; text columns: a word); a
     *                  minimum above the natural width counts as the natural width
     * @param available the width the columns share
     * @return {@code natural} when its sum fits; else widths summing to at most {@code available}, the columns
     *         wider than a common cap cut to it and none below its minimum; when even the minimums do not fit,
     *         the minimums (the table then scrolls sideways, the one case it does)
     * @throws IllegalArgumentException when the arrays differ in length or hold a negative or non-finite width
     */
    public static double[] fit(double[] natural, double[] minimum, double available) {
        if (natural.length != minimum.length) {
            throw new IllegalArgumentException("column widths: " + natural.length + " natural widths but "
                    + minimum.length + " minimums");
        }
        if (!Double.isFinite(available)) {
            throw new IllegalArgumentException("column widths: the available width is " + available);
        }
        double[] min = new double[natural.length];
        double total = 0;
        double widest = 0;
        for (int c = 0; c < natural.length; c++) {
            check(natural[c], "natural", c);
            check(minimum[c], "minimum", c);
            min[c] = Math.min(minimum[c], natural[c]);
            total += natural[c];
            widest = Math.max(widest, natural[c]);
        }
        if (total <= available) {
            return natural.clone();
        }
        if (sum(capped(natural, min, 0)) > available) {
            return min;
        }
        // The largest cap that fits: the sum of the capped widths grows with the cap.
        double fits = 0;
        double tooWide = widest;
        for (int i = 0; i < 100 && tooWide - fits > 1e-9; i++) {
            double mid = (fits + tooWide) / 2;
            if (sum(capped(natural, min, mid)) <= available) {
                fits = mid;
            } else {
                tooWide = mid;
            }
        }
        return capped(natural, min, fits);
    }

    /** Whether the widths {@link #fit} gives for {@code available} sum to at most it. */
    public static boolean fits(double[] natural, double[] minimum, double available) {
        return sum(fit(natural, minimum, available)) <= available;
    }

    static double sum(double[] widths) {
        double s = 0;
        for (double w : widths) {
            s += w;
        }
        return s;
    }

    private static double[] capped(double[] natural, double[] min, double cap) {
        double[] out = new double[natural.length];
        for (int c = 0; c < natural.length; c++) {
            out[c] = Math.max(min[c], Math.min(natural[c], cap));
        }
        return out;
    }

    private static void check(double w, String what, int c) {
        if (!(w >= 0) || Double.isInfinite(w)) {
            throw new IllegalArgumentException("column widths: the " + what + " width of column " + (c + 1)
                    + " is " + w);
        }
    }
}
