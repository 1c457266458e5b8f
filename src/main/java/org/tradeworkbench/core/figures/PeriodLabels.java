package org.tradeworkbench.core.figures;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import org.tradeworkbench.core.data.TimeIndex;

/**
 * The labels of consecutive rows of a time index, made when asked for: a figure of a million periods needs a few
 * labels (the ends, a hovered point), not a million strings. Immutable.
 */
public final class PeriodLabels extends AbstractList<String> implements RandomAccess {
    private final TimeIndex index;
    private final int first;
    private final int size;

    /** The labels of rows {@code first..last} (inclusive) of {@code index}. */
    public PeriodLabels(TimeIndex index, int first, int last) {
        this.index = Objects.requireNonNull(index);
        if (first < 0 || last >= index.size() || last < first - 1) {
            throw new IllegalArgumentException("rows " + first + ".." + last + " outside " + index);
        }
        this.first = first;
        this.size = last - first + 1;
    }

    @Override
    public String get(int i) {
        Objects.checkIndex(i, size);
        return index.label(first + i);
    }

    @Override
    public int size() {
        return size;
    }
}
