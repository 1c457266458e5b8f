package org.tradeworkbench.core.figures;

import java.util.List;

/**
 * Why a figure cannot be drawn from the current data, shown in place of a blank plot.
 *
 * @param headline  one sentence, e.g. "Figure 3 needs US–China ATP trade by category."
 * @param needed    the series it needs, as a person names them
 * @param howToLoad where to get them and how to load them
 */
public record EmptyState(String headline, List<String> needed, String howToLoad) {

    public EmptyState {
        needed = List.copyOf(needed);
    }

    /** Everything on one line, for the command line and logs. */
    public String message() {
        StringBuilder sb = new StringBuilder(headline);
        if (!needed.isEmpty()) {
            sb.append(" Needs: ").append(String.join("; ", needed)).append('.');
        }
        if (!howToLoad.isBlank()) {
            sb.append(' ').append(howToLoad);
        }
        return sb.toString();
    }
}
