package org.tradeworkbench.core.fetch;

import java.util.Locale;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * One fetch as the user asked for it: the source and its codes. The same record is what the dialog builds, what
 * the {@code fetch} command parses and what the command log writes back as {@link #commandLine()}.
 *
 * @param source    {@code worldbank}, {@code census-atp}, {@code census-goods} or {@code dbnomics}
 * @param country   World Bank: ISO3 codes separated by {@code ;}
 * @param indicator World Bank: indicator code, e.g. {@code NE.EXP.GNFS.CD}
 * @param partner   Census: CTY_CODE, e.g. {@code 5700}
 * @param from      first year (Census: required; World Bank: optional)
 * @param to        last year
 * @param series    DBnomics: provider/dataset/series
 */
public record FetchRequest(String source, String country, String indicator, String partner, Integer from,
                           Integer to, String series) {

    public static final java.util.List<String> SOURCES = java.util.List.of("worldbank", "census-atp", "census-goods",
            "dbnomics");

    public FetchRequest {
        source = source == null ? null : source.strip().toLowerCase(Locale.ROOT);
        if (!SOURCES.contains(source)) {
            throw new DataException("fetch: the source must be one of " + String.join(", ", SOURCES) + ", got \""
                    + source + "\"");
        }
    }

    /** Where and how to fetch: the HTTP layer (cache, timeout, offline), the API addresses and the Census key. */
    public record Settings(Http http, String worldBankBase, String censusBase, String dbnomicsBase, String censusKey) {
        public static Settings standard(Http http, String censusKey) {
            return new Settings(http, WorldBankClient.BASE, CensusTradeClient.BASE, DbnomicsClient.BASE, censusKey);
        }

        /** All three APIs under one address (a mirror, or a test server). */
        public Settings at(String base) {
            return new Settings(http, base + "/v2", base + "/data", base + "/v22", censusKey);
        }
    }

    public Fetched run(Settings s, ProgressReporter progress) {
        return switch (source) {
            case "worldbank" -> new WorldBankClient(s.http(), s.worldBankBase()).fetch(country, indicator, from, to,
                    progress);
            case "census-atp" -> new CensusTradeClient(s.http(), s.censusBase(), s.censusKey())
                    .atp(partner, years("from", from), years("to", to), progress);
            case "census-goods" -> new CensusTradeClient(s.http(), s.censusBase(), s.censusKey())
                    .goods(partner, years("from", from), years("to", to), progress);
            default -> new DbnomicsClient(s.http(), s.dbnomicsBase()).series(series, progress);
        };
    }

    private int years(String option, Integer y) {
        if (y == null) {
            throw new DataException(source + ": --" + option + " YEAR is needed");
        }
        return y;
    }

    /** The {@code fetch} line that repeats this request (the API key is never written). */
    public CommandLine commandLine() {
        return CommandLine.command("fetch").word(source).opt("country", country).opt("indicator", indicator)
                .opt("partner", partner).opt("from", from).opt("to", to).opt("series", series).build();
    }
}
