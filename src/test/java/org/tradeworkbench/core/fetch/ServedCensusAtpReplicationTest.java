package org.tradeworkbench.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.cli.Cli;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.figures.PaperFigure;
import org.tradeworkbench.core.figures.PaperFigures;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.paper.PaperVariables;
import org.tradeworkbench.core.paper.Replication;
import org.tradeworkbench.core.paper.ReplicationReport;
import org.tradeworkbench.core.paper.Status;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * The replication completed from a served Census hitech answer: {@code fetch census-atp --partner 5700 --from 2013
 * --to 2017} against a local server answering in the API's header-row layout, then the paper's variables, Figures
 * 1, 3 and 4, equation (2) and Table 3 through the replication report, on the command line, in a script and
 * through the request the dialog runs. The served values are the real ones of {@code ../shared/data}: China's
 * ATP total for 2017 (exports US$ 35.7 billion, balance -135.4 billion, see {@link ProviderLayouts#censusAtp2017});
 * the real yearly and per-category series are not available here, so the test also checks that every number
 * those missing years would feed says which years it lacks instead of showing a value.
 */
class ServedCensusAtpReplicationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** US ATP exports to the world 2017, Census country.csv CTY_CODE 0007 EYR (curated file). */
    private double worldAtpExports2017;

    @TempDir
    Path dir;

    @BeforeEach
    void shared() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(ProviderLayouts.SHARED), "shared data absent");
        worldAtpExports2017 = ProviderLayouts.curatedAnnual(PaperVariables.ATP_EXPORTS_WORLD).get(2017);
    }

    private static ProviderServer census() throws IOException {
        return new ProviderServer(q -> {
            try {
                if (q.startsWith("/data/timeseries/intltrade/exports/hitech?") && q.contains("CTY_CODE=5700")) {
                    return ProviderServer.Reply.ok(ProviderLayouts.censusAtp2017(true));
                }
                if (q.startsWith("/data/timeseries/intltrade/imports/hitech?") && q.contains("CTY_CODE=5700")) {
                    return ProviderServer.Reply.ok(ProviderLayouts.censusAtp2017(false));
                }
                return ProviderServer.Reply.status(404, "");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String[] cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
    }

    private static JsonNode item(JsonNode report, String id) {
        for (JsonNode i : report.get("items")) {
            if (i.get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no item " + id);
    }

    /** The checks every path shares: lny and RATIO of 2017 from the served values, the missing years named. */
    private void checkPaperNumbers(Dataset data) {
        PaperData.PaperFrame f = PaperData.paperFrame(data);
        Dataset d = f.data();
        int row = d.index().rowOf(Period.annual(2017)).orElseThrow();
        // lny = ln(deficit in 100 million US$): 135.4 billion = 1354 hundred million.
        assertThat(d.get("lny").get(row)).isCloseTo(Math.log(1354), within(1e-12));
        assertThat(d.get("RATIO").get(row)).isCloseTo(35_700 / worldAtpExports2017, within(1e-12));
        for (int i = 0; i < d.rowCount(); i++) {
            if (i != row) {
                assertThat(d.get("lny").get(i)).as("lny " + d.index().period(i)).isNaN();
            }
        }

        FigureSpec f1 = PaperFigures.build(PaperFigure.FIGURE_1, data, PaperFigures.defaultChoices(PaperFigure.FIGURE_1,
                data));
        assertThat(f1.series()).hasSize(1);
        assertThat(f1.series().get(0).name()).isEqualTo(PaperVariables.ATP_BALANCE_CHINA);
        assertThat(f1.series().get(0).periods()).containsExactly("2017");
        assertThat(f1.series().get(0).y()[0]).isCloseTo(-135.4, within(1e-9));
        for (PaperFigure p : new PaperFigure[] {PaperFigure.FIGURE_3, PaperFigure.FIGURE_4}) {
            FigureSpec s = PaperFigures.build(p, data, PaperFigures.defaultChoices(p, data));
            assertThat(s.isEmpty()).as(p.toString()).isTrue();
            assertThat(s.emptyState().message()).as(p.toString()).contains("categor");
        }

        ReplicationReport r = Replication.run(data);
        for (String id : new String[] {"eq2.RATIO", "eq2.PATENT", "table3.PATENT->lny.f", "table3.RATIO->lny.f"}) {
            assertThat(r.item(id).status()).as(id).isEqualTo(Status.UNAVAILABLE);
            assertThat(r.item(id).note()).as(id).contains("2017 (1 obs.; missing 2004–2016, 2018)");
        }
    }

    @Test
    void theFetchCommandsCsvAndTheSampleReplicateOnTheCommandLine() throws Exception {
        try (ProviderServer s = census()) {
            Path atp = dir.resolve("atp.csv");
            String[] f = cli("fetch", "census-atp", "--partner", "5700", "--from", "2013", "--to", "2017",
                    "--api-url", s.base(), "--cache", dir.resolve("cache").toString(), "--out", atp.toString());
            assertThat(f[0]).as(f[2]).isEqualTo("0");
            assertThat(s.requests).hasSize(2).allMatch(q -> q.contains("time=from+2013-01+to+2017-12"));
            String data = Path.of("sample-data/china_us_annual.csv") + "," + atp;
            checkPaperNumbers(DataImporter.read(Path.of("sample-data/china_us_annual.csv")).merge(DataImporter.read(atp)));

            Path json = dir.resolve("replication.json");
            String[] r = cli("replicate", "--data", data, "--json", "--out", json.toString());
            assertThat(r[0]).as(r[2]).isEqualTo("0");
            JsonNode report = JSON.readTree(json.toFile());
            assertThat(item(report, "eq2.RATIO").get("status").asText()).isEqualTo(Status.UNAVAILABLE.word());
            assertThat(item(report, "eq2.RATIO").get("note").asText()).contains("missing 2004–2016, 2018");

            String[] f1 = cli("figure", "--id", "1", "--data", data, "--out", dir.resolve("f1.svg").toString());
            assertThat(f1[0]).as(f1[2]).isEqualTo("0");
            assertThat(Files.readString(dir.resolve("f1.svg"))).contains("2017");
            for (String id : new String[] {"3", "4"}) {
                String[] fig = cli("figure", "--id", id, "--data", data, "--out", dir.resolve("f" + id + ".svg")
                        .toString());
                assertThat(fig[0]).as("figure " + id).isNotEqualTo("0");
                assertThat(fig[2]).as("figure " + id).contains("categor");
                assertThat(dir.resolve("f" + id + ".svg")).doesNotExist();
            }
        }
    }

    @Test
    void aScriptThatFetchesThenReplicatesUsesTheFetchedSeries() throws Exception {
        try (ProviderServer s = census()) {
            Path json = dir.resolve("replication.json");
            Path script = Files.writeString(dir.resolve("paper.tws"), "open --sample\n"
                    + "fetch census-atp --partner 5700 --from 2013 --to 2017 --api-url " + s.base() + " --cache \""
                    + dir.resolve("cache") + "\"\n"
                    + "replicate --json --out \"" + json + "\" --overwrite\n"
                    + "figure --id 1 --out \"" + dir.resolve("f1.svg") + "\"\n");
            String[] r = cli("run-script", "--quiet", "--out-dir", dir.toString(), script.toString());
            assertThat(r[0]).as(r[2]).isEqualTo("0");
            JsonNode report = JSON.readTree(json.toFile());
            // On the sample alone RATIO has no year; the fetched 2017 is the one the report now names.
            assertThat(item(report, "eq2.RATIO").get("note").asText()).contains("2017 (1 obs.; missing 2004–2016, 2018)");
            assertThat(Files.readString(dir.resolve("f1.svg"))).contains("2017");
        }
    }

    @Test
    void theDialogsRequestCompletesTheSampleTheSameWay() throws Exception {
        try (ProviderServer s = census()) {
            Http http = new Http(new ResponseCache(dir.resolve("cache")), Duration.ofSeconds(10), false,
                    Clock.systemUTC());
            FetchRequest req = new FetchRequest("census-atp", null, null, "5700", 2013, 2017, null);
            Fetched f = req.run(FetchRequest.Settings.standard(http, null).at(s.base()), ProgressReporter.NONE);
            Dataset sample = PaperData.bundledSample();
            PaperData.ImportCompletion done = PaperData.completeAfterImport(sample.merge(f.dataset()),
                    f.dataset().seriesNames());
            assertThat(done.defined().stream().map(v -> v.name()).toList()).contains("RATIO");
            checkPaperNumbers(done.data());
        }
    }
}
