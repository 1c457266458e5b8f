package org.tradeworkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tradeworkbench.core.bench.BenchData;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.io.DataImporter;

/**
 * CSV import of 1,000,000 rows x 10 numeric columns (about 190 MB): seeded Gaussian values written with all
 * 16-17 significant digits ({@link Double#toString}), the file pandas' {@code read_csv} is compared on
 * ({@code src/test/reference/import_bench_pandas.py} runs pandas on the file {@link #main} writes).
 * Run: {@code mvn -o -q test-compile} then JMH's main on the test classpath (see docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ImportBenchmark {
    public static final int ROWS = 1_000_000;
    public static final int COLUMNS = 10;
    public static final long SEED = 20240607L;

    private Path dir;
    private Path file;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("import-bench");
        file = dir.resolve("numeric_1m_x10.csv");
        writeFile(file, ROWS, COLUMNS, SEED);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public Dataset readCsv() {
        return DataImporter.read(file);
    }

    /** Writes the benchmark file: header {@code x1..xk}, then rows of seeded N(0, 1000) values. */
    public static void writeFile(Path path, int rows, int columns, long seed) throws IOException {
        BenchData.writeNumericCsv(path, rows, columns, seed);
    }

    /** {@code main FILE}: writes the benchmark file for the pandas comparison; {@code main FILE read}: also
     * times a few reads of it (a quick look without JMH). */
    public static void main(String[] args) throws IOException {
        Path p = Path.of(args[0]);
        if (!Files.exists(p)) {
            writeFile(p, ROWS, COLUMNS, SEED);
        }
        if (args.length > 1) {
            for (int k = 0; k < Integer.parseInt(args[1]); k++) {
                long t = System.nanoTime();
                Dataset d = DataImporter.read(p);
                double ms = (System.nanoTime() - t) / 1e6;
                System.gc();
                Runtime rt = Runtime.getRuntime();
                long used = rt.totalMemory() - rt.freeMemory();
                long raw = 8L * d.rowCount() * d.series().size();
                System.out.printf("read %d rows x %d series in %.0f ms; heap in use %.1f MB for %.1f MB of doubles"
                        + "%n", d.rowCount(), d.series().size(), ms, used / 1048576.0, raw / 1048576.0);
            }
        }
    }
}
