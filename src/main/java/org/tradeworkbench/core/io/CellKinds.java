package org.tradeworkbench.core.io;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.tradeworkbench.core.data.Period;

/** Classifies a cell's text under a dialect: missing, number, period or text. */
final class CellKinds {
    enum Kind { MISSING, NUMBER, PERIOD, TEXT }

    private final NumberParser numbers;
    private final MissingTokens missing;

    CellKinds(CsvDialect d, Set<String> missingTokens) {
        this.numbers = new NumberParser(d.decimalMark(), d.thousandsSeparator());
        this.missing = new MissingTokens(missingTokens, d);
    }

    static Set<String> lower(Set<String> tokens) {
        return tokens.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    Kind of(String text) {
        String t = text.strip();
        if (missing.isText(t)) {
            return Kind.MISSING;
        }
        double v = numbers.parse(t);
        if (numbers.ok) {
            return missing.isNumber(v) ? Kind.MISSING : Kind.NUMBER;
        }
        return Period.parse(t).isPresent() ? Kind.PERIOD : Kind.TEXT;
    }
}
