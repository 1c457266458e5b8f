package org.tradeworkbench.core.bench;

import org.tradeworkbench.core.analysis.causality.CausalityAnalysis;
import org.tradeworkbench.core.analysis.causality.CausalityReport;
import org.tradeworkbench.core.analysis.causality.CausalityRow;
import org.tradeworkbench.core.analysis.causality.CausalitySpec;
import org.tradeworkbench.core.task.ProgressReporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.ols.Coefficient;
import org.tradeworkbench.core.stats.ols.Ols;
import org.tradeworkbench.core.stats.ols.OlsOptions;
import org.tradeworkbench.core.stats.ols.OlsResult;
import org.tradeworkbench.core.stats.unitroot.AdfResult;
import org.tradeworkbench.core.stats.unitroot.AdfSpec;
import org.tradeworkbench.core.stats.unitroot.Adf;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;

/**
 * The benchmark cases: each generates its seeded input (untimed), runs the work after warm-up and keeps a few
 * numbers of the last result ({@code check}), so the reference script can confirm both sides computed the same.
 */
public final class BenchCases {
    public static final List<String> NAMES = List.of("adf", "ols", "granger", "import", "memory");

    /** One case's outcome; {@code timing} is null for the memory case. */
    public record Outcome(String name, String description, Timing timing, Map<String, Object> check) {
    }

    private final int warmup;
    private final int repeat;
    private final Path workDir;
    private Path importFile;

    /** @param workDir where the import case writes its CSV (created on first use, left to the caller to delete) */
    public BenchCases(int warmup, int repeat, Path workDir) {
        this.warmup = warmup;
        this.repeat = repeat;
        this.workDir = workDir;
    }

    public Outcome run(String name) {
        return switch (name) {
            case "adf" -> adf();
            case "ols" -> ols();
            case "granger" -> granger();
            case "import" -> importCsv();
            case "memory" -> memory();
            default -> throw new IllegalArgumentException("unknown case " + name);
        };
    }

    private Outcome adf() {
        double[] walk = RandomWalk.generate(BenchData.ADF_N, BenchData.SEED);
        AdfSpec spec = AdfSpec.autoLag(UnitRootTrend.CONSTANT, 0, LagCriterion.AIC, null);
        AdfResult[] last = new AdfResult[1];
        Timing t = Timing.measure(warmup, repeat, () -> last[0] = Adf.test(walk, spec));
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("statistic", last[0].statistic());
        check.put("lags", last[0].lags());
        return new Outcome("adf", "ADF, constant, lags by AIC up to the default maximum, n = " + BenchData.ADF_N
                + " random walk", t, check);
    }

    private Outcome ols() {
        double[][] cols = BenchData.olsColumns(BenchData.OLS_ROWS, BenchData.OLS_REGRESSORS, BenchData.SEED);
        List<String> names = new ArrayList<>();
        List<double[]> xs = new ArrayList<>();
        for (int j = 1; j < cols.length; j++) {
            names.add("x" + j);
            xs.add(cols[j]);
        }
        OlsResult[] last = new OlsResult[1];
        Timing t = Timing.measure(warmup, repeat,
                () -> last[0] = Ols.fit("y", cols[0], names, xs, OlsOptions.DEFAULT));
        Map<String, Object> check = new LinkedHashMap<>();
        List<Double> se = new ArrayList<>();
        for (Coefficient c : last[0].coefficients()) {
            se.add(c.stdError());
        }
        check.put("bse", se);
        check.put("r_squared", last[0].rSquared());
        return new Outcome("ols", "OLS with a constant and standard errors, " + BenchData.OLS_ROWS + " x "
                + BenchData.OLS_REGRESSORS, t, check);
    }

    /** The Granger case's dataset: series v1..vk, undated. */
    public static Dataset grangerDataset() {
        double[][] cols = BenchData.grangerColumns(BenchData.GRANGER_VARIABLES, BenchData.GRANGER_N, BenchData.SEED);
        List<Series> series = new ArrayList<>();
        for (int j = 0; j < cols.length; j++) {
            series.add(Series.of("v" + (j + 1), cols[j]));
        }
        return new Dataset("granger-bench", TimeIndex.undated(BenchData.GRANGER_N), series);
    }

    private Outcome granger() {
        Dataset data = grangerDataset();
        List<String> vars = new ArrayList<>();
        for (int j = 1; j <= BenchData.GRANGER_VARIABLES; j++) {
            vars.add("v" + j);
        }
        CausalityReport[] last = new CausalityReport[1];
        CausalitySpec spec = new CausalitySpec(vars, BenchData.GRANGER_MAX_LAG, true);
        Timing t = Timing.measure(warmup, repeat,
                () -> last[0] = new CausalityAnalysis().run(spec, data, ProgressReporter.NONE));
        double sumF = 0;
        for (CausalityRow r : last[0].rows()) {
            if (!r.ok()) {
                throw new IllegalStateException("bench Granger test failed: " + r.nullHypothesis() + ", "
                        + r.lags() + " lags: " + r.problem());
            }
            sumF += r.statistic().fStatistic();
        }
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("tests", last[0].rows().size());
        check.put("sum_f", sumF);
        return new Outcome("granger", "Granger F tests, all ordered pairs of " + BenchData.GRANGER_VARIABLES
                + " variables, lags 1.." + BenchData.GRANGER_MAX_LAG + ", n = " + BenchData.GRANGER_N, t, check);
    }

    /** Writes the import case's CSV once (about 190 MB). */
    public Path importFile() {
        if (importFile == null) {
            try {
                Files.createDirectories(workDir);
                Path f = workDir.resolve("numeric_1m_x10.csv");
                BenchData.writeNumericCsv(f, BenchData.IMPORT_ROWS, BenchData.IMPORT_COLUMNS, BenchData.SEED);
                importFile = f;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return importFile;
    }

    private Outcome importCsv() {
        Path f = importFile();
        Dataset[] last = new Dataset[1];
        Timing t = Timing.measure(warmup, repeat, () -> last[0] = DataImporter.read(f));
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("rows", last[0].rowCount());
        check.put("columns", last[0].series().size());
        check.put("x1_sum", sum(last[0].series().get(0).values()));
        return new Outcome("import", "CSV import, " + BenchData.IMPORT_ROWS + " rows x " + BenchData.IMPORT_COLUMNS
                + " numeric columns", t, check);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s;
    }

    /** Heap retained by the imported dataset: heap in use after GC with it held, minus before it was read. */
    private Outcome memory() {
        Path f = importFile();
        long before = usedAfterGc();
        Dataset d = DataImporter.read(f);
        long after = usedAfterGc();
        long raw = 8L * d.rowCount() * d.series().size();
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("retained_bytes", after - before);
        check.put("raw_double_bytes", raw);
        check.put("ratio", (double) (after - before) / raw);
        check.put("rows", d.rowCount());
        return new Outcome("memory", "heap retained by the imported " + BenchData.IMPORT_ROWS + " x "
                + BenchData.IMPORT_COLUMNS + " dataset vs its raw doubles", null, check);
    }

    private static long usedAfterGc() {
        MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // Several collections: the first may leave objects that finalization or soft references still hold.
        for (int i = 0; i < 4; i++) {
            mx.gc();
            used = Math.min(used, mx.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
