package org.tradeworkbench.core.manual;

import java.util.ArrayList;
import java.util.List;

/**
 * The inline marks of a line of Markdown: {@code `code`}, {@code **bold**}, {@code *emphasis*} or
 * {@code _emphasis_}, and {@code [text](target)} links. Backslash escapes are undone; unmatched marks stay text.
 */
public final class Inline {
    /** What a span is drawn as. */
    public enum Kind { TEXT, CODE, BOLD, EMPHASIS, LINK }

    /** One run of text; {@code target} is the link's target, else null. */
    public record Span(Kind kind, String text, String target) {
    }

    private Inline() {
    }

    public static List<Span> spans(String s) {
        List<Span> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "\\`*_[]()#|!-.".indexOf(s.charAt(i + 1)) >= 0) {
                text.append(s.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '`') {
                int end = s.indexOf('`', i + 1);
                if (end > i) {
                    flush(out, text);
                    out.add(new Span(Kind.CODE, s.substring(i + 1, end), null));
                    i = end + 1;
                    continue;
                }
            }
            if (c == '*' && s.startsWith("**", i)) {
                int end = s.indexOf("**", i + 2);
                if (end > i + 2) {
                    flush(out, text);
                    out.add(new Span(Kind.BOLD, s.substring(i + 2, end), null));
                    i = end + 2;
                    continue;
                }
            }
            if ((c == '*' || c == '_') && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
                int end = s.indexOf(c, i + 1);
                if (end > i + 1 && (end + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(end + 1)))) {
                    flush(out, text);
                    out.add(new Span(Kind.EMPHASIS, s.substring(i + 1, end), null));
                    i = end + 1;
                    continue;
                }
            }
            if (c == '[') {
                int close = s.indexOf("](", i + 1);
                int end = close < 0 ? -1 : s.indexOf(')', close + 2);
                if (close > i && end > close) {
                    flush(out, text);
                    out.add(new Span(Kind.LINK, s.substring(i + 1, close), s.substring(close + 2, end)));
                    i = end + 1;
                    continue;
                }
            }
            text.append(c);
            i++;
        }
        flush(out, text);
        return out;
    }

    private static void flush(List<Span> out, StringBuilder text) {
        if (text.length() > 0) {
            out.add(new Span(Kind.TEXT, text.toString(), null));
            text.setLength(0);
        }
    }
}
