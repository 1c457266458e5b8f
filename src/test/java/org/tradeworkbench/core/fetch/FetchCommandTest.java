package org.tradeworkbench.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.cli.Cli;
import org.tradeworkbench.core.workbench.UserPreferences;

/** {@code fetch} on the command line and in a script, against the local server. */
class FetchCommandTest {
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

    private static ProviderServer atpServer() throws Exception {
        return new ProviderServer(q -> {
            try {
                if (q.startsWith("/data/timeseries/intltrade/exports/hitech?")) {
                    return ProviderServer.Reply.ok(ProviderLayouts.censusAtp2017(true));
                }
                if (q.startsWith("/data/timeseries/intltrade/imports/hitech?")) {
                    return ProviderServer.Reply.ok(ProviderLayouts.censusAtp2017(false));
                }
                return ProviderServer.Reply.status(404, "");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void fetchWritesACsvAndAScriptMergesTheSeriesIntoItsData() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(ProviderLayouts.SHARED), "shared data absent");
        try (ProviderServer s = atpServer()) {
            Path csv = dir.resolve("atp.csv");
            String[] r = run("fetch", "census-atp", "--partner", "5700", "--from", "2017", "--to", "2017",
                    "--api-url", s.base(), "--cache", dir.resolve("cache").toString(), "--out", csv.toString());
            assertThat(r[0]).as(r[2]).isEqualTo("0");
            assertThat(r[1]).startsWith("fetch: 3 series, 1 rows 2017..2017; source: U.S. Census trade API (hitech)")
                    .contains("us_china_atp_balance_musd");
            assertThat(Files.readString(csv)).contains("-135400");

            Path script = Files.writeString(dir.resolve("s.tws"), "open --sample\n"
                    + "fetch census-atp --partner 5700 --from 2017 --to 2017 --api-url " + s.base() + " --cache \""
                    + dir.resolve("cache") + "\"\n"
                    + "fetch census-atp --partner 5700 --from 2017 --to 2017 --offline --api-url " + s.base() + " --cache \"" + dir.resolve("cache")
                    + "\"\n");
            String[] r2 = run("run-script", script.toString());
            assertThat(r2[0]).as(r2[2]).isEqualTo("0");
            assertThat(r2[1]).contains("(from the cache)");
        }
    }

    @Test
    void aFailedFetchStopsTheScriptWithOneLine() throws Exception {
        try (ProviderServer s = new ProviderServer(q -> ProviderServer.Reply.status(500, ""))) {
            Path script = Files.writeString(dir.resolve("s.tws"), "open --sample\n"
                    + "fetch worldbank --country CHN --indicator NE.EXP.GNFS.CD --api-url " + s.base() + " --cache \""
                    + dir.resolve("cache") + "\"\n");
            String[] r = run("run-script", "--quiet", script.toString());
            assertThat(r[0]).isEqualTo("2");
            assertThat(r[2].strip()).startsWith("s.tws, line 2: fetch: World Bank: HTTP 500").doesNotContain("\n");
        }
    }

    @Test
    void theKeyGivenWinsOverTheEnvironmentWhichWinsOverPreferences() {
        assertThat(CensusKey.choose("cli", "env", "stored")).isEqualTo("cli");
        assertThat(CensusKey.choose(null, " env ", "stored")).isEqualTo("env");
        assertThat(CensusKey.choose(" ", "", "stored")).isEqualTo("stored");
        assertThat(CensusKey.choose(null, null, "")).isNull();
    }

    @Test
    void fetchSendsTheKeyKeptInPreferencesUnlessOneIsGivenAndWritesItNowhere() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(ProviderLayouts.SHARED), "shared data absent");
        Assumptions.assumeTrue(System.getenv(CensusKey.ENVIRONMENT) == null, "CENSUS_API_KEY is set here");
        UserPreferences prefs = UserPreferences.forUser();
        String before = prefs.censusKey();
        prefs.setCensusKey("stored-k3y");
        try (ProviderServer s = atpServer()) {
            Path cache = dir.resolve("cache");
            String[] r = run("fetch", "census-atp", "--partner", "5700", "--from", "2017", "--to", "2017",
                    "--api-url", s.base(), "--cache", cache.toString(), "--out", dir.resolve("a.csv").toString());
            assertThat(r[0]).as(r[2]).isEqualTo("0");
            assertThat(s.requests).hasSize(2).allMatch(q -> q.endsWith("&key=stored-k3y"));
            String[] r2 = run("fetch", "census-atp", "--partner", "5700", "--from", "2017", "--to", "2017",
                    "--key", "given-k3y", "--api-url", s.base(), "--cache", cache.toString());
            assertThat(r2[0]).as(r2[2]).isEqualTo("0");
            assertThat(s.requests.subList(2, 4)).allMatch(q -> q.endsWith("&key=given-k3y"));
            assertThat(r[1] + r[2] + r2[1] + r2[2]).doesNotContain("k3y");
            try (var files = Files.list(cache)) {
                for (Path f : files.toList()) {
                    assertThat(Files.readString(f)).as(f.toString()).doesNotContain("k3y");
                }
            }
        } finally {
            prefs.setCensusKey(before);
        }
    }
}
