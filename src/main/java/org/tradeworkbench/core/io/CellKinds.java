package org.tradeworkbench.core.io;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.tradeworkbench.core.data.Period;

/** Classifies a cell's text under a dialect: missing, number, period or text. */
final class CellKinds {
    enum Kind { MISSING, NUMBER, PERIOD, TEXT }

    private final NumberParser numbers;
    private final Set<String> missing;

    CellKinds(CsvDialect d, Set<String> missingTokens) {
        this.numbers = new NumberParser(d.decimalMark(), d.thousandsSeparator());
        this.missing = lower(missingTokens);
    }

    static Set<String> lower(Set<String> tokens) {
        return tokens.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    Kind of(String text) {
        String t = text.strip();
        if (t.isEmpty() || missing.contains(t.toLowerCase(Locale.ROOT))) {
            return Kind.MISSING;
        }
        numbers.parse(t);
        if (numbers.ok) {
            return Kind.NUMBER;
        }
        return Period.parse(t).isPresent() ? Kind.PERIOD : Kind.TEXT;
    }
}
