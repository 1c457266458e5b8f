package org.tradeworkbench.core.io.atp;

import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.SourceLocation;
import org.tradeworkbench.core.paper.PaperVariables.Flow;

/**
 * One row of a Census high-tech (ATP) answer: a partner, an ATP category, a month and a flow, with the month's
 * value and the year-to-date value in US$ (NaN when the file does not carry that field).
 *
 * @param ctyCode  Census country code ({@code 5700} China), blank for the total over all countries
 * @param hitech   {@code 01}..{@code 10} an ATP category, {@code 00} not advanced technology, blank or {@code -}
 *                 the total for all commodities
 * @param flow     {@link Flow#EXPORTS} ({@code ALL_VAL_*}) or {@link Flow#IMPORTS} ({@code GEN_VAL_*})
 */
public record AtpRecord(String ctyCode, String ctyName, String hitech, Period month, Flow flow, double monthValue,
                        double yearToDate, SourceLocation where) {

    /** Whether {@link #hitech} is one of the 10 ATP categories. */
    public boolean isAtpCategory() {
        return hitech.length() == 2 && !hitech.equals("00") && hitech.chars().allMatch(Character::isDigit)
                && Integer.parseInt(hitech) <= 10;
    }

    /** Whether the row is the total over all countries (no country code). */
    public boolean isAllCountries() {
        return ctyCode.isBlank() || ctyCode.equals("-") || ctyName.toUpperCase().startsWith("TOTAL FOR ALL COUNTRIES");
    }
}
