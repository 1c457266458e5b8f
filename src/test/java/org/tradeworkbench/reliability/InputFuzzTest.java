package org.tradeworkbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tradeworkbench.cli.Cli;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.io.ImportOptions;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.workbench.DatasetState;
import org.tradeworkbench.core.workbench.WorkbenchFile;
import org.tradeworkbench.core.workbench.WorkbenchJson;
import org.tradeworkbench.core.workbench.WorkbenchStore;

/**
 * Every importer, the workbench file reader and the script runner on seeded mutations of real inputs
 * ({@link InputMutator}): each input must be accepted or rejected with the project's own error naming the file
 * and, for line-based formats, the line; any other exception, a run over 5 s or running out of memory is a
 * failure. {@code -Dtw.fuzz.cases=N} sets the inputs per target (10,000 by default; the long run uses 200,000).
 */
class InputFuzzTest {
    static final int CASES = Integer.getInteger("tw.fuzz.cases", 10_000);
    static final int FIRST = Integer.getInteger("tw.fuzz.first", 0);
    static final long TIMEOUT_MS = 5_000;
    static final Path SHARED = Path.of("..", "shared", "data");

    @TempDir
    Path dir;

    enum Target { CSV, WDI, CENSUS, LONG, CENSUS_ATP_JSON, WORKBENCH, SCRIPT, XLSX, XLS }

    @ParameterizedTest
    @EnumSource(Target.class)
    void everyMutatedInputIsReadOrRejectedCleanly(Target target) throws Exception {
        List<byte[]> bases = bases(target);
        Assumptions.assumeFalse(bases.isEmpty(), "no base files for " + target + " (shared data absent)");
        FuzzTally tally = new FuzzTally(target.name());
        ExecutorService worker = Executors.newSingleThreadExecutor(daemon());
        try {
            for (int seed = FIRST; seed < FIRST + CASES; seed++) {
                Random rnd = new Random(seed * 1_000_003L + target.ordinal());
                byte[] base = bases.get(rnd.nextInt(bases.size()));
                List<String> kinds = new ArrayList<>();
                byte[] input = InputMutator.mutate(base, rnd, kinds);
                Path f = dir.resolve("case" + seed + extension(target));
                Files.write(f, input);
                tally.tried++;
                Future<Boolean> run = worker.submit(() -> read(target, f));
                try {
                    if (await(run)) {
                        tally.accepted++;
                    }
                } catch (TimeoutException e) {
                    if (Boolean.getBoolean("tw.fuzz.keep")) {
                        Files.copy(f, Path.of("target", "hang-" + target + "-" + seed + extension(target)),
                                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    run.cancel(true);
                    tally.hangs++;
                    tally.failure("seed " + seed + " " + kinds + ": no answer after 5 s");
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor(daemon());
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable t = e.getCause();
                    if (t instanceof DataException d && isClean(target, d, f)) {
                        tally.cleanErrors++;
                        if (d.location() != null && d.location().column() > 0) {
                            tally.withColumn++;
                        }
                    } else {
                        tally.crashes++;
                        tally.failure("seed " + seed + " " + kinds + ": " + t);
                    }
                } finally {
                    Files.deleteIfExists(f);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        tally.report();
        assertThat(tally.failures).as(tally.line()).isEmpty();
    }

    /**
     * The outcome of one case. A hang is 5 s of the worker's CPU time (so a machine busy with other work does not
     * make a slow case look like a hang), or a minute of wall time.
     */
    private static boolean await(Future<Boolean> run) throws Exception {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long wallStart = System.nanoTime();
        long cpuStart = -1;
        while (true) {
            try {
                return run.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                Thread w = WORKER.get();
                long cpu = w == null ? -1 : mx.getThreadCpuTime(w.getId());
                if (cpuStart < 0) {
                    cpuStart = cpu;
                }
                if (cpu - cpuStart > TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS)
                        || System.nanoTime() - wallStart > TimeUnit.SECONDS.toNanos(60)) {
                    throw e;
                }
            }
        }
    }

    private static final java.util.concurrent.atomic.AtomicReference<Thread> WORKER =
            new java.util.concurrent.atomic.AtomicReference<>();

    /** True when the input was accepted; a rejection is thrown as the importer threw it. */
    private boolean read(Target target, Path f) throws IOException {
        switch (target) {
            case CSV, CENSUS_ATP_JSON, XLSX, XLS -> DataImporter.read(f);
            case WDI -> DataImporter.read(f, ImportOptions.defaults().withFormat(ImportOptions.Format.WDI));
            case CENSUS -> DataImporter.read(f, ImportOptions.defaults().withFormat(ImportOptions.Format.CENSUS));
            case LONG -> DataImporter.read(f, ImportOptions.defaults().withFormat(ImportOptions.Format.LONG));
            case WORKBENCH -> WorkbenchStore.open(f).dataset().toDataset();
            case SCRIPT -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int status = Cli.run(new String[] {"run-script", "--quiet", f.toString()},
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
                String message = err.toString(StandardCharsets.UTF_8).trim();
                if (status == 0) {
                    return true;
                }
                if (status == 2 && message.startsWith(f.getFileName().toString()) && !message.contains("\n")) {
                    throw new DataException(message);
                }
                throw new IllegalStateException("exit " + status + ": " + message);
            }
            default -> throw new IllegalArgumentException(target.name());
        }
        return true;
    }

    /** The project's own error: one line, naming the file, and the line for line-based inputs. */
    private static boolean isClean(Target target, DataException d, Path f) {
        String msg = d.getMessage();
        if (msg == null || msg.contains("\n") || msg.contains("\r") || msg.contains("Exception")) {
            return false;
        }
        if (target == Target.SCRIPT) {
            return true;
        }
        if (d.location() == null || !f.getFileName().toString().equals(d.location().file())) {
            return false;
        }
        // A workbook's problem names the file, and the sheet and cell when it is in one.
        return target == Target.WORKBENCH || target == Target.CENSUS_ATP_JSON || target == Target.XLSX
                || target == Target.XLS || d.location().line() > 0;
    }

    private static String extension(Target t) {
        return switch (t) {
            case CENSUS_ATP_JSON -> ".json";
            case WORKBENCH -> WorkbenchFile.EXTENSION;
            case SCRIPT -> ".tws";
            case LONG -> ".tsv";
            case XLSX -> ".xlsx";
            case XLS -> ".xls";
            default -> ".csv";
        };
    }

    private List<byte[]> bases(Target target) throws IOException {
        List<byte[]> out = new ArrayList<>();
        switch (target) {
            case CSV -> {
                out.add(Files.readAllBytes(Path.of("sample-data", "china_us_annual.csv")));
                out.add(Files.readAllBytes(Path.of("sample-data", "us_china_goods_monthly.csv")));
                try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "import"))) {
                    for (Path p : s.sorted().toList()) {
                        out.add(Files.readAllBytes(p));
                    }
                }
            }
            case WDI -> {
                Path wdi = SHARED.resolve("raw").resolve("wdi");
                if (Files.isDirectory(wdi)) {
                    try (Stream<Path> s = Files.list(wdi)) {
                        for (Path p : s.sorted().toList()) {
                            out.add(InputMutator.head(Files.readAllBytes(p), 40));
                        }
                    }
                }
            }
            case CENSUS -> {
                Path census = SHARED.resolve("raw").resolve("census").resolve("country.csv");
                if (Files.exists(census)) {
                    out.add(InputMutator.head(Files.readAllBytes(census), 200));
                }
            }
            case LONG -> {
                out.add(Files.readAllBytes(Path.of("src", "test", "resources", "import", "long_quarterly.tsv")));
                out.add(longOf(PaperData.bundledSample()));
            }
            case CENSUS_ATP_JSON -> {
                try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "fixtures", "atp"))) {
                    for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                        out.add(InputMutator.head(Files.readAllBytes(p), 200));
                    }
                }
            }
            case WORKBENCH -> {
                Dataset d = PaperData.bundledSample();
                WorkbenchFile wb = WorkbenchFile.of(DatasetState.of(d)).withSample("2004", "2018");
                out.add(WorkbenchJson.write(wb).getBytes(StandardCharsets.UTF_8));
            }
            case SCRIPT -> {
                Path data = dir.resolve("data.csv");
                Files.copy(Path.of("sample-data", "china_us_annual.csv"), data);
                String script = String.join("\n",
                        "# a script as the Commands tab saves it",
                        "open data.csv",
                        "genr PATENT = log(cn_patent_apps_nonresident)",
                        "smpl --from 2004 --to 2018",
                        "adf --column \"d(PATENT)\" --trend c --lags 0",
                        "kpss --column PATENT --trend c",
                        "set cn_fdi_net_inflows_pct_gdp 2010 NA",
                        "ols --y PATENT --x cn_fdi_net_inflows_pct_gdp",
                        "causality --vars PATENT,cn_fdi_net_inflows_pct_gdp --lags 1", "");
                out.add(script.getBytes(StandardCharsets.UTF_8));
            }
            case XLSX, XLS -> {
                // The bundled sample files written into workbooks (title row, dates, a merged header cell).
                org.tradeworkbench.core.io.ExcelWorkbooks.Kind kind = target == Target.XLSX
                        ? org.tradeworkbench.core.io.ExcelWorkbooks.Kind.XLSX
                        : org.tradeworkbench.core.io.ExcelWorkbooks.Kind.XLS;
                out.add(workbook(Path.of("sample-data", "china_us_annual.csv"), kind,
                        org.tradeworkbench.core.io.ExcelWorkbooks.Layout.PLAIN));
                out.add(workbook(Path.of("sample-data", "us_china_goods_monthly.csv"), kind,
                        new org.tradeworkbench.core.io.ExcelWorkbooks.Layout("U.S. goods trade with China", true,
                                "us_china_musd")));
            }
            default -> throw new IllegalArgumentException(target.name());
        }
        return out;
    }

    private byte[] workbook(Path csv, org.tradeworkbench.core.io.ExcelWorkbooks.Kind kind,
                            org.tradeworkbench.core.io.ExcelWorkbooks.Layout layout) throws IOException {
        Path f = dir.resolve("base" + (kind == org.tradeworkbench.core.io.ExcelWorkbooks.Kind.XLS ? ".xls" : ".xlsx"));
        org.tradeworkbench.core.io.ExcelWorkbooks.of(csv, f, kind, layout);
        byte[] b = Files.readAllBytes(f);
        Files.delete(f);
        return b;
    }

    /** The bundled sample as a long table: period, variable, value. */
    private static byte[] longOf(Dataset d) {
        StringBuilder sb = new StringBuilder("period,variable,value\n");
        for (var s : d.series()) {
            for (int i = 0; i < d.rowCount(); i++) {
                double v = s.get(i);
                if (!Double.isNaN(v)) {
                    sb.append(d.index().label(i)).append(',').append(s.name()).append(',').append(v).append('\n');
                }
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true);
            WORKER.set(t);
            return t;
        };
    }
}
