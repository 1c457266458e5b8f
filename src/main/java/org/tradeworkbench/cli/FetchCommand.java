package org.tradeworkbench.cli;

import org.tradeworkbench.core.script.ScriptSession;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.fetch.CensusKey;
import org.tradeworkbench.core.fetch.FetchRequest;
import org.tradeworkbench.core.fetch.Fetched;
import org.tradeworkbench.core.fetch.Http;
import org.tradeworkbench.core.fetch.ResponseCache;
import org.tradeworkbench.core.io.CsvExporter;
import org.tradeworkbench.core.task.ProgressReporter;
import org.tradeworkbench.core.workbench.UserPreferences;

/**
 * {@code fetch SOURCE ...}: series from an online database. In a script the series are merged into the script's
 * data (as {@code append} does); on the command line they are summarised, and written to {@code --out FILE.csv}.
 */
final class FetchCommand implements Command {
    @Override
    public String name() {
        return "fetch";
    }

    @Override
    public String usage() {
        return "fetch worldbank --country CHN[;USA] --indicator CODE [--from Y --to Y] | fetch census-atp|census-goods"
                + " --partner 5700 --from Y --to Y [--key K (else $CENSUS_API_KEY, else Preferences)] | fetch dbnomics --series PROVIDER/DATASET/SERIES"
                + "   [--offline] [--cache DIR] [--timeout S] [--api-url URL] [--out FILE.csv [--overwrite]]";
    }

    @Override
    public Set<String> flags() {
        return Set.of("offline", "overwrite");
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        if (args.positional().size() != 1) {
            throw new UsageException("fetch: give the source: " + String.join(", ", FetchRequest.SOURCES));
        }
        FetchRequest req = new FetchRequest(args.positional().get(0), args.opt("country").orElse(null),
                args.opt("indicator").orElse(null), args.opt("partner").orElse(null),
                args.opt("from").map(v -> args.parseInt("from", v)).orElse(null),
                args.opt("to").map(v -> args.parseInt("to", v)).orElse(null), args.opt("series").orElse(null));
        ResponseCache cache = args.opt("cache").map(c -> new ResponseCache(Path.of(c))).orElse(ResponseCache.standard());
        int timeout = args.intOpt("timeout", 30);
        if (timeout < 1) {
            throw new UsageException("--timeout takes seconds, at least 1");
        }
        Http http = new Http(cache, Duration.ofSeconds(timeout), args.flag("offline"), Clock.systemUTC());
        String key = CensusKey.choose(args.opt("key").orElse(null), System.getenv(CensusKey.ENVIRONMENT),
                UserPreferences.forUser().censusKey());
        FetchRequest.Settings settings = FetchRequest.Settings.standard(http, key);
        if (args.opt("api-url").isPresent()) {
            settings = settings.at(args.opt("api-url").get().replaceAll("/+$", ""));
        }
        Path target = args.opt("out").isPresent() ? args.outputFile("out") : null;
        args.checkAllUsed(1);
        Fetched f = req.run(settings, ProgressReporter.NONE);
        Dataset d = f.dataset();
        ScriptSession s = args.session();
        if (s != null) {
            Dataset before = s.dataOrEmpty();
            boolean empty = before.rowCount() == 0 && before.seriesNames().isEmpty();
            s.change(empty ? d : Expressions.refresh(before.merge(d)));
        }
        if (target != null) {
            CsvExporter.write(d, target);
        }
        out.println("fetch: " + d.seriesNames().size() + " series, " + d.rowCount() + " rows " + d.index().start()
                + ".." + d.index().end() + "; " + d.notes().stream().filter(n -> n.startsWith("source: "))
                .findFirst().orElse(""));
        for (String n : d.notes()) {
            if (!n.startsWith("source: ") && !n.startsWith("answer: ")) {
                out.println("  " + n);
            }
        }
        for (var series : d.series()) {
            out.println("  " + series.name() + ": " + series.description());
        }
        return 0;
    }
}
