package org.tradeworkbench.core.paper;

import java.math.BigDecimal;

/**
 * One number the paper prints.
 *
 * @param id      the replication id, e.g. {@code table1.PATENT.mean}
 * @param value   the number
 * @param printed the digits as printed ({@code "0.060"}): its decimals are the paper's precision
 * @param where   section, table, row and column, and the line of the paper's text file
 * @param text    the sentence quoting it, for numbers in the running text (may be empty)
 */
public record PrintedNumber(String id, double value, String printed, String where, String text) {

    public PrintedNumber {
        text = text == null ? "" : text;
        if (new BigDecimal(printed).compareTo(BigDecimal.valueOf(value)) != 0) {
            throw new IllegalArgumentException(id + ": value " + value + " differs from the printed " + printed);
        }
    }

    /** Digits after the decimal point as printed. */
    public int decimals() {
        return Math.max(0, new BigDecimal(printed).scale());
    }
}
