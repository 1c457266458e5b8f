package org.tradeworkbench.core.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The cell texts read as missing. Tokens are compared ignoring case and surrounding blanks; tokens that are
 * numbers (a code such as {@code -999}) also match the same number written differently ({@code -999.0}).
 */
final class MissingTokens {
    private final Set<String> lower;
    private final double[] numbers;

    MissingTokens(Set<String> tokens, CsvDialect dialect) {
        this.lower = CellKinds.lower(tokens);
        NumberParser p = new NumberParser(dialect.decimalMark(), dialect.thousandsSeparator());
        this.numbers = lower.stream().mapToDouble(t -> {
            double v = p.parse(t);
            return p.ok ? v : Double.NaN;
        }).filter(v -> !Double.isNaN(v)).toArray();
    }

    boolean isText(String text) {
        String t = text.strip();
        return t.isEmpty() || lower.contains(t.toLowerCase(Locale.ROOT));
    }

    boolean anyNumbers() {
        return numbers.length > 0;
    }

    boolean isNumber(double v) {
        for (double x : numbers) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return lower + " " + Arrays.toString(numbers);
    }
}
