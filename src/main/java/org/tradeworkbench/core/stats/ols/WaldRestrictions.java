package org.tradeworkbench.core.stats.ols;

import java.util.ArrayList;
import java.util.List;

/**
 * Linear restrictions on the coefficients, as a person writes them: {@code "RATIO = 0, PATENT = FDIGDP"} or
 * {@code "2*PATENT - lny(-1) = 1"}, separated by commas or semicolons. Each side is a sum of numbers, coefficient
 * names and number*name terms; names are those of the coefficient table ({@code const}, {@code lny(-1)}). Parsed
 * to the rows of R and r in R b = r.
 *
 * @param text the restrictions as written
 * @param r    R, one row per restriction, one column per coefficient
 * @param q    r, one value per restriction
 */
public record WaldRestrictions(String text, double[][] r, double[] q) {

    /** Reads {@code text} against the coefficient names; an unknown name or a malformed side is an error naming it. */
    public static WaldRestrictions parse(String text, List<String> names) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no restriction given: write e.g. \"RATIO = 0, PATENT = FDIGDP\"");
        }
        List<double[]> rows = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (String part : split(text)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq < 0 || p.indexOf('=', eq + 1) >= 0) {
                throw new IllegalArgumentException("\"" + p + "\" is not one restriction of the form left = right");
            }
            double[] row = new double[names.size()];
            double[] constant = {0};
            side(p.substring(0, eq), 1, row, constant, names, p);
            side(p.substring(eq + 1), -1, row, constant, names, p);
            boolean any = false;
            for (double v : row) {
                any |= v != 0;
            }
            if (!any) {
                throw new IllegalArgumentException("\"" + p + "\" restricts no coefficient");
            }
            rows.add(row);
            values.add(-constant[0]);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no restriction given: write e.g. \"RATIO = 0, PATENT = FDIGDP\"");
        }
        double[] q = new double[values.size()];
        for (int i = 0; i < q.length; i++) {
            q[i] = values.get(i);
        }
        return new WaldRestrictions(text.strip(), rows.toArray(double[][]::new), q);
    }

    public int count() {
        return q.length;
    }

    /** Adds {@code sign} times the side's terms: names to the row, numbers to the constant. */
    private static void side(String s, int sign, double[] row, double[] constant, List<String> names, String whole) {
        List<String> terms = new ArrayList<>();
        List<Integer> signs = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int termSign = 1;
        String t = s.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("\"" + whole + "\" has an empty side");
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && (c == '+' || c == '-') && i > 0 && !isExponent(t, i)) {
                terms.add(t.substring(start, i));
                signs.add(termSign);
                termSign = c == '-' ? -1 : 1;
                start = i + 1;
            } else if (depth == 0 && c == '-' && i == 0) {
                termSign = -1;
                start = 1;
            }
        }
        terms.add(t.substring(start));
        signs.add(termSign);
        for (int k = 0; k < terms.size(); k++) {
            String term = terms.get(k).strip();
            double factor = sign * signs.get(k);
            int star = term.indexOf('*');
            String name = term;
            if (star >= 0) {
                factor *= number(term.substring(0, star), whole);
                name = term.substring(star + 1).strip();
            }
            int j = names.indexOf(name);
            if (j >= 0) {
                row[j] += factor;
            } else if (star < 0 && isNumber(name)) {
                constant[0] += factor * Double.parseDouble(name);
            } else {
                throw new IllegalArgumentException("\"" + name + "\" in \"" + whole + "\" is not a coefficient of the "
                        + "model; the coefficients are " + String.join(", ", names));
            }
        }
    }

    private static boolean isExponent(String t, int i) {
        return i >= 2 && (t.charAt(i - 1) == 'e' || t.charAt(i - 1) == 'E') && Character.isDigit(t.charAt(i - 2))
                && isNumber(t.substring(0, i - 1).replaceAll(".*[^0-9.]", ""));
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.strip());
            return !s.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double number(String s, String whole) {
        if (!isNumber(s)) {
            throw new IllegalArgumentException("\"" + s.strip() + "\" in \"" + whole + "\" is not a number");
        }
        return Double.parseDouble(s.strip());
    }

    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ';')) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }
}
