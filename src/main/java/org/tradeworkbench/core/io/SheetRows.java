package org.tradeworkbench.core.io;

import java.util.List;

/** Receives a sheet's rows in order, each with its non-empty cells; returns false to stop reading. */
interface SheetRows {
    /** {@code row} is 1-based; cells are ordered by column. */
    boolean row(int row, List<ExcelCell> cells);

    /** A merged range, 1-based and inclusive. */
    record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        boolean contains(int row, int column) {
            return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
        }
    }
}
