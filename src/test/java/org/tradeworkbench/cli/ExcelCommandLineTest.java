package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.io.ExcelWorkbooks;

/** {@code --data} and {@code open} take workbooks, with {@code --sheet} and {@code --header-row}. */
class ExcelCommandLineTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void adfOnAWorkbookGivesThePapersPatentRowAsFromTheCsv() throws Exception {
        Path csv = Path.of("sample-data", "china_us_annual.csv");
        Path xl = ExcelWorkbooks.of(csv, dir.resolve("annual.xlsx"), ExcelWorkbooks.Kind.XLSX,
                new ExcelWorkbooks.Layout("China-US annual series", false, null));
        String[] common = {"--column", "log(cn_patent_apps_nonresident)", "--from", "2004", "--to", "2017",
            "--diff", "1", "--lags", "0", "--json"};
        String[] fromCsv = run(concat(new String[] {"adf", "--data", csv.toString()}, common));
        String[] fromXl = run(concat(new String[] {"adf", "--data", xl.toString()}, common));
        assertThat(fromXl[0]).as(fromXl[2]).isEqualTo("0");
        assertThat(fromXl[1]).isEqualTo(fromCsv[1]);
    }

    @Test
    void aScriptOpensASheetByName() throws Exception {
        Path csv = Path.of("sample-data", "us_china_goods_monthly.csv");
        Path xl = ExcelWorkbooks.of(csv, dir.resolve("goods.xls"), ExcelWorkbooks.Kind.XLS,
                ExcelWorkbooks.Layout.PLAIN);
        Path script = Files.writeString(dir.resolve("s.tws"), "open \"" + xl + "\" --sheet Sheet1 --header-row 1\n"
                + "adf --column us_exports_to_china_musd --lags 0\n");
        String[] r = run("run-script", "--quiet", script.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        String[] bad = run("adf", "--data", xl.toString(), "--column", "x");
        assertThat(bad[0]).isEqualTo("2");
        Path noSheet = Files.writeString(dir.resolve("t.tws"), "open \"" + xl + "\" --sheet Annual\n");
        String[] r2 = run("run-script", "--quiet", noSheet.toString());
        assertThat(r2[0]).isEqualTo("2");
        assertThat(r2[2]).contains("goods.xls: no sheet \"Annual\"; the sheets are \"Sheet1\"");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
