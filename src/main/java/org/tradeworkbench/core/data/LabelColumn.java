package org.tradeworkbench.core.data;

import java.util.Objects;

/** A text column (e.g. a country name) kept beside the numeric series, aligned with the index. */
public record LabelColumn(String name, String[] values) {
    public LabelColumn {
        Objects.requireNonNull(name);
        Objects.requireNonNull(values);
    }

    public int size() {
        return values.length;
    }

    public String get(int row) {
        return values[row];
    }
}
