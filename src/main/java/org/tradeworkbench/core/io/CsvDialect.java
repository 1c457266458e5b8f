package org.tradeworkbench.core.io;

import java.nio.charset.Charset;

/**
 * How a delimited text file is written. Detected from a sample of the file by {@link DialectDetector}, or set
 * through {@link ImportOptions}. Line ends (LF, CRLF, bare CR, mixed) are always accepted; {@code lineEnds}
 * only describes what the sample holds.
 *
 * @param delimiter          field separator: {@code ,} {@code ;} tab or {@code |}
 * @param decimalMark        {@code .} or {@code ,}
 * @param quote              quote character ({@code "} normally); {@code 0} when quoting is off
 * @param thousandsSeparator grouping mark accepted inside numbers ({@code 1,234.5}); {@code 0} for none
 * @param header             whether the first record names the columns
 * @param charset            UTF-8 or windows-1252
 * @param bom                whether the file starts with a UTF-8 byte order mark
 * @param lineEnds           {@code LF}, {@code CRLF}, {@code CR} or {@code mixed}, as seen in the sample
 */
public record CsvDialect(char delimiter, char decimalMark, char quote, char thousandsSeparator, boolean header,
                         Charset charset, boolean bom, String lineEnds) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Comma-separated, decimal point, double quotes, header, UTF-8. */
    public static CsvDialect standard() {
        return new CsvDialect(',', '.', '"', ',', true, java.nio.charset.StandardCharsets.UTF_8, false, "LF");
    }

    public boolean quoting() {
        return quote != 0;
    }

    /** A readable description for the import dialog, e.g. {@code delimiter ";", decimal ",", UTF-8, CRLF}. */
    public String describe() {
        return "delimiter " + show(delimiter) + ", decimal mark " + show(decimalMark)
                + ", thousands separator " + (thousandsSeparator == 0 ? "none" : show(thousandsSeparator))
                + ", quote " + (quote == 0 ? "none" : show(quote))
                + ", " + (header ? "header" : "no header")
                + ", " + charset.name() + (bom ? " with BOM" : "") + ", line ends " + lineEnds;
    }

    static String show(char c) {
        return switch (c) {
            case '\t' -> "tab";
            case ' ' -> "space";
            default -> "\"" + c + "\"";
        };
    }
}
