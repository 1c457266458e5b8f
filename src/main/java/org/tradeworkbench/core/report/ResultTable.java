package org.tradeworkbench.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A results table as every front end shows it: the GUI table view, the CLI's text output and the CSV, LaTeX,
 * HTML, Markdown and image exports all render this one object. Cells are {@link Cell}s so that numbers keep
 * their full precision for CSV/JSON and their display format for text.
 *
 * @param title   e.g. "Augmented Dickey-Fuller test"
 * @param columns header labels
 * @param rows    one list of cells per row, each as long as {@code columns}
 * @param notes   footnotes (sample, dropped observations, significance codes)
 */
public record ResultTable(String title, List<String> columns, List<List<Cell>> rows, List<String> notes) {

    public ResultTable {
        Objects.requireNonNull(title);
        columns = List.copyOf(columns);
        List<List<Cell>> copy = new ArrayList<>();
        for (List<Cell> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + r.size() + " cells for " + columns.size() + " columns");
            }
            copy.add(List.copyOf(r));
        }
        rows = List.copyOf(copy);
        notes = List.copyOf(notes);
    }

    /**
     * True when column {@code c} holds numbers: at least one number and nothing but blanks besides. Writers
     * right-align such columns.
     */
    public boolean isNumericColumn(int c) {
        boolean any = false;
        for (List<Cell> row : rows) {
            Cell cell = row.get(c);
            if (cell.alignsRight()) {
                any = true;
            } else if (!cell.text().isBlank()) {
                return false;
            }
        }
        return any;
    }

    /**
     * A cell: text, or a number with the number of decimals to show ({@code -1}: general format,
     * {@link #P_VALUE}: a p-value). A p-value cell holds the number; its text, if any, is {@code "<"} or
     * {@code ">"} for a p-value known only as a bound of the table it is read from.
     */
    public record Cell(String text, Double number, int decimals) {
        /** The {@code decimals} of a p-value cell, shown by {@link NumberFormats#pValue(double, int)}. */
        public static final int P_VALUE = -2;
        private static final java.util.regex.Pattern READS_AS_NUMBER =
                java.util.regex.Pattern.compile("([<>≤≥] ?)?-?\\d+(\\.\\d+)?");

        public static Cell text(String s) {
            return new Cell(s == null ? "" : s, null, 0);
        }

        public static Cell number(double v, int decimals) {
            return new Cell(null, v, decimals);
        }

        public static Cell integer(long v) {
            return new Cell(null, (double) v, 0);
        }

        /**
         * A p-value: the full number (CSV and JSON write it as is), shown as {@code 0.0123} or {@code <0.0001}.
         * The one way tables make p-value cells.
         */
        public static Cell pValue(double p) {
            return new Cell(null, p, P_VALUE);
        }

        /**
         * A p-value beyond the table it is interpolated in (KPSS): {@code bound} with {@code above} true means
         * "p &gt; bound". The number is the bound, as statsmodels returns it; the display shows the inequality.
         */
        public static Cell pValueBeyond(double bound, boolean above) {
            return new Cell(above ? ">" : "<", bound, P_VALUE);
        }

        public boolean isPValue() {
            return number != null && decimals == P_VALUE;
        }

        public boolean isNumber() {
            return number != null;
        }

        /**
         * True for a number, and for text that reads as one: a number already formatted (a p-value written as
         * "0.1746") or a bound such as "<0.0001" or "> 0.10" where a p-value is beyond what is printed. Such
         * cells line up with the numbers of their column.
         */
        public boolean alignsRight() {
            return number != null || READS_AS_NUMBER.matcher(text).matches();
        }

        /** The display form: numbers at their decimals, missing numbers as {@code NA}. */
        public String display() {
            return display(-1);
        }

        /**
         * The display form with the user's choice of decimals ({@code fixedDecimals} ≥ 0) for the numbers that
         * have decimals. Whole numbers (counts, lags, degrees of freedom) stay whole, and numbers so large or
         * small that the general format writes them in scientific notation stay so, since fixed decimals would
         * show them as a long row of digits or as zero. A negative {@code fixedDecimals} keeps each cell's own.
         */
        public String display(int fixedDecimals) {
            if (isPValue()) {
                // P-values keep their four decimals whatever the user chose for other numbers: at two, a
                // p-value of 0.0007 would read "<0.01" and 0.049 and 0.051 would both read "0.05".
                String shown = NumberFormats.pValue(number, 4);
                return text == null || text.isEmpty() ? shown : text + " " + shown;
            }
            if (fixedDecimals >= 0 && number != null && decimals != 0 && Double.isFinite(number)
                    && !(decimals < 0 && NumberFormats.isScientific(number))) {
                return NumberFormats.fixed(number, fixedDecimals);
            }
            if (number == null) {
                return text;
            }
            double v = number;
            if (Double.isNaN(v)) {
                return "NA";
            }
            if (Double.isInfinite(v)) {
                return v > 0 ? "Inf" : "-Inf";
            }
            if (decimals < 0) {
                return NumberFormats.general(v);
            }
            return NumberFormats.fixed(v, decimals);
        }
    }

    /** Builder for readable construction in result classes. */
    public static Builder builder(String title, String... columns) {
        return new Builder(title, List.of(columns));
    }

    public static final class Builder {
        private final String title;
        private final List<String> columns;
        private final List<List<Cell>> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String title, List<String> columns) {
            this.title = title;
            this.columns = columns;
        }

        public Builder row(Cell... cells) {
            rows.add(List.of(cells));
            return this;
        }

        public Builder row(List<Cell> cells) {
            rows.add(cells);
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public ResultTable build() {
            return new ResultTable(title, columns, rows, notes);
        }
    }
}
