package org.tradeworkbench.core.io;

/**
 * Reads decimal numbers straight from bytes. Numbers with at most 18 significant digits are converted by
 * {@link DecimalToDouble} (correctly rounded, so bit-identical to {@link Double#parseDouble}); longer ones and
 * the rare inputs it cannot decide are handed to {@link Double#parseDouble} after this parser has checked the
 * syntax. Only the decimal grammar
 * {@code [+-]digits[.digits][e[+-]digits]} is accepted (with the dialect's decimal mark and, when grouped by
 * threes, its thousands separator): no hex, no {@code Infinity}, no type suffixes.
 */
final class NumberParser {
    private final byte decimalMark;
    private final byte thousands;
    private final boolean grouping;
    private final StringBuilder slow = new StringBuilder(32);

    /** Set by {@link #parse}: whether the text was a number. */
    boolean ok;
    /** Set by {@link #parse}: the text was written as a number, but one beyond the range of a double. */
    boolean overflow;

    NumberParser(char decimalMark, char thousandsSeparator) {
        this.decimalMark = (byte) decimalMark;
        this.thousands = (byte) thousandsSeparator;
        this.grouping = thousandsSeparator != 0 && thousandsSeparator != decimalMark;
    }

    /** The number in {@code b[start, end)}, blanks around it allowed; {@link #ok} tells whether it was one. */
    double parse(byte[] b, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && (b[s] == ' ' || b[s] == '\t')) {
            s++;
        }
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
            e--;
        }
        ok = false;
        overflow = false;
        if (s >= e) {
            return Double.NaN;
        }
        int i = s;
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int exp10 = 0;
        int digits = 0;
        boolean grouped = false;
        int groupLength = 0;
        int firstGroup = -1;
        boolean exactDigits = true;
        while (i < e) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                if (significant < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    if (mantissa != 0) {
                        significant++;
                    }
                } else {
                    exp10++;
                    exactDigits = false;
                }
                digits++;
                groupLength++;
                i++;
            } else if (grouping && c == thousands) {
                if (groupLength == 0 || (grouped ? groupLength != 3 : groupLength > 3)) {
                    return Double.NaN;
                }
                if (!grouped) {
                    firstGroup = groupLength;
                }
                grouped = true;
                groupLength = 0;
                i++;
            } else {
                break;
            }
        }
        if (grouped && groupLength != 3) {
            return Double.NaN;
        }
        if (firstGroup == 0) {
            return Double.NaN;
        }
        if (i < e && b[i] == decimalMark) {
            i++;
            while (i < e) {
                byte c = b[i];
                if (c < '0' || c > '9') {
                    break;
                }
                if (significant < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    if (mantissa != 0) {
                        significant++;
                    }
                    exp10--;
                } else {
                    exactDigits = false;
                }
                digits++;
                i++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < e && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean expNegative = false;
            if (i < e && (b[i] == '-' || b[i] == '+')) {
                expNegative = b[i] == '-';
                i++;
            }
            int expDigits = 0;
            while (i < e && b[i] >= '0' && b[i] <= '9') {
                if (exponent < 100_000) {
                    exponent = exponent * 10 + (b[i] - '0');
                }
                expDigits++;
                i++;
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
            exponent = expNegative ? -exponent : exponent;
        }
        if (i != e) {
            return Double.NaN;
        }
        double v = Double.NaN;
        int scale = exp10 + exponent;
        if (exactDigits) {
            v = DecimalToDouble.convert(negative, mantissa, scale);
        }
        if (Double.isNaN(v)) {
            v = slowPath(b, s, e);
        }
        if (Double.isInfinite(v)) {
            overflow = true;
            return Double.NaN;
        }
        ok = true;
        return v;
    }

    private double slowPath(byte[] b, int s, int e) {
        StringBuilder sb = slow;
        sb.setLength(0);
        for (int k = s; k < e; k++) {
            byte c = b[k];
            if (grouping && c == thousands) {
                continue;
            }
            sb.append(c == decimalMark ? '.' : (char) c);
        }
        return Double.parseDouble(sb.toString());
    }

    /** Whether {@code text} is written as a number that no double can hold (e.g. {@code 1e400}). */
    boolean overflows(String text) {
        parse(text);
        return overflow;
    }

    /** Convenience for texts (previews, provider files). */
    double parse(String text) {
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return parse(b, 0, b.length);
    }
}
