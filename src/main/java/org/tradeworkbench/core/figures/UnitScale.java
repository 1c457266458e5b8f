package org.tradeworkbench.core.figures;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The money unit a column is in, read from the last words of its name: {@code _busd} billions of US$,
 * {@code _musd} millions, {@code _kusd} thousands, {@code _usd} dollars (the Census API's unit). A figure that
 * adds or divides columns converts through this; when a name says nothing, the values are used as they are
 * and the figure says so.
 */
public final class UnitScale {
    private UnitScale() {
    }

    /** Dollars per unit of the column, or empty when the name does not say. */
    public static OptionalDouble dollarsPerUnit(String columnName) {
        List<String> w = ColumnMatcher.words(columnName);
        if (w.isEmpty()) {
            return OptionalDouble.empty();
        }
        String last = w.get(w.size() - 1);
        String before = w.size() > 1 ? w.get(w.size() - 2) : "";
        switch (last) {
            case "busd", "bnusd", "billion", "billions", "bn":
                return OptionalDouble.of(1e9);
            case "musd", "mnusd", "million", "millions", "mn":
                return OptionalDouble.of(1e6);
            case "kusd", "thousand", "thousands":
                return OptionalDouble.of(1e3);
            case "usd", "dollars":
                return switch (before) {
                    case "b", "bn", "billion" -> OptionalDouble.of(1e9);
                    case "m", "mn", "million" -> OptionalDouble.of(1e6);
                    case "k", "thousand" -> OptionalDouble.of(1e3);
                    default -> OptionalDouble.of(1.0);
                };
            default:
                return OptionalDouble.empty();
        }
    }
}
