package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.commandlog.CommandLog;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.workbench.DatasetState;
import org.tradeworkbench.core.workbench.WorkbenchFile;
import org.tradeworkbench.core.workbench.WorkbenchStore;

/** A saved command log replays headless to the same numbers; saved workbenches feed the commands. */
class ScriptReplayTest {
    private static final String SAMPLE = Path.of("sample-data", "china_us_annual.csv").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
    }

    private static String ok(String... args) {
        String[] r = run(args);
        assertThat(r[2]).isEmpty();
        assertThat(r[0]).isEqualTo("0");
        return r[1];
    }

    @Test
    void savedLogReplaysToTheSameNumbers() throws Exception {
        CommandLog log = new CommandLog();
        List<CommandLine> lines = List.of(
                CommandLine.command("adf").opt("data", SAMPLE).opt("column", "d(log(cn_patent_apps_resident))")
                        .opt("trend", "c").opt("lags", 0).opt("from", "2004").opt("to", "2018").flag("json").build(),
                CommandLine.command("kpss").opt("data", SAMPLE).opt("column", "log(us_goods_exports_china_musd)")
                        .opt("from", "1995").flag("json").build(),
                CommandLine.command("adf").opt("data", SAMPLE).opt("column", "us_goods_imports_china_musd")
                        .opt("autolag", "aic").flag("json").build());
        lines.forEach(log::append);
        Path script = dir.resolve("session.tws");
        log.save(script);

        List<JsonNode> direct = new ArrayList<>();
        for (CommandLine l : lines) {
            direct.add(JSON.readTree(ok(l.toArray())));
        }
        String replayed = ok("run-script", script.toString());
        String[] parts = replayed.split("(?m)^> .*\n");
        assertThat(parts).hasSize(lines.size() + 1);
        assertThat(parts[0]).isEmpty();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode again = JSON.readTree(parts[i + 1]);
            assertThat(again).isEqualTo(direct.get(i));
            assertThat(again.get("statistic").isNumber()).isTrue();
        }
        assertThat(replayed).contains("> adf --data " + SAMPLE + " --column \"d(log(cn_patent_apps_resident))\"");
    }

    private Path saveWorkbench(Dataset data, String from, String to) {
        Path f = dir.resolve("w.tradewb");
        WorkbenchStore.save(WorkbenchFile.of(DatasetState.of(data)).withSample(from, to), f);
        return f;
    }

    @Test
    void workbenchOptionGivesTheCommandsTheSavedDataAndSample() throws Exception {
        Dataset sample = PaperData.bundledSample();
        Dataset data = Expressions.define(sample, "PATENT", "cn_patent_apps_resident + cn_patent_apps_nonresident");
        Path wb = saveWorkbench(data, "2004", "2018");

        String viaWorkbench = ok("adf", "--workbench", wb.toString(), "--column", "d(log(PATENT))", "--lags", "0",
                "--json");
        String viaData = ok("adf", "--data", SAMPLE, "--from", "2004", "--to", "2018", "--column",
                "d(log(cn_patent_apps_resident + cn_patent_apps_nonresident))", "--lags", "0", "--json");
        JsonNode a = JSON.readTree(viaWorkbench);
        JsonNode b = JSON.readTree(viaData);
        assertThat(a.get("statistic")).isEqualTo(b.get("statistic"));
        assertThat(a.get("pvalue")).isEqualTo(b.get("pvalue"));
        assertThat(a.get("nobs")).isEqualTo(b.get("nobs"));

        // --from/--to override the workbench's sample.
        String wider = ok("adf", "--workbench", wb.toString(), "--from", "1996", "--column", "d(log(PATENT))",
                "--lags", "0", "--json");
        assertThat(JSON.readTree(wider).get("nobs").asInt()).isGreaterThan(a.get("nobs").asInt());

        // An edited value is what the command sees.
        int row = data.index().rowOf(Period.annual(2010)).getAsInt();
        Dataset edited = Expressions.refresh(data.withValue("cn_patent_apps_resident", row,
                data.get("cn_patent_apps_resident").get(row) * 3));
        Path wb2 = saveWorkbench(edited, "2004", "2018");
        String afterEdit = ok("adf", "--workbench", wb2.toString(), "--column", "d(log(PATENT))", "--lags", "0",
                "--json");
        assertThat(JSON.readTree(afterEdit).get("statistic")).isNotEqualTo(a.get("statistic"));

        assertThat(run("adf", "--workbench", wb.toString(), "--data", SAMPLE, "--column", "PATENT")[2])
                .isEqualTo("adf: give either --data or --workbench, not both\n");
        assertThat(run("adf", "--workbench", dir.resolve("no.tradewb").toString(), "--column", "x")[2])
                .isEqualTo("no.tradewb: no such workbench file\n");
    }

    @Test
    void replicateReadsAWorkbench() throws Exception {
        Path wb = saveWorkbench(PaperData.bundledSample(), null, null);
        assertThat(JSON.readTree(ok("replicate", "--workbench", wb.toString(), "--json")))
                .isEqualTo(JSON.readTree(ok("replicate", "--json")));
    }
}
