package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.stats.unitroot.AdfSpec;
import org.tradeworkbench.core.stats.unitroot.Adf;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/** The script commands that give a script its data: state carried from line to line, undo and redo, errors. */
class ScriptDataCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private String[] script(String text) throws Exception {
        Path f = Files.writeString(dir.resolve("s.tws"), text);
        return run("run-script", f.toString(), "--quiet");
    }

    /** The JSON objects among the lines the commands printed, in order. */
    private static List<JsonNode> objects(String out) throws Exception {
        List<JsonNode> found = new java.util.ArrayList<>();
        StringBuilder current = null;
        for (String l : out.split("\n")) {
            if (current == null && l.startsWith("{")) {
                current = new StringBuilder();
            }
            if (current != null) {
                current.append(l).append('\n');
                if (l.equals("}") || l.startsWith("{") && l.endsWith("}")) {
                    found.add(JSON.readTree(current.toString()));
                    current = null;
                }
            }
        }
        return found;
    }

    private static double statistic(String out, int object) throws Exception {
        return objects(out).get(object).get("statistic").asDouble();
    }

    @Test
    void openWithSeriesBySaysWhatWasSummedOver() throws Exception {
        Path f = Files.writeString(dir.resolve("products.csv"), "period,partner,product,value\n"
                + "2020-01,5700,010000,1\n2020-01,5700,020000,2\n2020-02,5700,010000,4\n2020-01,1220,010000,8\n");
        String[] r = script("open " + f + " --series-by partner\n");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("  long table of 4 rows (period, partner, product, value) summed over product:"
                + " one series per partner (2 series)");
        String[] byDefault = script("open " + f + "\n");
        assertThat(byDefault[0]).as(byDefault[2]).isEqualTo("0");
        assertThat(byDefault[1]).doesNotContain("summed");
    }

    @Test
    void analysisLinesWithoutDataUseTheScriptsDataAndSample() throws Exception {
        String[] r = script("""
                open --sample
                genr lpat = log(cn_patent_apps_nonresident)
                smpl --from 2000 --to 2018
                set cn_patent_apps_nonresident 2010 100000
                adf --column lpat --lags 1 --json
                undo
                adf --column lpat --lags 1 --json
                redo 1
                adf --column lpat --lags 1 --json
                """);
        assertThat(r[2]).isEmpty();
        assertThat(r[0]).isEqualTo("0");

        Dataset d = Expressions.define(PaperData.bundledSample(), "lpat", "log(cn_patent_apps_nonresident)");
        SampleRange s = new SampleRange(Period.annual(2000), Period.annual(2018));
        AdfSpec spec = AdfSpec.fixedLags(UnitRootTrend.CONSTANT, 0, 1);
        double original = Adf.test(Expressions.refresh(s.apply(d)), "lpat", spec).statistic();
        int row = d.index().rowOf(Period.annual(2010)).getAsInt();
        Dataset edited = Expressions.refresh(d.withValue("cn_patent_apps_nonresident", row, 100000));
        double changed = Adf.test(Expressions.refresh(s.apply(edited)), "lpat", spec).statistic();
        assertThat(changed).isNotEqualTo(original);
        assertThat(statistic(r[1], 0)).isEqualTo(changed);
        assertThat(statistic(r[1], 1)).isEqualTo(original);
        assertThat(statistic(r[1], 2)).isEqualTo(changed);
    }

    @Test
    void openAndAppendReadFilesWithTheImportSettingsAndMergeOnPeriod() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "year;x\n2001;1,5\n2002;2,5\n2003;4\n");
        Path b = Files.writeString(dir.resolve("b.csv"), "year,y\n2002,7\n2003,9\n2004,11\n");
        String[] r = script("open " + a + " --delimiter \";\" --decimal ,\nappend " + b
                + "\nrename y z\ndelete x\n");
        assertThat(r[2]).isEmpty();
        assertThat(r[1]).contains("open: 1 series, 3 rows 2001..2003").contains("append: 2 series, 4 rows 2001..2004")
                .contains("delete: x");
        Dataset direct = DataImporter.read(a, org.tradeworkbench.core.io.ImportOptions.defaults().withDelimiter(';')
                .withDecimalMark(','));
        assertThat(direct.get("x").get(0)).isEqualTo(1.5);
    }

    @Test
    void theSampleEndThatNewDataLackFallsBackToTheirEndAsInTheApp() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "year,x\n2001,1\n2002,2\n2003,4\n2004,3\n2005,6\n2006,5\n");
        Path b = Files.writeString(dir.resolve("b.csv"), "year,x\n2001,1\n2002,2\n2003,4\n2004,3\n2005,7\n");
        String[] r = script("open " + a + "\nsmpl --from 2002 --to 2006\nopen " + b + "\nols --y x --json\nundo\n"
                + "ols --y x --json\nsmpl --full\nols --y x --json\n");
        assertThat(r[2]).isEmpty();
        List<JsonNode> fits = objects(r[1]);
        // The end 2006 is not in the second file: the sample runs to its end; undo does not bring 2006 back.
        assertThat(fits.get(0).get("sample_start").asText()).isEqualTo("2002");
        assertThat(fits.get(0).get("sample_end").asText()).isEqualTo("2005");
        assertThat(fits.get(1).get("sample_end").asText()).isEqualTo("2006");
        assertThat(fits.get(2).get("sample_start").asText()).isEqualTo("2001");
    }

    @Test
    void errorsNameTheLineAndSayWhatIsWrong() throws Exception {
        assertThat(script("adf --column x --lags 0\n")[2]).contains("line 1").contains("--data");
        assertThat(script("open --sample\nset cn_patent_apps_nonresident 1850 3\n")[2]).contains("line 2")
                .contains("1850 is not a period of the data");
        assertThat(script("open --sample\nundo 2\n")[2]).contains("only 1 data command");
        assertThat(script("open --sample\nunreplayable \"data pasted from the clipboard\"\n")[2])
                .contains("line 2").contains("cannot be replayed: data pasted from the clipboard");
        assertThat(script("open --sample\nsmpl --from 1990\n")[2]).contains("outside the data");
        String[] alone = run("genr", "x", "=", "1");
        assertThat(alone[0]).isEqualTo("2");
        assertThat(alone[2]).contains("only as a line of a script");
    }
}
