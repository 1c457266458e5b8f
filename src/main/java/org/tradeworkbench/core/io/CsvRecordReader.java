package org.tradeworkbench.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.SourceLocation;

/**
 * Splits delimited text into records and fields, working on the raw bytes: delimiters, quotes and line ends are
 * ASCII, so this is safe for UTF-8 and windows-1252 and avoids decoding every number. Quoted fields may hold
 * delimiters, doubled quotes and line ends; LF, CRLF and bare CR end a line, mixed freely. Empty lines are
 * skipped. A field is only decoded to a {@link String} when asked for.
 */
final class CsvRecordReader implements Closeable {
    /** A record longer than this is taken for a broken file (usually a quote that is never closed). */
    static final int MAX_RECORD_BYTES = 64 << 20;

    private static final int QUOTED = 1;
    private static final int ESCAPED = 2;

    private final InputStream in;
    private final byte delimiter;
    private final byte quote;
    private final boolean quoting;
    private final Charset charset;
    private final String file;

    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private int line = 1;

    private int recordLine;
    private int fieldCount;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] lines = new int[16];
    private byte[] flags = new byte[16];

    CsvRecordReader(InputStream in, CsvDialect dialect, String file, int bufferSize) {
        this.in = in;
        this.delimiter = (byte) dialect.delimiter();
        this.quoting = dialect.quoting();
        this.quote = (byte) dialect.quote();
        this.charset = dialect.charset();
        this.file = file;
        this.buf = new byte[Math.max(bufferSize, 64)];
    }

    CsvRecordReader(InputStream in, CsvDialect dialect, String file) {
        this(in, dialect, file, 1 << 20);
    }

    /** Reads the next non-empty record; {@code false} at the end of the input. */
    boolean next() throws IOException {
        while (true) {
            if (pos >= limit && eof) {
                return false;
            }
            int r = scan();
            if (r == NEED_MORE) {
                refill();
                continue;
            }
            if (fieldCount == 1 && flags[0] == 0 && blank(0)) {
                continue; // an empty line
            }
            return true;
        }
    }

    private static final int DONE = 0;
    private static final int NEED_MORE = 1;

    /** Scans one record from {@code pos}; on success moves {@code pos} and {@code line} past it. */
    private int scan() {
        final byte[] b = buf;
        final int lim = limit;
        final byte delim = delimiter;
        int i = pos;
        int ln = line;
        fieldCount = 0;
        recordLine = ln;
        while (true) {
            if (i >= lim) {
                if (!eof) {
                    return NEED_MORE;
                }
                add(i, i, 0, ln);
                pos = i;
                line = ln;
                return DONE;
            }
            if (quoting && b[i] == quote) {
                int fieldLine = ln;
                int start = i + 1;
                int f = QUOTED;
                i++;
                while (true) {
                    if (i >= lim) {
                        if (!eof) {
                            return NEED_MORE;
                        }
                        throw new DataException(SourceLocation.of(file, fieldLine, fieldCount + 1),
                                "a quoted field is never closed (the quote opened here runs to the end of the file)");
                    }
                    byte c = b[i];
                    if (c == quote) {
                        if (i + 1 >= lim && !eof) {
                            return NEED_MORE;
                        }
                        if (i + 1 < lim && b[i + 1] == quote) {
                            f = QUOTED | ESCAPED;
                            i += 2;
                            continue;
                        }
                        break;
                    } else if (c == '\n') {
                        ln++;
                    } else if (c == '\r') {
                        if (i + 1 >= lim && !eof) {
                            return NEED_MORE;
                        }
                        if (i + 1 >= lim || b[i + 1] != '\n') {
                            ln++;
                        }
                    }
                    i++;
                }
                add(start, i, f, fieldLine);
                i++;
                while (i < lim && (b[i] == ' ' || (b[i] == '\t' && delim != '\t'))) {
                    i++;
                }
                if (i >= lim) {
                    if (!eof) {
                        return NEED_MORE;
                    }
                    pos = i;
                    line = ln;
                    return DONE;
                }
                byte c = b[i];
                if (c == delim) {
                    i++;
                    continue;
                }
                if (c != '\n' && c != '\r') {
                    throw new DataException(SourceLocation.of(file, ln, fieldCount),
                            "unexpected text after a closing quote (a quote inside a quoted field must be doubled)");
                }
            } else {
                int start = i;
                byte c = 0;
                while (i < lim) {
                    c = b[i];
                    if (c == delim || c == '\n' || c == '\r') {
                        break;
                    }
                    i++;
                }
                if (i >= lim) {
                    if (!eof) {
                        return NEED_MORE;
                    }
                    add(start, i, 0, ln);
                    pos = i;
                    line = ln;
                    return DONE;
                }
                add(start, i, 0, ln);
                if (c == delim) {
                    i++;
                    continue;
                }
            }
            // at a line end
            if (b[i] == '\r') {
                if (i + 1 >= lim && !eof) {
                    return NEED_MORE;
                }
                i++;
                if (i < lim && b[i] == '\n') {
                    i++;
                }
            } else {
                i++;
            }
            pos = i;
            line = ln + 1;
            return DONE;
        }
    }

    private void add(int start, int end, int f, int ln) {
        if (fieldCount == starts.length) {
            int n = fieldCount * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            lines = Arrays.copyOf(lines, n);
            flags = Arrays.copyOf(flags, n);
        }
        starts[fieldCount] = start;
        ends[fieldCount] = end;
        lines[fieldCount] = ln;
        flags[fieldCount] = (byte) f;
        fieldCount++;
    }

    private void refill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        } else if (limit == buf.length) {
            if (buf.length >= MAX_RECORD_BYTES) {
                throw new DataException(SourceLocation.of(file, line, 0), "a record longer than "
                        + (MAX_RECORD_BYTES >> 20) + " MB starts here (is a quote never closed?)");
            }
            buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_RECORD_BYTES));
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    int fieldCount() {
        return fieldCount;
    }

    /** Line on which the current record starts (1-based). */
    int recordLine() {
        return recordLine;
    }

    /** Line on which field {@code i} starts. */
    int fieldLine(int i) {
        return lines[i];
    }

    byte[] buffer() {
        return buf;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    boolean quoted(int i) {
        return (flags[i] & QUOTED) != 0;
    }

    /** Whether field {@code i} is empty or blank (missing in every dialect). */
    boolean blank(int i) {
        for (int k = starts[i]; k < ends[i]; k++) {
            if (buf[k] != ' ' && buf[k] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Field {@code i} as text: unquoted, doubled quotes undone, surrounding blanks removed. */
    String text(int i) {
        int s = starts[i];
        int e = ends[i];
        if ((flags[i] & ESCAPED) == 0) {
            while (s < e && (buf[s] == ' ' || buf[s] == '\t')) {
                s++;
            }
            while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t')) {
                e--;
            }
            return new String(buf, s, e - s, charset);
        }
        byte[] out = new byte[e - s];
        int n = 0;
        for (int k = s; k < e; k++) {
            out[n++] = buf[k];
            if (buf[k] == quote && k + 1 < e && buf[k + 1] == quote) {
                k++;
            }
        }
        return new String(out, 0, n, charset).strip();
    }

    /** The whole record as texts (for headers, previews and small provider files). */
    String[] texts() {
        String[] t = new String[fieldCount];
        for (int i = 0; i < fieldCount; i++) {
            t[i] = text(i);
        }
        return t;
    }

    String file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
