package org.tradeworkbench.core.expr;

import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.SourceLocation;

/** A problem in a series expression, pointing at a 1-based character position. */
public class ExpressionException extends DataException {
    private final int position;
    private final String expression;

    public ExpressionException(String expression, int position, String problem) {
        // The position says nothing when the expression is one name (e.g. a column read as text).
        super(null, "\"" + expression + "\": " + problem + (Expressions.isPlainName(expression == null ? ""
                : expression.trim()) ? "" : " at " + position));
        this.position = position;
        this.expression = expression;
    }

    /** 1-based position of the offending character (the last character when the input ended too early). */
    public int position() {
        return position;
    }

    public String expression() {
        return expression;
    }

    @Override
    public SourceLocation location() {
        return new SourceLocation(null, 0, position);
    }
}
