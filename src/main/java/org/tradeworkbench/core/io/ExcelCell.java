package org.tradeworkbench.core.io;

import java.time.LocalDateTime;

/**
 * One cell of a workbook as stored: a number, a date (a number whose format is a date format), a text, a truth
 * value or an error code. Formula cells are their cached results; {@code column} is 1-based.
 */
record ExcelCell(int column, Kind kind, String text, double number, LocalDateTime date) {

    enum Kind { NUMBER, DATE, TEXT, BOOLEAN, ERROR }

    static ExcelCell text(int column, String text) {
        return new ExcelCell(column, Kind.TEXT, text, Double.NaN, null);
    }

    static ExcelCell number(int column, double v) {
        return new ExcelCell(column, Kind.NUMBER, null, v, null);
    }

    static ExcelCell date(int column, double serial, LocalDateTime d) {
        return new ExcelCell(column, Kind.DATE, null, serial, d);
    }

    static ExcelCell bool(int column, boolean b) {
        return new ExcelCell(column, Kind.BOOLEAN, b ? "TRUE" : "FALSE", Double.NaN, null);
    }

    static ExcelCell error(int column, String code) {
        return new ExcelCell(column, Kind.ERROR, code, Double.NaN, null);
    }

    boolean isBlank() {
        return kind == Kind.TEXT && text.isBlank();
    }

    /** The number as the CSV readers read it: whole numbers without a decimal point, others shortest. */
    static String numberText(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
