package org.tradeworkbench.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports synthetic load files ({@link SyntheticLoadFiles}) in a child JVM with a small heap, which only a
 * streaming read passes: a 100 MB table in 256 MB of heap, a 100 MB product-level file in 64 MB, a
 * 300,000-row workbook in 96 MB. With
 * {@code -Dtw.big=true} also the 10-million-row (about 0.9 GB) table and a 19-million-row product-level file in
 * 2 GB, the default heap of an 8 GB machine; that run prints its time and heap (see docs/formats.md, Big files).
 */
class StreamingImportHeapTest {
    @TempDir
    Path dir;

    @Test
    void aHundredMegabyteTableImportsIn256MegabytesOfHeap() throws Exception {
        Path f = dir.resolve("wide.csv");
        SyntheticLoadFiles.Wide w = SyntheticLoadFiles.writeWide(f, 1_070_000, 5, 21L);
        assertThat(w.bytes()).isGreaterThan(95_000_000L);
        String out = importInChild(f, "256m");
        assertThat(out).startsWith("rows=1070000 series=5 firstSum="
                + String.format(Locale.ROOT, "%.6f", w.sums()[0]) + " ");
    }

    @Test
    void aHundredMegabyteProductLevelFileAggregatesIn64MegabytesOfHeap() throws Exception {
        Path f = dir.resolve("products.csv");
        SyntheticLoadFiles.ProductLevel p = SyntheticLoadFiles.writeProductLevel(f, 2005, 240, 20, 1000, 0.8, 22L);
        assertThat(p.bytes()).isGreaterThan(90_000_000L);
        String out = importInChild(f, "64m", "partner");
        long first = 0;
        for (long v : p.sums().get("P001")) {
            first += v;
        }
        assertThat(out).startsWith("rows=240 series=20 firstSum=" + String.format(Locale.ROOT, "%.6f", (double) first)
                + " ");
    }

    /**
     * A 300,000-row, 5-column .xlsx (a sheet of about 60 MB of XML) in 96 MB of heap: the sheet is read as a
     * stream and its text streamed again; a workbook held whole (POI's XSSFWorkbook) would need several times that.
     */
    @Test
    void aBigWorkbookImportsIn96MegabytesOfHeap() throws Exception {
        Path f = dir.resolve("wide.xlsx");
        int rows = 300_000;
        java.util.Random rnd = new java.util.Random(23L);
        double sum = 0;
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
                java.io.OutputStream out = Files.newOutputStream(f)) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("data");
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("obs");
            for (int j = 1; j <= 5; j++) {
                header.createCell(j).setCellValue("x" + j);
            }
            for (int i = 1; i <= rows; i++) {
                org.apache.poi.ss.usermodel.Row r = sheet.createRow(i);
                r.createCell(0).setCellValue(i);
                for (int j = 1; j <= 5; j++) {
                    double v = Math.round(rnd.nextGaussian() * 1e6) / 1e4;
                    r.createCell(j).setCellValue(v);
                    if (j == 1) {
                        sum += v;
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
        String out = importInChild(f, "96m");
        System.out.println("[heap] wide.xlsx " + Files.size(f) + " bytes: " + out);
        assertThat(out).startsWith("rows=" + rows + " series=5 firstSum=" + String.format(Locale.ROOT, "%.6f", sum)
                + " ");
    }

    @Test
    @EnabledIfSystemProperty(named = "tw.big", matches = "true")
    void tenMillionRowsImportInTheDefaultHeapOfAnEightGigabyteMachine() throws Exception {
        Path f = dir.resolve("wide.csv");
        SyntheticLoadFiles.Wide w = SyntheticLoadFiles.writeWide(f, 10_000_000, 5, 20261206L);
        String out = importInChild(f, "2g");
        System.out.println("[big] wide.csv " + w.bytes() + " bytes: " + out);
        assertThat(out).startsWith("rows=10000000 series=5 firstSum="
                + String.format(Locale.ROOT, "%.6f", w.sums()[0]) + " ");
        Files.delete(f);

        Path p = dir.resolve("products.csv");
        SyntheticLoadFiles.ProductLevel pl = SyntheticLoadFiles.writeProductLevel(p, 2005, 240, 100, 1000, 0.8,
                20261207L);
        String outP = importInChild(p, "2g", "partner");
        System.out.println("[big] products.csv " + pl.rows() + " rows, " + pl.bytes() + " bytes: " + outP);
        assertThat(outP).startsWith("rows=240 series=100 ");
    }

    /** Runs {@link ImportMeasure} on the file with {@code -Xmx}; its output line with the GC log's peak heap. */
    private String importInChild(Path file, String heap, String... seriesBy) throws IOException, InterruptedException {
        Path gcLog = dir.resolve("gc-" + heap + ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Xlog:gc:file=" + gcLog, "-cp", System.getProperty("java.class.path"),
                ImportMeasure.class.getName(), file.toString()));
        cmd.addAll(List.of(seriesBy));
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = proc.getInputStream().readAllBytes();
        assertThat(proc.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8).strip();
        assertThat(proc.exitValue()).as(text).isZero();
        return text + " maxHeapBeforeGcMB=" + maxBeforeGc(gcLog);
    }

    /** The largest heap in use before a collection, from a {@code -Xlog:gc} log (e.g. {@code 815M->590M(1350M)}). */
    private static long maxBeforeGc(Path gcLog) throws IOException {
        long max = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Pause.* (\\d+)M->(\\d+)M\\(")
                .matcher(Files.readString(gcLog));
        while (m.find()) {
            max = Math.max(max, Long.parseLong(m.group(1)));
        }
        return max;
    }
}
