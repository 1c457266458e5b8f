package org.tradeworkbench.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;

/**
 * Seeded random mutations of real files (the raw WDI and Census downloads, the curated tables, and small
 * fixtures): cut lines, truncation, swapped delimiters, stray quotes, binary junk, huge fields, cut UTF-8
 * characters, line-end changes. Every input must either import or be rejected with a {@link DataException}
 * that names the file and a line; nothing else may escape.
 */
class ImportFuzzTest {
    static final int CASES = 2000;
    static final Path SHARED = Path.of("..", "shared", "data");

    @TempDir
    static Path dir;

    static final List<byte[]> BASES = new ArrayList<>();

    @BeforeAll
    static void loadBases() throws IOException {
        List<Path> files = new ArrayList<>();
        Path wdi = SHARED.resolve("raw").resolve("wdi");
        if (Files.isDirectory(wdi)) {
            try (Stream<Path> s = Files.list(wdi)) {
                s.sorted().forEach(files::add);
            }
        }
        files.add(SHARED.resolve("raw").resolve("census").resolve("country.csv"));
        files.add(SHARED.resolve("curated").resolve("china_us_hitech_annual.csv"));
        files.add(SHARED.resolve("curated").resolve("us_china_goods_monthly.csv"));
        for (Path p : files) {
            if (Files.exists(p)) {
                BASES.add(head(Files.readAllBytes(p), 120));
            }
        }
        try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "import"))) {
            for (Path p : s.sorted().toList()) {
                BASES.add(Files.readAllBytes(p));
            }
        }
    }

    /** The first {@code lines} lines (keeps each case small and fast while keeping the file's real shape). */
    static byte[] head(byte[] b, int lines) {
        int n = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && ++n == lines) {
                return java.util.Arrays.copyOf(b, i + 1);
            }
        }
        return b;
    }

    static IntStream seeds() {
        return IntStream.range(0, CASES);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mutatedFileImportsOrFailsWithALocatedMessage(int seed) throws IOException {
        Random rnd = new Random(seed * 7919L + 17);
        byte[] base = BASES.get(rnd.nextInt(BASES.size()));
        int lines = 2 + rnd.nextInt(60);
        byte[] b = rnd.nextInt(4) == 0 ? base : head(base, lines);
        int mutations = 1 + rnd.nextInt(3);
        StringBuilder what = new StringBuilder();
        for (int m = 0; m < mutations; m++) {
            int kind = rnd.nextInt(12);
            what.append(kind).append(' ');
            b = mutate(b, kind, rnd);
        }
        Path f = dir.resolve("case" + seed + ".csv");
        Files.write(f, b);
        try {
            Dataset d = DataImporter.read(f);
            assertThat(d).isNotNull();
            if (seed % 4 == 0) {
                DataImporter.preview(f, ImportOptions.defaults(), 5);
            }
        } catch (DataException e) {
            assertThat(e.location()).as("location of: " + e.getMessage()).isNotNull();
            assertThat(e.location().file()).as(e.getMessage()).isEqualTo(f.getFileName().toString());
            assertThat(e.location().line()).as("line in: " + e.getMessage()).isPositive();
            assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r");
        } catch (RuntimeException e) {
            fail("seed " + seed + " (mutations " + what + ") threw " + e, e);
        } finally {
            Files.delete(f);
        }
    }

    static byte[] mutate(byte[] b, int kind, Random rnd) {
        int n = b.length;
        int at = n == 0 ? 0 : rnd.nextInt(n + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 64);
        switch (kind) {
            case 0 -> { // cut a line out
                int[] line = lineAround(b, at);
                out.write(b, 0, line[0]);
                out.write(b, line[1], n - line[1]);
            }
            case 1 -> out.write(b, 0, at); // truncate anywhere
            case 2 -> { // swap some delimiters
                byte from = (byte) ",;\t|".charAt(rnd.nextInt(4));
                byte to = (byte) ",;\t|".charAt(rnd.nextInt(4));
                byte[] c = b.clone();
                for (int i = 0; i < c.length; i++) {
                    if (c[i] == from && rnd.nextInt(3) > 0) {
                        c[i] = to;
                    }
                }
                return c;
            }
            case 3 -> { // stray quote
                out.write(b, 0, at);
                out.write('"');
                out.write(b, at, n - at);
            }
            case 4 -> { // binary junk
                out.write(b, 0, at);
                byte[] junk = new byte[1 + rnd.nextInt(64)];
                rnd.nextBytes(junk);
                out.writeBytes(junk);
                out.write(b, at, n - at);
            }
            case 5 -> { // a huge field
                out.write(b, 0, at);
                int len = 1000 + rnd.nextInt(100_000);
                byte fill = (byte) "x9\",\n".charAt(rnd.nextInt(5));
                byte[] big = new byte[len];
                java.util.Arrays.fill(big, fill);
                out.writeBytes(big);
                out.write(b, at, n - at);
            }
            case 6 -> { // a UTF-8 character cut short
                out.write(b, 0, at);
                out.writeBytes(rnd.nextBoolean() ? new byte[] {(byte) 0xE4, (byte) 0xB8}
                        : new byte[] {(byte) 0xC3});
                out.write(b, at, n - at);
            }
            case 7 -> { // line ends changed
                String s = new String(b, StandardCharsets.ISO_8859_1);
                s = switch (rnd.nextInt(3)) {
                    case 0 -> s.replace("\r\n", "\r");
                    case 1 -> s.replace("\r\n", "\n").replace("\n", "\r\n");
                    default -> s.replace("\n", rnd.nextBoolean() ? "\r" : "\n\n");
                };
                return s.getBytes(StandardCharsets.ISO_8859_1);
            }
            case 8 -> { // a line doubled
                int[] line = lineAround(b, at);
                out.write(b, 0, line[1]);
                out.write(b, line[0], line[1] - line[0]);
                out.write(b, line[1], n - line[1]);
            }
            case 9 -> { // a cell overwritten with text or a token
                String[] words = {"NA", "12,5O", "", "\"\"", "2004Q5", "1e999", "-", "abc", "\"1,234.5\"", "\u00e9"};
                out.write(b, 0, at);
                out.writeBytes(words[rnd.nextInt(words.length)].getBytes(StandardCharsets.UTF_8));
                int skip = Math.min(n - at, rnd.nextInt(8));
                out.write(b, at + skip, n - at - skip);
            }
            case 10 -> { // BOMs and UTF-16 marks at the start
                byte[][] marks = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE},
                        {(byte) 0xEF, (byte) 0xBB}, {}};
                out.writeBytes(marks[rnd.nextInt(marks.length)]);
                out.write(b, 0, n);
            }
            default -> { // keep only the head, or nothing
                out.write(b, 0, rnd.nextInt(4) == 0 ? 0 : Math.min(n, rnd.nextInt(200)));
            }
        }
        return out.toByteArray();
    }

    private static int[] lineAround(byte[] b, int at) {
        int s = Math.min(at, b.length);
        while (s > 0 && b[s - 1] != '\n') {
            s--;
        }
        int e = Math.min(at, b.length);
        while (e < b.length && b[e] != '\n') {
            e++;
        }
        return new int[] {s, Math.min(b.length, e + 1)};
    }
}
