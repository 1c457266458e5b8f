package org.tradeworkbench.core.data;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A regular time index: {@code size} consecutive periods starting at {@code start}. Gaps in imported data are
 * filled with rows of missing values so that a lag is always a shift by rows.
 */
public final class TimeIndex {
    private final Period start;
    private final int size;

    public TimeIndex(Period start, int size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size");
        }
        this.start = Objects.requireNonNull(start);
        this.size = size;
    }

    public static TimeIndex undated(int size) {
        return new TimeIndex(Period.undated(1), size);
    }

    /** The regular index from {@code first} to {@code last} inclusive. */
    public static TimeIndex between(Period first, Period last) {
        long n = first.until(last) + 1;
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("bad range " + first + " .. " + last);
        }
        return new TimeIndex(first, (int) n);
    }

    public Frequency frequency() {
        return start.frequency();
    }

    public int size() {
        return size;
    }

    public Period start() {
        return start;
    }

    public Period end() {
        return start.plus(size - 1L);
    }

    public Period period(int row) {
        Objects.checkIndex(row, size);
        return start.plus(row);
    }

    public String label(int row) {
        return period(row).toString();
    }

    /** Row of {@code p}, or empty when it lies outside the index or has another frequency. */
    public OptionalInt rowOf(Period p) {
        if (p.frequency() != start.frequency()) {
            return OptionalInt.empty();
        }
        long r = start.until(p);
        return r >= 0 && r < size ? OptionalInt.of((int) r) : OptionalInt.empty();
    }

    /** The smallest regular index covering both. */
    public TimeIndex union(TimeIndex other) {
        if (other.frequency() != frequency()) {
            throw new IllegalArgumentException("cannot merge " + frequency().name().toLowerCase()
                    + " data with " + other.frequency().name().toLowerCase() + " data");
        }
        if (size == 0) {
            return other;
        }
        if (other.size == 0) {
            return this;
        }
        Period first = start.compareTo(other.start) <= 0 ? start : other.start;
        Period last = end().compareTo(other.end()) >= 0 ? end() : other.end();
        return between(first, last);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeIndex t && t.start.equals(start) && t.size == size;
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, size);
    }

    @Override
    public String toString() {
        return size == 0 ? "(empty)" : start + " .. " + end() + " (" + size + ")";
    }
}
