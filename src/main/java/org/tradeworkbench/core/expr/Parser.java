package org.tradeworkbench.core.expr;

import java.util.Set;

/**
 * Recursive-descent parser for series expressions.
 *
 * <pre>
 * expr    := term (('+' | '-') term)*
 * term    := unary (('*' | '/') unary)*
 * unary   := ('-' | '+') unary | power
 * power   := postfix ('^' unary)?
 * postfix := primary ('(' ('-' | '+') INT ')')*        lag e(-k), lead e(+k)
 * primary := NUMBER | NAME | `quoted name` | FUNC '(' expr ')' | 'd' '(' expr [',' INT] ')' | '(' expr ')'
 * </pre>
 */
final class Parser {
    private static final Set<String> FUNCTIONS = Set.of("log", "ln", "log10", "exp", "abs", "sqrt", "d");

    private final String src;
    private int pos;
    /** Parentheses opened and not yet closed: an input that ends inside them lacks a ')'. */
    private int depth;

    private Parser(String src) {
        this.src = src;
    }

    static boolean isFunction(String name) {
        return FUNCTIONS.contains(name);
    }

    static Node parse(String src) {
        if (src == null || src.isBlank()) {
            throw new ExpressionException(src == null ? "" : src, 1, "empty expression");
        }
        Parser p = new Parser(src);
        Node n = p.expr();
        p.skipSpace();
        if (p.pos < src.length()) {
            char c = src.charAt(p.pos);
            throw p.error(p.pos, c == ')' ? "unmatched ')'" : "unexpected '" + c + "'");
        }
        return n;
    }

    private Node expr() {
        Node left = term();
        while (true) {
            skipSpace();
            if (peek('+') || peek('-')) {
                char op = src.charAt(pos++);
                left = new Node.Bin(op, left, term());
            } else {
                return left;
            }
        }
    }

    private Node term() {
        Node left = unary();
        while (true) {
            skipSpace();
            if (peek('*') || peek('/')) {
                char op = src.charAt(pos++);
                left = new Node.Bin(op, left, unary());
            } else {
                return left;
            }
        }
    }

    private Node unary() {
        skipSpace();
        if (peek('-')) {
            pos++;
            Node operand = unary();
            return operand instanceof Node.Num num ? new Node.Num(-num.value()) : new Node.Neg(operand);
        }
        if (peek('+')) {
            pos++;
            return unary();
        }
        return power();
    }

    private Node power() {
        Node base = postfix();
        skipSpace();
        if (peek('^')) {
            pos++;
            return new Node.Bin('^', base, unary());
        }
        return base;
    }

    private Node postfix() {
        Node n = primary();
        while (true) {
            int save = pos;
            skipSpace();
            if (!peek('(')) {
                pos = save;
                return n;
            }
            int open = pos;
            pos++;
            skipSpace();
            int sign;
            if (peek('-')) {
                sign = 1;
            } else if (peek('+')) {
                sign = -1;
            } else {
                throw error(pos, "expected a lag such as (-1) after '" + n.text() + "'");
            }
            pos++;
            skipSpace();
            int k = integer("a lag such as (-1)");
            skipSpace();
            expect(')', open);
            n = new Node.Shift(n, sign * k);
        }
    }

    private Node primary() {
        skipSpace();
        if (pos >= src.length()) {
            throw atEnd(depth > 0 ? "missing ')'" : "missing operand");
        }
        char c = src.charAt(pos);
        if (c == '(') {
            int open = pos;
            pos++;
            depth++;
            Node inner = expr();
            depth--;
            skipSpace();
            expect(')', open);
            return inner;
        }
        if (Character.isDigit(c) || c == '.') {
            return number();
        }
        if (c == '`') {
            int start = pos;
            int close = src.indexOf('`', pos + 1);
            if (close < 0) {
                throw atEnd("missing closing '`' for the name opened at " + (start + 1));
            }
            String name = src.substring(pos + 1, close);
            if (name.isEmpty()) {
                throw error(start, "empty name in backticks");
            }
            pos = close + 1;
            return new Node.Ref(name, src, start + 1);
        }
        if (Character.isLetter(c) || c == '_') {
            int start = pos;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
                    || src.charAt(pos) == '.')) {
                pos++;
            }
            String name = src.substring(start, pos);
            int save = pos;
            skipSpace();
            if (FUNCTIONS.contains(name.toLowerCase()) && peek('(')) {
                return function(name.toLowerCase());
            }
            pos = save;
            return new Node.Ref(name, src, start + 1);
        }
        if (c == ')') {
            throw error(pos, "missing operand before ')'");
        }
        throw error(pos, "unexpected '" + c + "'");
    }

    private Node function(String name) {
        int open = pos;
        pos++;
        depth++;
        Node arg = expr();
        depth--;
        skipSpace();
        if (name.equals("d")) {
            int order = 1;
            if (peek(',')) {
                pos++;
                skipSpace();
                order = integer("a difference order");
                if (order < 1 || order > 12) {
                    throw error(pos - 1, "difference order must be 1..12");
                }
                skipSpace();
            }
            expect(')', open);
            return new Node.Diff(arg, order);
        }
        expect(')', open);
        return new Node.Fn(name, arg);
    }

    private Node number() {
        int start = pos;
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        String t = src.substring(start, pos);
        try {
            return new Node.Num(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            throw error(start, "\"" + t + "\" is not a number");
        }
    }

    private int integer(String what) {
        int start = pos;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw pos >= src.length() ? atEnd("expected " + what) : error(pos, "expected " + what);
        }
        try {
            return Integer.parseInt(src.substring(start, pos));
        } catch (NumberFormatException e) {
            throw error(start, "number too large");
        }
    }

    private void expect(char c, int openedAt) {
        if (pos < src.length() && src.charAt(pos) == c) {
            pos++;
            return;
        }
        if (pos >= src.length()) {
            throw atEnd("missing '" + c + "'");
        }
        throw error(pos, "missing '" + c + "' for the '(' at " + (openedAt + 1) + ", found '" + src.charAt(pos) + "'");
    }

    private boolean peek(char c) {
        return pos < src.length() && src.charAt(pos) == c;
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }

    private ExpressionException error(int offset, String problem) {
        return new ExpressionException(src, Math.max(1, Math.min(offset + 1, src.length())), problem);
    }

    /** The input ended too early: point at its last character. */
    private ExpressionException atEnd(String problem) {
        return new ExpressionException(src, Math.max(1, src.length()), problem);
    }

    static String wrap(Node n, boolean tight) {
        boolean atomic = n instanceof Node.Num num ? num.value() >= 0 : n instanceof Node.Ref || n instanceof Node.Fn
                || n instanceof Node.Diff || n instanceof Node.Shift;
        return atomic || !tight ? n.text() : "(" + n.text() + ")";
    }

    static String wrapFor(Node child, char parentOp, boolean rightSide) {
        if (child instanceof Node.Bin b) {
            int pc = precedence(parentOp);
            int cc = precedence(b.op());
            if (cc < pc || (cc == pc && rightSide)) {
                return "(" + child.text() + ")";
            }
            return child.text();
        }
        if (child instanceof Node.Neg && parentOp != '+') {
            return "(" + child.text() + ")";
        }
        return child.text();
    }

    private static int precedence(char op) {
        return switch (op) {
            case '+', '-' -> 1;
            case '*', '/' -> 2;
            default -> 3;
        };
    }
}
