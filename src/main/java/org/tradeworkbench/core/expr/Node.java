package org.tradeworkbench.core.expr;

import java.util.Set;
import org.tradeworkbench.core.data.Dataset;

/** A node of a parsed expression. Evaluation yields one value per dataset row; NaN is missing. */
sealed interface Node permits Node.Num, Node.Ref, Node.Neg, Node.Bin, Node.Fn, Node.Shift, Node.Diff {

    double[] eval(Dataset data);

    void collectVariables(Set<String> out);

    /** Canonical text, re-parsable. */
    String text();

    /** Rows lost at the start of the sample by lags and differences. */
    int lostRows();

    record Num(double value) implements Node {
        public double[] eval(Dataset data) {
            double[] out = new double[data.rowCount()];
            java.util.Arrays.fill(out, value);
            return out;
        }

        public void collectVariables(Set<String> out) {
        }

        public String text() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                    : Double.toString(value);
        }

        public int lostRows() {
            return 0;
        }
    }

    record Ref(String name, String source, int position) implements Node {
        public double[] eval(Dataset data) {
            var s = data.find(name);
            if (s.isEmpty() && data.labels().stream().anyMatch(l -> l.name().equals(name))) {
                // The import's note says which cell made it text, when the data came from a file.
                String why = data.notes().stream().filter(n -> n.startsWith("column \"" + name + "\" holds text"))
                        .findFirst().map(n -> ": " + n).orElse(" (too many of its cells are not numbers)");
                throw new ExpressionException(source, position, "\"" + name + "\" was read as a text column, not as a"
                        + " numeric series" + why);
            }
            if (s.isEmpty()) {
                throw new ExpressionException(source, position, "unknown series \"" + name + "\" ("
                        + (data.seriesNames().isEmpty() ? "the data have no numeric series"
                                : "the data have: " + String.join(", ", data.seriesNames())) + ")");
            }
            return s.get().values();
        }

        public void collectVariables(Set<String> out) {
            out.add(name);
        }

        public String text() {
            return name.matches("[A-Za-z_][A-Za-z0-9_.]*") && !Parser.isFunction(name) ? name : "`" + name + "`";
        }

        public int lostRows() {
            return 0;
        }
    }

    record Neg(Node operand) implements Node {
        public double[] eval(Dataset data) {
            double[] a = operand.eval(data);
            double[] out = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = -a[i];
            }
            return out;
        }

        public void collectVariables(Set<String> out) {
            operand.collectVariables(out);
        }

        public String text() {
            return "-" + Parser.wrap(operand, true);
        }

        public int lostRows() {
            return operand.lostRows();
        }
    }

    record Bin(char op, Node left, Node right) implements Node {
        public double[] eval(Dataset data) {
            double[] a = left.eval(data);
            double[] b = right.eval(data);
            double[] out = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                double v = switch (op) {
                    case '+' -> a[i] + b[i];
                    case '-' -> a[i] - b[i];
                    case '*' -> a[i] * b[i];
                    case '/' -> a[i] / b[i];
                    case '^' -> Math.pow(a[i], b[i]);
                    default -> throw new IllegalStateException("operator " + op);
                };
                // Division by zero and overflow give no usable value: missing, as in EViews and gretl.
                out[i] = Double.isFinite(v) ? v : Double.NaN;
            }
            return out;
        }

        public void collectVariables(Set<String> out) {
            left.collectVariables(out);
            right.collectVariables(out);
        }

        public String text() {
            boolean tightRight = op == '-' || op == '/' || op == '^';
            return Parser.wrapFor(left, op, false) + " " + op + " " + Parser.wrapFor(right, op, tightRight);
        }

        public int lostRows() {
            return Math.max(left.lostRows(), right.lostRows());
        }
    }

    record Fn(String name, Node arg) implements Node {
        public double[] eval(Dataset data) {
            double[] a = arg.eval(data);
            double[] out = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                double x = a[i];
                double v = switch (name) {
                    case "log", "ln" -> Math.log(x);
                    case "log10" -> Math.log10(x);
                    case "exp" -> Math.exp(x);
                    case "abs" -> Math.abs(x);
                    case "sqrt" -> Math.sqrt(x);
                    default -> throw new IllegalStateException("function " + name);
                };
                // log of a non-positive number has no value: missing rather than -Infinity.
                out[i] = Double.isFinite(v) ? v : Double.NaN;
            }
            return out;
        }

        public void collectVariables(Set<String> out) {
            arg.collectVariables(out);
        }

        public String text() {
            return name + "(" + arg.text() + ")";
        }

        public int lostRows() {
            return arg.lostRows();
        }
    }

    /** Lag ({@code k > 0}, written {@code e(-k)}) or lead ({@code k < 0}, written {@code e(+k)}). */
    record Shift(Node operand, int lag) implements Node {
        public double[] eval(Dataset data) {
            double[] a = operand.eval(data);
            int n = a.length;
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                int j = i - lag;
                out[i] = j >= 0 && j < n ? a[j] : Double.NaN;
            }
            return out;
        }

        public void collectVariables(Set<String> out) {
            operand.collectVariables(out);
        }

        public String text() {
            return Parser.wrap(operand, true) + "(" + (lag > 0 ? "-" + lag : "+" + (-lag)) + ")";
        }

        public int lostRows() {
            return operand.lostRows() + Math.max(lag, 0);
        }
    }

    /** The {@code order}-th difference. */
    record Diff(Node operand, int order) implements Node {
        public double[] eval(Dataset data) {
            double[] a = operand.eval(data);
            for (int k = 0; k < order; k++) {
                double[] out = new double[a.length];
                if (a.length > 0) {
                    out[0] = Double.NaN;
                }
                for (int i = 1; i < a.length; i++) {
                    out[i] = a[i] - a[i - 1];
                }
                a = out;
            }
            return a;
        }

        public void collectVariables(Set<String> out) {
            operand.collectVariables(out);
        }

        public String text() {
            return "d(" + operand.text() + (order == 1 ? "" : ", " + order) + ")";
        }

        public int lostRows() {
            return operand.lostRows() + order;
        }
    }
}
