package org.tradeworkbench.core.io;

import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Choices that override what the importer detects. Every field left {@code null} is detected from a sample of
 * the file. Immutable; the {@code with...} methods return changed copies.
 *
 * @param format             which reader to use ({@link Format#AUTO} recognises WDI, Census and long files)
 * @param delimiter          field separator
 * @param decimalMark        {@code .} or {@code ,}
 * @param quote              quote character, {@code '\0'} for none
 * @param thousandsSeparator grouping mark inside numbers, {@code '\0'} for none
 * @param header             whether the first record names the columns
 * @param timeColumn         name of the time column, or its 1-based number as text (e.g. {@code "1"})
 * @param noTimeColumn       rows are numbered 1..n even if a column looks like periods
 * @param missingTokens      cell texts read as missing (compared ignoring case; the empty cell is always missing)
 * @param encoding           character set of the file
 * @param countries          WDI: countries to import, by name or ISO3 code
 * @param partners           Census: partners to import, by CTY_CODE or name
 * @param monthly            Census: {@link DataImporter#read(java.nio.file.Path, ImportOptions)} returns the
 *                           monthly dataset instead of the annual one
 * @param sheet              workbooks: the sheet to read, by name or 1-based number as text (default: the first)
 * @param headerRow          workbooks: the 1-based row that names the columns; rows above it are skipped
 *                           (default: detected, the first row of several distinct texts above the data)
 * @param seriesBy           long tables: the columns whose values name a series (one series per combination);
 *                           the value is summed over the other columns, e.g. {@code [partner]} of a table of
 *                           period, partner, product and value gives one series per partner; an empty list sums
 *                           everything into one series; {@code null}: every column besides period and value, one series per
 *                           combination and nothing summed
 */
public record ImportOptions(Format format, Character delimiter, Character decimalMark, Character quote,
                            Character thousandsSeparator, Boolean header, String timeColumn, boolean noTimeColumn,
                            Set<String> missingTokens, Charset encoding, List<String> countries,
                            List<String> partners, boolean monthly, String sheet,
                            Integer headerRow, List<String> seriesBy) {

    /** Which reader turns the file into a dataset. */
    public enum Format { AUTO, CSV, WDI, CENSUS, LONG }

    /** The tokens read as missing unless the options say otherwise. */
    public static final Set<String> DEFAULT_MISSING =
            Set.of("", "NA", "N/A", "#N/A", ".", "..", "-", "null", "NaN");

    public ImportOptions {
        format = format == null ? Format.AUTO : format;
        missingTokens = missingTokens == null ? DEFAULT_MISSING : Set.copyOf(new LinkedHashSet<>(missingTokens));
        countries = countries == null ? null : List.copyOf(countries);
        partners = partners == null ? null : List.copyOf(partners);
        seriesBy = seriesBy == null ? null : List.copyOf(seriesBy);
        if (headerRow != null && headerRow < 1) {
            throw new IllegalArgumentException("the header row is numbered from 1");
        }
        if (delimiter != null && (delimiter == '\n' || delimiter == '\r' || delimiter == '"')) {
            throw new IllegalArgumentException("a line end or quote cannot be the delimiter");
        }
    }

    /** Detect everything. */
    public static ImportOptions defaults() {
        return new ImportOptions(Format.AUTO, null, null, null, null, null, null, false, null, null, null, null,
                false, null, null, null);
    }

    public ImportOptions withFormat(Format f) {
        return new ImportOptions(f, delimiter, decimalMark, quote, thousandsSeparator, header, timeColumn,
                noTimeColumn, missingTokens, encoding, countries, partners, monthly, sheet, headerRow, seriesBy);
    }

    public ImportOptions withDelimiter(char c) {
        return new ImportOptions(format, c, decimalMark, quote, thousandsSeparator, header, timeColumn,
                noTimeColumn, missingTokens, encoding, countries, partners, monthly, sheet, headerRow, seriesBy);
    }

    public ImportOptions withDecimalMark(char c) {
        return new ImportOptions(format, delimiter, c, quote, thousandsSeparator, header, timeColumn,
                noTimeColumn, missingTokens, encoding, countries, partners, monthly, sheet, headerRow, seriesBy);
    }

    public ImportOptions withQuote(char c) {
        return new ImportOptions(format, delimiter, decimalMark, c, thousandsSeparator, header, timeColumn,
                noTimeColumn, missingTokens, encoding, countries, partners, monthly, sheet, headerRow, seriesBy);
    }

    public ImportOptions withThousandsSeparator(char c) {
        return new ImportOptions(format, delimiter, decimalMark, quote, c, header, timeColumn,
                noTimeColumn, missingTokens, encoding, countries, partners, monthly, sheet, headerRow, seriesBy);
    }

    public ImportOptions withHeader(boolean h) {
        return new ImportOptions(format, delimiter, decimalMark, quote, thousandsSeparator, h, timeColumn,
                noTimeColumn, missingTokens, encoding, countries, partners, monthly, sheet, headerRow, seriesBy);
    }

    /** The time column by name, or by 1-based number given as text. */
    public ImportOptions withTimeColumn(String nameOrNumber) {
        return new ImportOptions(format, delimiter, decimalMark, quote, thousandsSeparator, header, nameOrNumber,
                false, missingTokens, encoding, countries, partners, monthly, sheet, headerRow, seriesBy);
    }

    public ImportOptions withoutTimeColumn() {
        return new ImportOptions(format, delimiter, decimalMark, quote, thousandsSeparator, header, null,
                true, missingTokens, encoding, countries, partners, monthly, sheet, headerRow, seriesBy);
    }

    public ImportOptions withMissingTokens(Set<String> tokens) {
        return new ImportOptions(format, delimiter, decimalMark, quote, thousandsSeparator, header, timeColumn,
                noTimeColumn, tokens, encoding, countries, partners, monthly, sheet, headerRow, seriesBy);
    }

    public ImportOptions withEncoding(Charset cs) {
        return new ImportOptions(format, delimiter, decimalMark, quote, thousandsSeparator, header, timeColumn,
                noTimeColumn, missingTokens, cs, countries, partners, monthly, sheet, headerRow, seriesBy);
    }

    public ImportOptions withCountries(List<String> c) {
        return new ImportOptions(format, delimiter, decimalMark, quote, thousandsSeparator, header, timeColumn,
                noTimeColumn, missingTokens, encoding, c, partners, monthly, sheet, headerRow, seriesBy);
    }

    public ImportOptions withPartners(List<String> p) {
        return new ImportOptions(format, delimiter, decimalMark, quote, thousandsSeparator, header, timeColumn,
                noTimeColumn, missingTokens, encoding, countries, p, monthly, sheet, headerRow, seriesBy);
    }

    public ImportOptions withMonthly(boolean m) {
        return new ImportOptions(format, delimiter, decimalMark, quote, thousandsSeparator, header, timeColumn,
                noTimeColumn, missingTokens, encoding, countries, partners, m, sheet, headerRow, seriesBy);
    }

    /** The workbook sheet, by name or 1-based number as text. */
    public ImportOptions withSheet(String nameOrNumber) {
        return new ImportOptions(format, delimiter, decimalMark, quote, thousandsSeparator, header, timeColumn,
                noTimeColumn, missingTokens, encoding, countries, partners, monthly, nameOrNumber, headerRow, seriesBy);
    }

    /** The workbook row (1-based) that names the columns, or {@code null} to detect it. */
    public ImportOptions withHeaderRow(Integer row) {
        return new ImportOptions(format, delimiter, decimalMark, quote, thousandsSeparator, header, timeColumn,
                noTimeColumn, missingTokens, encoding, countries, partners, monthly, sheet, row, seriesBy);
    }

    /** Long tables: the columns that name a series (empty: one series, the total), or {@code null} for the default. */
    public ImportOptions withSeriesBy(List<String> columns) {
        return new ImportOptions(format, delimiter, decimalMark, quote, thousandsSeparator, header, timeColumn,
                noTimeColumn, missingTokens, encoding, countries, partners, monthly, sheet, headerRow, columns);
    }
}
