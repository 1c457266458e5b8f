package org.tradeworkbench.core.commandlog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.SourceLocation;

/**
 * A command script: one command per line, as typed after the program name ({@code adf --data x.csv ...}).
 * Blank lines and {@code #} comments are ignored; words are split like a POSIX shell does (double and single
 * quotes, backslash escapes); a line ending in a backslash continues on the next line; a leading
 * {@code trade-workbench} program name is accepted and dropped so that lines copied from a terminal work.
 */
public final class CommandScript {

    /** A command of the script and the line it starts on (1-based). */
    public record Entry(int line, CommandLine command) {
    }

    private static final String PROGRAM = "trade-workbench";

    private CommandScript() {
    }

    public static List<Entry> read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new DataException(SourceLocation.file(name), Files.isDirectory(file)
                    ? "is a folder, not a script" : "no such script file");
        }
        return parse(decode(Files.readAllBytes(file), name), name);
    }

    /**
     * The script's text. Scripts are UTF-8 (the Commands tab writes them so); a UTF-8 byte-order mark is
     * skipped, and bytes that are not UTF-8 are reported at their line and column instead of as a read error.
     */
    static String decode(byte[] bytes, String name) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            throw new DataException(SourceLocation.of(name, 1, 1),
                    "is UTF-16 text; command scripts are UTF-8 (save it again as UTF-8)");
        }
        java.nio.charset.CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = start;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new DataException(SourceLocation.of(name, line, bad - lineStart + 1),
                    "is not a command script: byte 0x" + String.format("%02X", bytes[bad] & 0xFF)
                    + " is not UTF-8 text (scripts are UTF-8)");
        }
        dec.flush(out);
        out.flip();
        return out.toString();
    }

    /** Parses script text; {@code fileName} (may be null) names the script in error messages. */
    public static List<Entry> parse(String text, String fileName) {
        List<Entry> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int i = 0;
        while (i < lines.length) {
            int first = i + 1;
            StringBuilder logical = new StringBuilder(lines[i]);
            // Continuation: an odd number of trailing backslashes escapes the line end.
            while (endsWithEscape(logical) && i + 1 < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(' ');
                i++;
                logical.append(lines[i]);
            }
            i++;
            List<String> words = split(logical.toString(), fileName, first);
            if (!words.isEmpty() && words.get(0).equals(PROGRAM)) {
                words = words.subList(1, words.size());
            }
            if (!words.isEmpty()) {
                out.add(new Entry(first, new CommandLine(words)));
            }
        }
        return out;
    }

    private static boolean endsWithEscape(CharSequence s) {
        int n = 0;
        for (int k = s.length() - 1; k >= 0 && s.charAt(k) == '\\'; k--) {
            n++;
        }
        return n % 2 == 1;
    }

    /** Splits one logical line into words; a {@code #} that starts a word starts a comment. */
    static List<String> split(String line, String fileName, int lineNo) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        int n = line.length();
        for (int k = 0; k < n; k++) {
            char c = line.charAt(k);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else if (c == '#' && !inWord) {
                break;
            } else if (c == '\'') {
                int close = line.indexOf('\'', k + 1);
                if (close < 0) {
                    throw unterminated(fileName, lineNo, k, "single");
                }
                w.append(line, k + 1, close);
                k = close;
                inWord = true;
            } else if (c == '"') {
                int k2 = k + 1;
                boolean closed = false;
                while (k2 < n) {
                    char d = line.charAt(k2);
                    if (d == '"') {
                        closed = true;
                        break;
                    }
                    if (d == '\\' && k2 + 1 < n && "\"\\$`".indexOf(line.charAt(k2 + 1)) >= 0) {
                        w.append(line.charAt(k2 + 1));
                        k2 += 2;
                    } else {
                        w.append(d);
                        k2++;
                    }
                }
                if (!closed) {
                    throw unterminated(fileName, lineNo, k, "double");
                }
                k = k2;
                inWord = true;
            } else if (c == '\\' && k + 1 < n) {
                w.append(line.charAt(++k));
                inWord = true;
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }

    private static DataException unterminated(String fileName, int lineNo, int k, String kind) {
        return new DataException(SourceLocation.of(fileName, lineNo, k + 1),
                "the " + kind + " quote opened here is never closed");
    }

    /** The script text for these commands, with the header comment lines first (each prefixed by "# "). */
    public static String format(List<CommandLine> commands, List<String> header) {
        StringBuilder sb = new StringBuilder();
        for (String h : header) {
            for (String part : h.split("\r\n|\r|\n")) {
                sb.append("# ").append(part).append('\n');
            }
        }
        for (CommandLine c : commands) {
            sb.append(c).append('\n');
        }
        return sb.toString();
    }
}
