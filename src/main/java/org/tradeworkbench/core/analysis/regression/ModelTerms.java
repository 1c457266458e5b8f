package org.tradeworkbench.core.analysis.regression;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.expr.Expressions;

/** The regressors of a model as expressions the engine evaluates: lags of the dependent, then each regressor. */
public final class ModelTerms {
    private ModelTerms() {
    }

    /**
     * @param dependent     the dependent expression
     * @param dependentLags lags 1..n of the dependent
     * @param regressors    expression and number of extra lags of each regressor, in order
     */
    public static List<String> of(String dependent, int dependentLags, List<Regressor> regressors) {
        List<String> out = new ArrayList<>();
        for (int k = 1; k <= dependentLags; k++) {
            out.add(lagged(dependent, k));
        }
        for (Regressor r : regressors) {
            if (r.expression().equals(dependent)) {
                // The dependent enters only through its lags.
                continue;
            }
            for (int k = 0; k <= r.lags(); k++) {
                String t = lagged(r.expression(), k);
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** A regressor and how many of its lags are added. */
    public record Regressor(String expression, int lags) {
        public Regressor {
            java.util.Objects.requireNonNull(expression, "expression");
            if (lags < 0) {
                throw new IllegalArgumentException("the lags of " + expression + " cannot be negative, got " + lags);
            }
        }
    }

    /** {@code e(-k)}, with the expression in parentheses unless it is a name or a single call. */
    static String lagged(String expression, int k) {
        String e = expression.trim();
        if (k == 0) {
            return e;
        }
        return (isOperand(e) ? e : "(" + e + ")") + "(-" + k + ")";
    }

    private static boolean isOperand(String e) {
        if (Expressions.isPlainName(e) || e.matches("`[^`]*`")) {
            return true;
        }
        if (!e.matches("[A-Za-z_][A-Za-z0-9_.]*\\(.*\\)")) {
            return false;
        }
        int depth = 0;
        for (int i = e.indexOf('('); i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && i != e.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }
}
