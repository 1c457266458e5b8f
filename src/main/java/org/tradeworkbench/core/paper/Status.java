package org.tradeworkbench.core.paper;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a recomputed number compares with the printed one. */
public enum Status {
    /** Equal at the printed precision. */
    MATCH("match"),
    /** Relative difference under 5 %. */
    CLOSE("close"),
    /** Relative difference of 5 % or more. */
    DIFFERS("differs"),
    /** The loaded data lack what the number needs (the note names the series and years). */
    UNAVAILABLE("unavailable"),
    /** The paper contradicts itself about this number. */
    INCONSISTENT("inconsistent");

    /** The threshold of {@link #CLOSE}. */
    public static final double CLOSE_LIMIT = 0.05;

    private final String word;

    Status(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** {@link #MATCH}, {@link #CLOSE} or {@link #DIFFERS} for a recomputed value against a printed number. */
    public static Status compare(PrintedNumber paper, double replicated) {
        if (Double.isNaN(replicated) || Double.isInfinite(replicated)) {
            return DIFFERS;
        }
        BigDecimal rounded = new BigDecimal(replicated).setScale(paper.decimals(), RoundingMode.HALF_UP);
        if (rounded.compareTo(new BigDecimal(paper.printed())) == 0) {
            return MATCH;
        }
        double rel = relativeDifference(paper.value(), replicated);
        return rel < CLOSE_LIMIT ? CLOSE : DIFFERS;
    }

    /** |replicated - paper| / |paper| (infinite when the paper prints 0 and the values differ). */
    public static double relativeDifference(double paper, double replicated) {
        double diff = Math.abs(replicated - paper);
        if (diff == 0) {
            return 0;
        }
        return paper == 0 ? Double.POSITIVE_INFINITY : diff / Math.abs(paper);
    }
}
