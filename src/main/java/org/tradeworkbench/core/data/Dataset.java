package org.tradeworkbench.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Numeric series and text label columns over one regular {@link TimeIndex}. Immutable: every change returns a
 * new dataset (cheaply; series arrays are shared), which makes undo and background computation safe.
 */
public final class Dataset {
    private final String name;
    private final TimeIndex index;
    private final Map<String, Series> series;
    private final Map<String, LabelColumn> labels;
    private final List<String> notes;
    /** The data from their first row to this one's last, when the rows before this start are presample values. */
    private final Dataset extended;

    public Dataset(String name, TimeIndex index, List<Series> series, List<LabelColumn> labels, List<String> notes) {
        this(name, index, series, labels, notes, null);
    }

    private Dataset(String name, TimeIndex index, List<Series> series, List<LabelColumn> labels, List<String> notes,
            Dataset extended) {
        this.name = Objects.requireNonNull(name);
        this.index = Objects.requireNonNull(index);
        Map<String, Series> s = new LinkedHashMap<>();
        for (Series x : series) {
            if (x.size() != index.size()) {
                throw new IllegalArgumentException("series " + x.name() + " has " + x.size()
                        + " values for an index of " + index.size());
            }
            if (s.put(x.name(), x) != null) {
                throw new DataException("two series are named \"" + x.name() + "\"");
            }
        }
        Map<String, LabelColumn> l = new LinkedHashMap<>();
        for (LabelColumn x : labels) {
            if (x.size() != index.size()) {
                throw new IllegalArgumentException("label column " + x.name() + " does not match the index");
            }
            l.put(x.name(), x);
        }
        this.series = Collections.unmodifiableMap(s);
        this.labels = Collections.unmodifiableMap(l);
        this.notes = List.copyOf(notes);
        this.extended = extended;
    }

    public Dataset(String name, TimeIndex index, List<Series> series) {
        this(name, index, series, List.of(), List.of());
    }

    public static Dataset empty(String name) {
        return new Dataset(name, TimeIndex.undated(0), List.of());
    }

    public String name() {
        return name;
    }

    public TimeIndex index() {
        return index;
    }

    public int rowCount() {
        return index.size();
    }

    public List<Series> series() {
        return List.copyOf(series.values());
    }

    public List<String> seriesNames() {
        return List.copyOf(series.keySet());
    }

    public Optional<Series> find(String seriesName) {
        return Optional.ofNullable(series.get(seriesName));
    }

    public boolean has(String seriesName) {
        return series.containsKey(seriesName);
    }

    /** The named series; a {@link DataException} naming the available series when it does not exist. */
    public Series get(String seriesName) {
        Series s = series.get(seriesName);
        if (s == null) {
            throw new DataException("no series named \"" + seriesName + "\" (the data have: "
                    + String.join(", ", series.keySet()) + ")");
        }
        return s;
    }

    public List<LabelColumn> labels() {
        return List.copyOf(labels.values());
    }

    /** Import notes (e.g. "3 periods with no row were added as missing"), for the user to read. */
    public List<String> notes() {
        return notes;
    }

    public Dataset withName(String newName) {
        return new Dataset(newName, index, series(), labels(), notes, extended);
    }

    public Dataset withNotes(List<String> newNotes) {
        return new Dataset(name, index, series(), labels(), newNotes, extended);
    }

    /**
     * These rows with the presample values before them: {@code whole} holds the same series from an earlier start
     * to this end, and this dataset's first row is its row {@code start}. Only the analyses that use presample
     * values look at them ({@link #extended()}); everything else sees these rows alone. Any change to the
     * dataset drops them.
     */
    public Dataset withPresample(Dataset whole, int start) {
        if (whole.rowCount() != start + rowCount() || !whole.index.period(start).equals(index.start())
                || !whole.seriesNames().equals(seriesNames())) {
            throw new IllegalArgumentException("the presample data do not end where these rows end");
        }
        return new Dataset(name, index, series(), labels(), notes, whole);
    }

    /** The data with the presample rows before these, or this dataset when there are none. */
    public Dataset extended() {
        return extended == null ? this : extended;
    }

    /**
     * Whether the rows before the sample's start are presample values ({@link Presample#USE}), even when there
     * are none (a sample starting at the data's first period).
     */
    public boolean usesPresample() {
        return extended != null;
    }

    /** How many rows of {@link #extended()} come before this dataset's first row (0 without presample). */
    public int presampleRows() {
        return extended == null ? 0 : extended.rowCount() - rowCount();
    }

    /** Adds the series, or replaces the one with the same name in place. */
    public Dataset with(Series s) {
        List<Series> list = new ArrayList<>(series.size() + 1);
        boolean replaced = false;
        for (Series x : series.values()) {
            if (x.name().equals(s.name())) {
                list.add(s);
                replaced = true;
            } else {
                list.add(x);
            }
        }
        if (!replaced) {
            list.add(s);
        }
        return new Dataset(name, index, list, labels(), notes);
    }

    public Dataset without(String seriesName) {
        get(seriesName);
        List<Series> list = new ArrayList<>(series.values());
        list.removeIf(x -> x.name().equals(seriesName));
        return new Dataset(name, index, list, labels(), notes);
    }

    public Dataset renamed(String oldName, String newName) {
        get(oldName);
        if (!oldName.equals(newName) && has(newName)) {
            throw new DataException("a series named \"" + newName + "\" already exists");
        }
        List<Series> list = new ArrayList<>();
        for (Series x : series.values()) {
            list.add(x.name().equals(oldName) ? x.withName(newName) : x);
        }
        return new Dataset(name, index, list, labels(), notes);
    }

    public Dataset withValue(String seriesName, int row, double value) {
        return with(get(seriesName).withValue(row, value));
    }

    /**
     * Merges on period: the result spans both indexes; a series present in both is taken from {@code other}
     * where {@code other} has a value (so an import refreshes the data it covers).
     */
    public Dataset merge(Dataset other) {
        if (rowCount() == 0 && series.isEmpty()) {
            return other.withName(name.isEmpty() ? other.name : name);
        }
        TimeIndex u = index.union(other.index);
        List<Series> out = new ArrayList<>();
        Map<String, Series> done = new LinkedHashMap<>();
        for (Series s : series.values()) {
            done.put(s.name(), realign(s, index, u));
        }
        for (Series s : other.series.values()) {
            Series moved = realign(s, other.index, u);
            Series mine = done.get(s.name());
            if (mine == null) {
                done.put(s.name(), moved);
            } else {
                double[] v = mine.values().clone();
                for (int i = 0; i < v.length; i++) {
                    if (!Double.isNaN(moved.values()[i])) {
                        v[i] = moved.values()[i];
                    }
                }
                done.put(s.name(), new Series(s.name(), v, moved.expression(), moved.description()));
            }
        }
        out.addAll(done.values());
        List<LabelColumn> lab = new ArrayList<>();
        for (LabelColumn l : labels.values()) {
            lab.add(realign(l, index, u));
        }
        for (LabelColumn l : other.labels.values()) {
            if (!labels.containsKey(l.name())) {
                lab.add(realign(l, other.index, u));
            }
        }
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(other.notes);
        return new Dataset(name, u, out, lab, allNotes);
    }

    /** The rows from {@code first} to {@code last} inclusive (both must lie in the index). */
    public Dataset slice(int first, int last) {
        Objects.checkIndex(first, rowCount());
        Objects.checkIndex(last, rowCount());
        if (last < first) {
            throw new IllegalArgumentException("empty slice");
        }
        TimeIndex t = new TimeIndex(index.period(first), last - first + 1);
        List<Series> out = new ArrayList<>();
        for (Series s : series.values()) {
            out.add(new Series(s.name(), java.util.Arrays.copyOfRange(s.values(), first, last + 1),
                    s.expression(), s.description()));
        }
        List<LabelColumn> lab = new ArrayList<>();
        for (LabelColumn l : labels.values()) {
            lab.add(new LabelColumn(l.name(), java.util.Arrays.copyOfRange(l.values(), first, last + 1)));
        }
        return new Dataset(name, t, out, lab, notes);
    }

    private static Series realign(Series s, TimeIndex from, TimeIndex to) {
        if (from.equals(to)) {
            return s;
        }
        double[] v = new double[to.size()];
        java.util.Arrays.fill(v, Double.NaN);
        int offset = to.rowOf(from.start()).orElseThrow();
        System.arraycopy(s.values(), 0, v, offset, from.size());
        return new Series(s.name(), v, s.expression(), s.description());
    }

    private static LabelColumn realign(LabelColumn l, TimeIndex from, TimeIndex to) {
        if (from.equals(to)) {
            return l;
        }
        String[] v = new String[to.size()];
        int offset = to.rowOf(from.start()).orElseThrow();
        System.arraycopy(l.values(), 0, v, offset, from.size());
        return new LabelColumn(l.name(), v);
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + index + ", " + series.keySet() + "]";
    }
}
