package org.tradeworkbench.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.SourceLocation;

/** The first bytes of a file (64 KB), from which the dialect and the format are detected. */
final class FileSample {
    static final int SIZE = 64 * 1024;

    final Path path;
    final String fileName;
    final long fileSize;
    /** The sample bytes, byte order mark removed. */
    final byte[] bytes;
    /** Whether the file goes on beyond the sample. */
    final boolean truncated;
    final boolean bom;
    /** The decoded records of the sample under one tokenisation (delimiter|quote|charset), kept for reuse. */
    String cachedKey;
    int cachedMax;
    java.util.List<SampleRecord> cached;
    /** Progress and cancel of a whole-file read, or null (previews). */
    ReadProgress progress;

    private FileSample(Path path, long fileSize, byte[] bytes, boolean truncated, boolean bom) {
        this.path = path;
        this.fileName = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        this.fileSize = fileSize;
        this.bytes = bytes;
        this.truncated = truncated;
        this.bom = bom;
    }

    static FileSample read(Path path) throws IOException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            throw new DataException(SourceLocation.file(name), "is a folder, not a data file");
        }
        long size;
        byte[] head = new byte[SIZE + 3];
        int n = 0;
        try (InputStream in = Files.newInputStream(path)) {
            size = Files.size(path);
            while (n < head.length) {
                int r = in.read(head, n, head.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
        } catch (NoSuchFileException e) {
            throw new DataException(SourceLocation.file(name), "no such file");
        }
        if (n >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE
                && head[1] == (byte) 0xFF))) {
            throw new DataException(SourceLocation.of(name, 1, 0),
                    "the file is UTF-16 text; save it as UTF-8 (or Windows-1252) CSV and import it again");
        }
        requireText(name, head, n);
        boolean bom = n >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
        int from = bom ? 3 : 0;
        int len = Math.min(n - from, SIZE);
        byte[] bytes = java.util.Arrays.copyOfRange(head, from, from + len);
        return new FileSample(path, size, bytes, from + len < size, bom);
    }

    /**
     * Refuses a file that is not text (an image, an archive, random bytes renamed .csv): a NUL byte, or more than
     * one control character in a hundred, which no CSV, TSV or JSON file holds. Without this check such bytes are
     * read as windows-1252 text and reported as a ragged row.
     */
    private static void requireText(String name, byte[] head, int n) {
        int controls = 0;
        int first = -1;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            boolean control = b == 0 || b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F;
            if (control) {
                controls++;
                if (first < 0) {
                    first = i;
                }
                if (b == 0) {
                    controls = Integer.MAX_VALUE / 2;
                }
            }
        }
        if (controls > 0 && (controls >= Integer.MAX_VALUE / 2 || controls * 100L > n)) {
            int line = 1;
            for (int i = 0; i < first; i++) {
                if (head[i] == '\n' || head[i] == '\r' && (i + 1 >= n || head[i + 1] != '\n')) {
                    line++;
                }
            }
            // The line of the first control byte, so that the message points where a text editor shows it.
            throw new DataException(SourceLocation.of(name, line, 0), "is not a text file: it holds binary data (the first "
                    + String.format(java.util.Locale.ROOT, "control byte 0x%02X", head[first] & 0xFF) + " at byte "
                    + (first + 1) + "); open a CSV, TSV or text file, a JSON answer of the Census API, or an Excel "
                    + "workbook (.xlsx, .xls)");
        }
    }

    /** UTF-8 when there is a BOM or the sample is valid UTF-8, windows-1252 otherwise. */
    Charset detectCharset() {
        if (bom || validUtf8(bytes, truncated)) {
            return StandardCharsets.UTF_8;
        }
        return CsvDialect.WINDOWS_1252;
    }

    static boolean validUtf8(byte[] b, boolean mayBeCut) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int more;
            if (c < 0x80) {
                i++;
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                more = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                more = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                more = 3;
            } else {
                return false;
            }
            if (i + more >= b.length) {
                return mayBeCut; // a character cut by the end of the sample
            }
            for (int k = 1; k <= more; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += more + 1;
        }
        return true;
    }

    /** Line-end style of the sample: LF, CRLF, CR, mixed, or none. */
    String lineEnds() {
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r') {
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (bytes[i] == '\n') {
                lf++;
            }
        }
        int kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
        if (kinds > 1) {
            return "mixed";
        }
        return crlf > 0 ? "CRLF" : cr > 0 ? "CR" : lf > 0 ? "LF" : "none";
    }

    /** The whole file from after its byte order mark, reporting to {@link #progress} when set. */
    InputStream openAfterBom() throws IOException {
        InputStream in = Files.newInputStream(path);
        if (progress != null) {
            in = progress.track(in);
        }
        if (bom) {
            in.readNBytes(3);
        }
        return in;
    }
}
