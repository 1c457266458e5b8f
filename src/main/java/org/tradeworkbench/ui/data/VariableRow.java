package org.tradeworkbench.ui.data;

/**
 * One entry of the variable list.
 *
 * @param span       first to last period holding a value, e.g. {@code 1995 - 2020}, or "no values"
 * @param missing    number of missing values over the whole index
 * @param expression defining expression of a generated series, or null
 */
public record VariableRow(String name, String span, int missing, String expression) {
    public boolean generated() {
        return expression != null;
    }

    /** The detail line under the name, e.g. {@code 1995 - 2020, 3 missing}. */
    public String detail() {
        String m = missing == 0 ? "no missing" : missing + " missing";
        return span + ", " + m + (generated() ? ", = " + expression : "");
    }
}
