package org.tradeworkbench.core.data;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One observation period. The ordinal counts periods since year 0 (annual: the year, quarterly:
 * {@code year*4 + quarter-1}, monthly: {@code year*12 + month-1}) so that consecutive periods differ by one
 * and lags are plain subtraction; undated periods are observation numbers 1..n.
 */
public record Period(Frequency frequency, long ordinal) implements Comparable<Period> {

    private static final Pattern ANNUAL = Pattern.compile("(\\d{4})(?:\\.0+)?");
    private static final Pattern QUARTERLY = Pattern.compile("(\\d{4})\\s*[-_ ]?\\s*[Qq]([1-4])");
    private static final Pattern QUARTERLY_LEADING = Pattern.compile("[Qq]([1-4])\\s*[-_ /]?\\s*(\\d{4})");
    private static final Pattern MONTHLY = Pattern.compile("(\\d{4})\\s*(?:-|/|M|m|\\.)\\s*(\\d{1,2})(?:[-/]01)?");
    private static final Pattern MONTHLY_US = Pattern.compile("(\\d{1,2})/(\\d{4})");

    public static Period annual(int year) {
        return new Period(Frequency.ANNUAL, year);
    }

    public static Period quarterly(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4, got " + quarter);
        }
        return new Period(Frequency.QUARTERLY, year * 4L + quarter - 1);
    }

    public static Period monthly(int year, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, got " + month);
        }
        return new Period(Frequency.MONTHLY, year * 12L + month - 1);
    }

    public static Period undated(long observation) {
        return new Period(Frequency.UNDATED, observation);
    }

    /**
     * Parses {@code 2004}, {@code 2004Q1}, {@code 2004-Q1}, {@code Q1 2004}, {@code 2004-01}, {@code 2004M01},
     * {@code 2004-01-01} (first of month). Years outside 1000..2999 are not taken for periods so that plain
     * numbers are not mistaken for years.
     */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        // No period label is longer than this; a longer cell (a damaged file's endless line) is not a period,
        // and the patterns' optional blanks would backtrack over it for minutes.
        if (s.isEmpty() || s.length() > 40) {
            return Optional.empty();
        }
        Matcher m = ANNUAL.matcher(s);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            return plausibleYear(y) ? Optional.of(annual(y)) : Optional.empty();
        }
        m = QUARTERLY.matcher(s);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            return plausibleYear(y) ? Optional.of(quarterly(y, Integer.parseInt(m.group(2)))) : Optional.empty();
        }
        m = QUARTERLY_LEADING.matcher(s);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(2));
            return plausibleYear(y) ? Optional.of(quarterly(y, Integer.parseInt(m.group(1)))) : Optional.empty();
        }
        m = MONTHLY.matcher(s);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            int mo = Integer.parseInt(m.group(2));
            return plausibleYear(y) && mo >= 1 && mo <= 12 ? Optional.of(monthly(y, mo)) : Optional.empty();
        }
        m = MONTHLY_US.matcher(s);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(2));
            int mo = Integer.parseInt(m.group(1));
            return plausibleYear(y) && mo >= 1 && mo <= 12 ? Optional.of(monthly(y, mo)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean plausibleYear(int y) {
        return y >= 1000 && y <= 2999;
    }

    public int year() {
        return switch (frequency) {
            case ANNUAL -> (int) ordinal;
            case QUARTERLY -> (int) Math.floorDiv(ordinal, 4);
            case MONTHLY -> (int) Math.floorDiv(ordinal, 12);
            case UNDATED -> throw new IllegalStateException("an undated period has no year");
        };
    }

    /** Quarter (1..4) or month (1..12) within the year; 1 for annual data. */
    public int subPeriod() {
        return switch (frequency) {
            case ANNUAL, UNDATED -> 1;
            case QUARTERLY -> (int) Math.floorMod(ordinal, 4) + 1;
            case MONTHLY -> (int) Math.floorMod(ordinal, 12) + 1;
        };
    }

    public Period plus(long periods) {
        return new Period(frequency, ordinal + periods);
    }

    /** Number of periods from {@code this} to {@code other} (positive when other is later). */
    public long until(Period other) {
        if (other.frequency != frequency) {
            throw new IllegalArgumentException("cannot compare " + frequency + " with " + other.frequency);
        }
        return other.ordinal - ordinal;
    }

    /** Position of this period on a continuous time axis, in years (e.g. 2004.25 for 2004Q2). */
    public double toYearFraction() {
        return switch (frequency) {
            case ANNUAL, UNDATED -> ordinal;
            case QUARTERLY -> ordinal / 4.0;
            case MONTHLY -> ordinal / 12.0;
        };
    }

    @Override
    public int compareTo(Period o) {
        int c = frequency.compareTo(o.frequency);
        return c != 0 ? c : Long.compare(ordinal, o.ordinal);
    }

    /** The canonical label: {@code 2004}, {@code 2004Q1}, {@code 2004-01}, or the observation number. */
    @Override
    public String toString() {
        return switch (frequency) {
            case ANNUAL, UNDATED -> Long.toString(ordinal);
            case QUARTERLY -> year() + "Q" + subPeriod();
            case MONTHLY -> String.format("%d-%02d", year(), subPeriod());
        };
    }
}
