package org.tradeworkbench.core.io;

/** Small helpers for cell texts in messages. */
final class Cells {
    private static final int MAX_SHOWN = 40;

    private Cells() {
    }

    /** The text as it can be shown inside quotes on one line: control characters escaped, long texts cut. */
    static String forMessage(String text) {
        StringBuilder sb = new StringBuilder();
        int n = Math.min(text.length(), MAX_SHOWN);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\uFFFD') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        if (text.length() > MAX_SHOWN) {
            sb.append("...");
        }
        return sb.toString();
    }
}
