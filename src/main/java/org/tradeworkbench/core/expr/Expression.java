package org.tradeworkbench.core.expr;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.tradeworkbench.core.data.Dataset;

/**
 * A parsed series expression such as {@code log(-balance*10)}, {@code d(log(x))(-1)} or
 * {@code exports_china/exports_world}. Names with spaces or symbols are quoted with backticks. Functions:
 * {@code log ln log10 exp abs sqrt}, {@code d(e)} first difference, {@code d(e, n)} n-th difference; {@code e(-k)}
 * is the k-th lag and {@code e(+k)} a lead. Evaluation is row-wise over the dataset's regular index; a value
 * that cannot be computed (log of a non-positive number, division by zero, a lag before the first row) is
 * missing.
 */
public final class Expression {
    private final String source;
    private final Node root;

    private Expression(String source, Node root) {
        this.source = source;
        this.root = root;
    }

    /** Parses; an {@link ExpressionException} points at the offending character. */
    public static Expression parse(String text) {
        return new Expression(text, Parser.parse(text));
    }

    /** The text as the user wrote it. */
    public String source() {
        return source;
    }

    /** Canonical form, e.g. {@code d(log(x))(-1)}. */
    public String canonical() {
        return root.text();
    }

    /** Series names this expression reads. */
    public Set<String> variables() {
        Set<String> out = new LinkedHashSet<>();
        root.collectVariables(out);
        return Collections.unmodifiableSet(out);
    }

    /** Whether the expression is a bare series name. */
    public boolean isSeriesName() {
        return root instanceof Node.Ref;
    }

    /** Rows at the start of the sample lost to lags and differences. */
    public int lostRows() {
        return root.lostRows();
    }

    /** One value per row of {@code data} (a fresh array the caller may modify); missing values are NaN. */
    public double[] evaluate(Dataset data) {
        double[] v = root.eval(data);
        return root instanceof Node.Ref ? v.clone() : v;
    }

    /**
     * As {@link #evaluate}, but a bare series name gives the dataset's own values without a copy: for callers that
     * only read them (copying a long series costs as much as a test on it).
     */
    public double[] evaluateForReading(Dataset data) {
        return root.eval(data);
    }

    @Override
    public String toString() {
        return source;
    }
}
