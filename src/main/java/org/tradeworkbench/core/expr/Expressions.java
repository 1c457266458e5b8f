package org.tradeworkbench.core.expr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;

/** Evaluating expressions against datasets, and generated series ({@code name = expression}). */
public final class Expressions {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
    private static final Pattern DEFINITION = Pattern.compile("\\s*(`[^`]+`|[A-Za-z_][A-Za-z0-9_.]*)\\s*=(.*)",
            Pattern.DOTALL);

    private Expressions() {
    }

    public static double[] evaluate(Dataset data, String expression) {
        return Expression.parse(expression).evaluate(data);
    }

    /** A name usable without backticks. */
    public static boolean isPlainName(String name) {
        return NAME.matcher(name).matches() && !Parser.isFunction(name);
    }

    /**
     * Adds (or redefines) the generated series {@code name = expression}. A series that is data (not generated)
     * is never overwritten, and a definition may not refer to itself.
     */
    public static Dataset define(Dataset data, String name, String expression) {
        if (name == null || name.isBlank()) {
            throw new DataException("a generated series needs a name");
        }
        Expression e = Expression.parse(expression);
        if (e.variables().contains(name)) {
            throw new DataException("the definition of \"" + name + "\" refers to itself");
        }
        data.find(name).ifPresent(existing -> {
            if (!existing.isGenerated()) {
                throw new DataException("\"" + name + "\" is a data series; choose another name for the generated one");
            }
        });
        Series s = new Series(name, e.evaluate(data), e.source(), "= " + e.source());
        return refresh(data.with(s));
    }

    /** Parses {@code name = expression} (as typed in the "add series" box) and defines it. */
    public static Dataset defineFromText(Dataset data, String definition) {
        var m = DEFINITION.matcher(definition == null ? "" : definition);
        if (!m.matches()) {
            throw new DataException("write a generated series as name = expression, e.g. lny = log(-balance*10)");
        }
        String name = m.group(1);
        if (name.startsWith("`")) {
            name = name.substring(1, name.length() - 1);
        }
        return define(data, name, m.group(2).trim());
    }

    /**
     * The data as every analysis sees them under {@code range}: cut to the sample with generated series recomputed
     * on the cut ({@link org.tradeworkbench.core.data.Presample#CUT}, so a difference starts missing at the
     * sample's first period), or with presample values ({@link org.tradeworkbench.core.data.Presample#USE}) the
     * sample's rows with the rows before them attached and generated series as computed on the whole data.
     */
    public static Dataset sampled(Dataset data, org.tradeworkbench.core.data.SampleRange range) {
        if (data.rowCount() == 0) {
            return data;
        }
        if (range.presample() == org.tradeworkbench.core.data.Presample.USE) {
            return range.apply(data);
        }
        return range.isAll() ? data : refresh(range.apply(data));
    }

    /**
     * Re-evaluates every generated series (after an edit of the data they read), in dependency order. A
     * generated series whose inputs no longer exist raises a DataException naming both.
     */
    public static Dataset refresh(Dataset data) {
        List<Series> generated = new ArrayList<>();
        for (Series s : data.series()) {
            if (s.isGenerated()) {
                generated.add(s);
            }
        }
        Dataset out = data;
        Set<String> done = new HashSet<>();
        Set<String> pending = new HashSet<>();
        for (Series s : generated) {
            pending.add(s.name());
        }
        // Repeated passes resolve chains of generated series; a pass without progress means a cycle.
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (Series s : generated) {
                if (done.contains(s.name())) {
                    continue;
                }
                Expression e = Expression.parse(s.expression());
                boolean ready = true;
                for (String v : e.variables()) {
                    if (pending.contains(v) && !v.equals(s.name())) {
                        ready = false;
                    }
                }
                if (!ready) {
                    continue;
                }
                double[] v;
                try {
                    v = e.evaluate(out);
                } catch (ExpressionException ex) {
                    throw new DataException("generated series \"" + s.name() + "\" = " + s.expression()
                            + " cannot be computed: " + ex.problem());
                }
                out = out.with(new Series(s.name(), v, s.expression(), s.description()));
                done.add(s.name());
                pending.remove(s.name());
                progress = true;
            }
            if (!progress) {
                throw new DataException("generated series refer to each other in a cycle: " + String.join(", ", pending));
            }
        }
        return out;
    }
}
