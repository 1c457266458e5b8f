package org.tradeworkbench.core.commandlog;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.io.ImportOptions;

/**
 * The import settings of the import preview as command-line options of {@code open} and {@code append}, both ways:
 * only settings that differ from automatic detection are written, so a plain import is just the file name.
 * {@code --format csv|wdi|census|long}, {@code --delimiter C|tab|space}, {@code --decimal C},
 * {@code --quote C|none}, {@code --thousands C|none}, {@code --header yes|no}, {@code --time-column NAME|N},
 * {@code --no-time-column}, {@code --missing T,T,...}, {@code --encoding NAME}, {@code --countries A;B},
 * {@code --partners A;B}, {@code --monthly}, for long tables {@code --series-by COLUMN;COLUMN|total} (the columns
 * that name a series, the value summed over the others; {@code total}: one series), and for workbooks
 * {@code --sheet NAME|N}, {@code --header-row N}.
 */
public final class ImportOptionWords {
    /** The options that take no value. */
    public static final Set<String> FLAGS = Set.of("no-time-column", "monthly");

    private ImportOptionWords() {
    }

    /** Adds the options that differ from {@link ImportOptions#defaults()} to {@code line}. */
    public static CommandLine.Builder addTo(CommandLine.Builder line, ImportOptions o) {
        if (o.format() != ImportOptions.Format.AUTO) {
            line.opt("format", o.format().name().toLowerCase(Locale.ROOT));
        }
        line.opt("delimiter", o.delimiter() == null ? null : charWord(o.delimiter()));
        line.opt("decimal", o.decimalMark() == null ? null : charWord(o.decimalMark()));
        line.opt("quote", o.quote() == null ? null : charWord(o.quote()));
        line.opt("thousands", o.thousandsSeparator() == null ? null : charWord(o.thousandsSeparator()));
        line.opt("header", o.header() == null ? null : o.header() ? "yes" : "no");
        line.opt("time-column", o.timeColumn());
        line.flag("no-time-column", o.noTimeColumn());
        if (!o.missingTokens().equals(ImportOptions.DEFAULT_MISSING)) {
            List<String> tokens = new ArrayList<>(new TreeSet<>(o.missingTokens()));
            tokens.remove("");
            for (String t : tokens) {
                if (t.contains(",")) {
                    throw new DataException("the missing-value token \"" + t + "\" holds a comma, which the "
                            + "command line cannot write");
                }
            }
            line.opt("missing", String.join(",", tokens));
        }
        line.opt("encoding", o.encoding() == null ? null : o.encoding().name());
        line.opt("countries", o.countries() == null ? null : String.join(";", o.countries()));
        line.opt("partners", o.partners() == null ? null : String.join(";", o.partners()));
        line.flag("monthly", o.monthly());
        line.opt("sheet", o.sheet());
        line.opt("header-row", o.headerRow() == null ? null : o.headerRow().toString());
        line.opt("series-by", o.seriesBy() == null ? null : o.seriesBy().isEmpty() ? TOTAL
                : String.join(";", o.seriesBy()));
        return line;
    }

    /**
     * The import options given on a command line.
     *
     * @param opt  an option's value by name, if given
     * @param flag whether a flag is given
     */
    public static ImportOptions parse(Function<String, Optional<String>> opt, Predicate<String> flag) {
        ImportOptions o = ImportOptions.defaults();
        Optional<String> v = opt.apply("format");
        if (v.isPresent()) {
            try {
                o = o.withFormat(ImportOptions.Format.valueOf(v.get().trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new DataException("--format must be auto, csv, wdi, census or long, got \"" + v.get() + "\"");
            }
        }
        v = opt.apply("delimiter");
        if (v.isPresent()) {
            o = o.withDelimiter(parseChar("delimiter", v.get()));
        }
        v = opt.apply("decimal");
        if (v.isPresent()) {
            o = o.withDecimalMark(parseChar("decimal", v.get()));
        }
        v = opt.apply("quote");
        if (v.isPresent()) {
            o = o.withQuote(parseChar("quote", v.get()));
        }
        v = opt.apply("thousands");
        if (v.isPresent()) {
            o = o.withThousandsSeparator(parseChar("thousands", v.get()));
        }
        v = opt.apply("header");
        if (v.isPresent()) {
            String h = v.get().trim().toLowerCase(Locale.ROOT);
            if (!h.equals("yes") && !h.equals("no")) {
                throw new DataException("--header must be yes or no, got \"" + v.get() + "\"");
            }
            o = o.withHeader(h.equals("yes"));
        }
        v = opt.apply("time-column");
        if (v.isPresent()) {
            o = o.withTimeColumn(v.get());
        }
        if (flag.test("no-time-column")) {
            if (v.isPresent()) {
                throw new DataException("give either --time-column or --no-time-column, not both");
            }
            o = o.withoutTimeColumn();
        }
        v = opt.apply("missing");
        if (v.isPresent()) {
            Set<String> tokens = new LinkedHashSet<>(Arrays.asList(v.get().split(",", -1)));
            tokens.add("");
            o = o.withMissingTokens(tokens);
        }
        v = opt.apply("encoding");
        if (v.isPresent()) {
            try {
                o = o.withEncoding(Charset.forName(v.get().trim()));
            } catch (IllegalArgumentException e) {
                throw new DataException("--encoding: unknown character set \"" + v.get() + "\"");
            }
        }
        v = opt.apply("countries");
        if (v.isPresent()) {
            o = o.withCountries(List.of(v.get().split(";")));
        }
        v = opt.apply("partners");
        if (v.isPresent()) {
            o = o.withPartners(List.of(v.get().split(";")));
        }
        if (flag.test("monthly")) {
            o = o.withMonthly(true);
        }
        v = opt.apply("sheet");
        if (v.isPresent()) {
            o = o.withSheet(v.get());
        }
        v = opt.apply("header-row");
        if (v.isPresent()) {
            try {
                int row = Integer.parseInt(v.get().trim());
                if (row < 1) {
                    throw new NumberFormatException();
                }
                o = o.withHeaderRow(row);
            } catch (NumberFormatException e) {
                throw new DataException("--header-row takes a row number from 1, got \"" + v.get() + "\"");
            }
        }
        v = opt.apply("series-by");
        if (v.isPresent()) {
            String w = v.get().strip();
            if (w.isEmpty()) {
                throw new DataException("--series-by takes column names separated by ; or total");
            }
            o = o.withSeriesBy(w.equalsIgnoreCase(TOTAL) ? List.of()
                    : Arrays.stream(w.split(";")).map(String::strip).filter(t -> !t.isEmpty()).toList());
        }
        return o;
    }

    /** The {@code --series-by} word for one series summing everything. */
    static final String TOTAL = "total";

    private static String charWord(char c) {
        return switch (c) {
            case '\t' -> "tab";
            case ' ' -> "space";
            case '\0' -> "none";
            default -> String.valueOf(c);
        };
    }

    private static char parseChar(String option, String word) {
        return switch (word) {
            case "tab", "\\t" -> '\t';
            case "space" -> ' ';
            case "none" -> '\0';
            default -> {
                if (word.length() != 1) {
                    throw new DataException("--" + option + " takes one character (or tab, space, none), got \""
                            + word + "\"");
                }
                yield word.charAt(0);
            }
        };
    }
}
