package org.tradeworkbench.cli;

import org.tradeworkbench.core.script.ScriptSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Presample;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.io.ImportOptions;
import org.tradeworkbench.core.io.atp.CensusAtpImporter;
import org.tradeworkbench.core.paper.PaperData;

/**
 * The data options every analysis command shares: {@code --data FILE[,FILE...]} (several files are merged on
 * period, in order), {@code --index COLUMN|none} (the files' time column, or none: rows numbered 1..n) and the
 * sample range {@code --from P --to P}. The sample is applied before any expression
 * is evaluated (see {@link SampleRange}), so transformations start at the sample's first period. In a script
 * replayed by {@code run-script}, {@code --data} may be left out after an {@code open} line: the command then uses
 * the script's data and sample ({@link ScriptSession}).
 */
public final class DataOptions {
    private DataOptions() {
    }

    /**
     * Reads {@code --data} (required unless {@code --workbench FILE} names a saved workbench) and applies
     * {@code --from}/{@code --to}.
     */
    public static Dataset load(Args args) throws IOException {
        return load(args, Optional.empty());
    }

    /**
     * As {@link #load(Args)}, with {@code --presample cut|use} for the commands whose analyses use presample
     * values (the unit-root tests, {@code ols}, {@code granger}, {@code causality}, the VAR commands): with
     * {@code use} the rows before the sample's start come along as presample values ({@link Presample}). Without
     * the option, the workbench's or the script's convention holds, else {@code cut}.
     */
    public static Dataset loadWithPresample(Args args) throws IOException {
        return load(args, args.opt("presample").map(DataOptions::presample));
    }

    private static Presample presample(String text) {
        try {
            return Presample.parse(text);
        } catch (DataException e) {
            throw new UsageException("--presample takes cut or use, got \"" + text + "\"");
        }
    }

    private static Dataset load(Args args, Optional<Presample> presample) throws IOException {
        Optional<String> index = args.opt("index");
        var workbench = WorkbenchOption.sampled(args, presample);
        if (workbench.isPresent()) {
            noIndexWithout(index, "a workbench");
            return workbench.get();
        }
        Optional<Dataset> script = fromScript(args, presample);
        if (script.isPresent()) {
            noIndexWithout(index, "the script's data (give it on the open line: --time-column or --no-time-column)");
            return script.get();
        }
        Dataset d = read(args.required("data"), index(index));
        SampleRange range = sample(args, d).withPresample(presample.orElse(Presample.CUT));
        return Expressions.sampled(d, range);
    }

    /**
     * In a script after {@code open}, and without {@code --data}: the script's data cut to its sample (or to
     * {@code --from}/{@code --to}), as the desktop app's panels see them.
     */
    private static Optional<Dataset> fromScript(Args args, Optional<Presample> presample) {
        ScriptSession s = args.session();
        if (s == null || !s.hasData() || args.opt("data").isPresent()) {
            return Optional.empty();
        }
        return Optional.of(s.sampled(args.opt("from"), args.opt("to"), presample));
    }

    /**
     * {@code --index COLUMN|none}: the column of a {@code --data} file that holds the periods (by name or 1-based
     * number), or {@code none} to number the rows 1..n, so that a column the import would take for the time
     * index (one named {@code obs}, {@code year} or {@code date}) is read as a series; absent: detected.
     */
    static ImportOptions index(Optional<String> index) {
        if (index.isEmpty()) {
            return ImportOptions.defaults();
        }
        String v = index.get().strip();
        if (v.isEmpty()) {
            throw new UsageException("--index takes a column name or number, or none");
        }
        return v.equalsIgnoreCase("none") ? ImportOptions.defaults().withoutTimeColumn()
                : ImportOptions.defaults().withTimeColumn(v);
    }

    private static void noIndexWithout(Optional<String> index, String what) {
        if (index.isPresent()) {
            throw new UsageException("--index applies to the files of --data, not to " + what);
        }
    }

    /** Like {@link #load} but uses the bundled sample data when {@code --data} is absent. */
    public static Dataset loadOrSample(Args args) throws IOException {
        var workbench = WorkbenchOption.sampled(args);
        if (workbench.isPresent()) {
            return workbench.get();
        }
        Optional<Dataset> script = fromScript(args, Optional.empty());
        if (script.isPresent()) {
            return script.get();
        }
        return applySample(args, readOrSample(args.opt("data").orElse(null)));
    }

    /**
     * In a script after {@code open} (or {@code fetch}), without {@code --data}: the script's whole data, so that
     * {@code replicate} and {@code figure} see what the lines before them loaded; otherwise the files given, or
     * the bundled sample.
     */
    public static Dataset scriptDataOrRead(Args args, String files) throws IOException {
        ScriptSession s = args.session();
        if (s != null && s.hasData() && (files == null || files.isBlank())) {
            return s.data();
        }
        return readOrSample(files);
    }

    /** The files given (comma-separated, merged), or the bundled sample when there are none. */
    public static Dataset readOrSample(String files) throws IOException {
        return files == null || files.isBlank() ? PaperData.bundledSample() : read(files);
    }

    public static Dataset applySample(Args args, Dataset d) {
        return sample(args, d).apply(d);
    }

    private static SampleRange sample(Args args, Dataset d) {
        return SampleRange.parse(args.opt("from").orElse(null), args.opt("to").orElse(null), d.index());
    }

    /**
     * The files (comma-separated) merged in order. Census high-tech (ATP) answers alone complete the bundled
     * sample rather than replace it, since they hold only the trade series of the paper.
     */
    public static Dataset read(String files) throws IOException {
        return read(files, ImportOptions.defaults());
    }

    /** The files read with {@code options} (the time column choice), merged in order. */
    public static Dataset read(String files, ImportOptions options) throws IOException {
        if (files == null || files.isBlank()) {
            throw new UsageException("--data needs a file name");
        }
        List<Dataset> sets = new ArrayList<>();
        boolean allCensusAtp = true;
        for (String f : files.split(",")) {
            Path p = Path.of(f.trim());
            if (!Files.exists(p)) {
                throw new DataException(p + ": no such file");
            }
            if (!Files.isRegularFile(p)) {
                throw new DataException(p + ": is not a data file");
            }
            allCensusAtp &= CensusAtpImporter.detect(p);
            sets.add(DataImporter.read(p, options));
        }
        if (allCensusAtp) {
            sets.add(0, PaperData.bundledSample());
        }
        Dataset d = sets.get(0);
        for (int i = 1; i < sets.size(); i++) {
            d = d.merge(sets.get(i));
        }
        return d;
    }
}
