package org.tradeworkbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.tradeworkbench.core.bench.BenchCases;
import org.tradeworkbench.core.bench.BenchData;
import org.tradeworkbench.core.bench.RandomWalk;
import org.tradeworkbench.core.report.JsonWriter;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.report.TextTableWriter;

/**
 * {@code bench}: times the performance cases on seeded data (medians of several runs after warm-up), or, with
 * {@code --write-data DIR}, writes that data for the reference script ({@code src/test/reference/bench_compare.py}).
 */
public final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "bench [--case adf|ols|granger|import|memory] [--repeat N] [--warmup N] [--json]"
                + "   |   bench --write-data DIR";
    }

    @Override
    public Set<String> flags() {
        return Set.of("json");
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        var writeData = args.opt("write-data");
        if (writeData.isPresent()) {
            args.checkAllUsed();
            writeData(Path.of(writeData.get()), out);
            return 0;
        }
        boolean json = args.flag("json");
        int repeat = args.intOpt("repeat", 5);
        int warmup = args.intOpt("warmup", 2);
        if (repeat < 1) {
            throw new UsageException("bench: --repeat must be at least 1, got " + repeat);
        }
        if (warmup < 0) {
            throw new UsageException("bench: --warmup cannot be negative, got " + warmup);
        }
        List<String> cases = new ArrayList<>(BenchCases.NAMES);
        var only = args.opt("case");
        if (only.isPresent()) {
            String c = only.get().trim().toLowerCase();
            if (!BenchCases.NAMES.contains(c)) {
                throw new UsageException("bench: --case must be one of " + String.join(", ", BenchCases.NAMES)
                        + ", got \"" + only.get() + "\"");
            }
            cases = List.of(c);
        }
        args.checkAllUsed();
        Path dir = Files.createTempDirectory("tw-bench");
        List<BenchCases.Outcome> outcomes = new ArrayList<>();
        try {
            BenchCases runner = new BenchCases(warmup, repeat, dir);
            for (String c : cases) {
                outcomes.add(runner.run(c));
            }
        } finally {
            deleteTree(dir);
        }
        if (json) {
            out.println(JsonWriter.write(toJson(outcomes, warmup, repeat)));
        } else {
            out.println(TextTableWriter.write(table(outcomes, warmup, repeat)));
        }
        return 0;
    }

    private static Map<String, Object> toJson(List<BenchCases.Outcome> outcomes, int warmup, int repeat) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("warmup", warmup);
        m.put("repeat", repeat);
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("processors", Runtime.getRuntime().availableProcessors());
        List<Map<String, Object>> list = new ArrayList<>();
        for (BenchCases.Outcome o : outcomes) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("case", o.name());
            e.put("description", o.description());
            if (o.timing() != null) {
                e.put("median_ms", o.timing().median());
                List<Double> runs = new ArrayList<>();
                for (double v : o.timing().millis()) {
                    runs.add(v);
                }
                e.put("runs_ms", runs);
            }
            e.put("check", o.check());
            list.add(e);
        }
        m.put("cases", list);
        return m;
    }

    private static ResultTable table(List<BenchCases.Outcome> outcomes, int warmup, int repeat) {
        ResultTable.Builder t = ResultTable.builder("Benchmarks (median of " + repeat + " runs after " + warmup
                + " warm-up" + (warmup == 1 ? "" : "s") + ")", "case", "median ms", "min ms", "max ms", "what");
        for (BenchCases.Outcome o : outcomes) {
            if (o.timing() == null) {
                t.row(Cell.text(o.name()), Cell.text(""), Cell.text(""), Cell.text(""),
                        Cell.text(o.description() + ": " + memoryText(o.check())));
            } else {
                t.row(Cell.text(o.name()), Cell.number(o.timing().median(), 1), Cell.number(o.timing().min(), 1),
                        Cell.number(o.timing().max(), 1), Cell.text(o.description()));
            }
        }
        return t.build();
    }

    private static String memoryText(Map<String, Object> check) {
        long retained = (Long) check.get("retained_bytes");
        long raw = (Long) check.get("raw_double_bytes");
        return String.format(java.util.Locale.ROOT, "%.1f MB for %.1f MB of doubles (%.2fx)", retained / 1048576.0,
                raw / 1048576.0, (double) retained / raw);
    }

    /** The cases' inputs as files: walk.csv (column x), ols.f64 and granger.f64 (columns of little-endian
     * doubles), numeric.csv (the import file). */
    private static void writeData(Path dir, PrintStream out) throws IOException {
        Files.createDirectories(dir);
        BenchData.writeSeriesCsv(dir.resolve("walk.csv"), "x", RandomWalk.generate(BenchData.ADF_N, BenchData.SEED));
        BenchData.writeColumns(dir.resolve("ols.f64"),
                BenchData.olsColumns(BenchData.OLS_ROWS, BenchData.OLS_REGRESSORS, BenchData.SEED));
        BenchData.writeColumns(dir.resolve("granger.f64"),
                BenchData.grangerColumns(BenchData.GRANGER_VARIABLES, BenchData.GRANGER_N, BenchData.SEED));
        BenchData.writeNumericCsv(dir.resolve("numeric.csv"), BenchData.IMPORT_ROWS, BenchData.IMPORT_COLUMNS,
                BenchData.SEED);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dir", dir.toAbsolutePath().toString());
        m.put("adf_n", BenchData.ADF_N);
        m.put("ols_rows", BenchData.OLS_ROWS);
        m.put("ols_regressors", BenchData.OLS_REGRESSORS);
        m.put("granger_variables", BenchData.GRANGER_VARIABLES);
        m.put("granger_n", BenchData.GRANGER_N);
        m.put("granger_max_lag", BenchData.GRANGER_MAX_LAG);
        m.put("import_rows", BenchData.IMPORT_ROWS);
        m.put("import_columns", BenchData.IMPORT_COLUMNS);
        out.println(JsonWriter.write(m));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
