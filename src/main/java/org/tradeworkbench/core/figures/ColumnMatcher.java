package org.tradeworkbench.core.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a column by the words in its name, e.g. {@code us_china_atp_balance_busd} for "the US–China ATP
 * balance". A name is split into lower-case words at every non-letter-or-digit and at lower-to-upper case
 * changes. Every required group must have a word in the name, no excluded word may appear, and each preferred
 * group present raises the score (so {@code us_china_atp_balance} beats {@code atp_balance}).
 */
public final class ColumnMatcher {
    private final List<Set<String>> required;
    private final List<Set<String>> preferred;
    private final Set<String> excluded;
    private final Set<String> exactNames;

    private ColumnMatcher(List<Set<String>> required, List<Set<String>> preferred, Set<String> excluded,
            Set<String> exactNames) {
        this.required = required;
        this.preferred = preferred;
        this.excluded = excluded;
        this.exactNames = exactNames;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Words of a column name: {@code "usChina_ATP-balance04"} gives {@code [us, china, atp, balance, 04]}. */
    public static List<String> words(String name) {
        String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2")
                .replaceAll("([A-Za-z])([0-9])", "$1 $2")
                .replaceAll("([0-9])([A-Za-z])", "$1 $2");
        List<String> out = new ArrayList<>();
        for (String w : spaced.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The match score of a column name, or -1 when it does not match. */
    public int score(String name) {
        if (exactNames.contains(name.toLowerCase(Locale.ROOT))) {
            return 1000;
        }
        List<String> w = words(name);
        for (String x : w) {
            if (excluded.contains(x)) {
                return -1;
            }
        }
        for (Set<String> group : required) {
            if (w.stream().noneMatch(group::contains)) {
                return -1;
            }
        }
        int score = 1;
        for (Set<String> group : preferred) {
            if (w.stream().anyMatch(group::contains)) {
                score += 10;
            }
        }
        // Among equals, the shorter name says less besides what was asked for.
        return score * 100 - Math.min(99, w.size());
    }

    /** The best-matching name, the earliest on ties. */
    public Optional<String> best(List<String> names) {
        String best = null;
        int bestScore = -1;
        for (String n : names) {
            int s = score(n);
            if (s > bestScore) {
                best = n;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    public static final class Builder {
        private final List<Set<String>> required = new ArrayList<>();
        private final List<Set<String>> preferred = new ArrayList<>();
        private final java.util.HashSet<String> excluded = new java.util.HashSet<>();
        private final java.util.HashSet<String> exact = new java.util.HashSet<>();

        /** At least one of these words must appear. */
        public Builder require(String... anyOf) {
            required.add(Set.of(anyOf));
            return this;
        }

        /** A name with one of these words is preferred. */
        public Builder prefer(String... anyOf) {
            preferred.add(Set.of(anyOf));
            return this;
        }

        /** None of these words may appear. */
        public Builder exclude(String... words) {
            excluded.addAll(Arrays.asList(words));
            return this;
        }

        /** Names that match outright, whatever their words (case-insensitive). */
        public Builder exactly(String... names) {
            for (String n : names) {
                exact.add(n.toLowerCase(Locale.ROOT));
            }
            return this;
        }

        public ColumnMatcher build() {
            return new ColumnMatcher(List.copyOf(required), List.copyOf(preferred), Set.copyOf(excluded),
                    Set.copyOf(exact));
        }
    }
}
