package org.tradeworkbench.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Each provider's client against a local server answering in the provider's documented layout, built from the
 * real shared data ({@link ProviderLayouts}); errors, slow and cut-off answers, changed layouts, the cache and
 * offline use. No test needs the internet.
 */
class OnlineFetchTest {
    static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @TempDir
    Path dir;

    @BeforeEach
    void shared() {
        Assumptions.assumeTrue(Files.isDirectory(ProviderLayouts.SHARED), "shared data absent");
    }

    private FetchRequest.Settings at(ProviderServer s, boolean offline, int timeoutSeconds) {
        Http http = new Http(new ResponseCache(dir.resolve("cache")), Duration.ofSeconds(timeoutSeconds), offline,
                Clock.fixed(NOW, ZoneOffset.UTC));
        return FetchRequest.Settings.standard(http, null).at(s.base());
    }

    private static double at(Dataset d, String series, Period p) {
        return d.get(series).get(d.index().rowOf(p).orElseThrow());
    }

    @Test
    void worldBankPagesAreJoinedIntoOneSeriesWithItsVintage() throws Exception {
        List<String> pages = ProviderLayouts.worldBankPages(ProviderLayouts.WDI_PATENTS, "CHN", "CN", "China",
                "IP.PAT.NRES", "Patent applications, nonresidents", "2019-10-28", 1960, 2018, 20);
        Pattern page = Pattern.compile("[?&]page=(\\d+)");
        try (ProviderServer s = new ProviderServer(q -> {
            Matcher m = page.matcher(q);
            int p = m.find() ? Integer.parseInt(m.group(1)) : 1;
            return q.startsWith("/v2/country/CHN/indicator/IP.PAT.NRES") ? ProviderServer.Reply.ok(pages.get(p - 1))
                    : ProviderServer.Reply.status(404, "");
        })) {
            Fetched f = new FetchRequest("worldbank", "CHN", "IP.PAT.NRES", null, null, null, null)
                    .run(at(s, false, 10), ProgressReporter.NONE);
            assertThat(s.requests).hasSize(3);
            Dataset d = f.dataset();
            Map<Integer, Double> expected = ProviderLayouts.wdiRow(ProviderLayouts.WDI_PATENTS, "CHN");
            assertThat(d.seriesNames()).containsExactly("ip_pat_nres_chn");
            for (var e : expected.entrySet()) {
                if (e.getKey() <= 2018) {
                    assertThat(at(d, "ip_pat_nres_chn", Period.annual(e.getKey()))).isEqualTo(e.getValue());
                }
            }
            // ln of 2004..2017 is the paper's PATENT; the first of those years as WDI 2019-10-28 gives it.
            assertThat(at(d, "ip_pat_nres_chn", Period.annual(2004))).isEqualTo(expected.get(2004));
            assertThat(d.get("ip_pat_nres_chn").description()).contains("Patent applications, nonresidents, China",
                    "World Bank WDI IP.PAT.NRES", "last updated 2019-10-28", "fetched 2026-12-06T12:00:00Z");
            assertThat(d.notes()).anyMatch(n -> n.startsWith("answer: " + s.base() + "/v2/country/CHN/indicator/"));
        }
    }

    @Test
    void censusAtpAnswersGoThroughTheAtpImporterToThePapersSeries() throws Exception {
        try (ProviderServer s = new ProviderServer(q -> {
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
        })) {
            Fetched f = new FetchRequest("census-atp", null, null, "5700", 2017, 2017, null)
                    .run(at(s, false, 10), ProgressReporter.NONE);
            assertThat(s.requests.get(0)).contains("get=CTY_CODE,CTY_NAME,HITECH,HITECH_DESC,ALL_VAL_MO,ALL_VAL_YR")
                    .contains("time=from+2017-01+to+2017-12").contains("CTY_CODE=5700");
            assertThat(s.requests.get(1)).contains("GEN_VAL_MO,GEN_VAL_YR");
            Dataset d = f.dataset();
            Period y = Period.annual(2017);
            assertThat(at(d, "us_china_atp_exports_musd", y)).isCloseTo(35_700, within(1e-6));
            assertThat(at(d, "us_china_atp_imports_musd", y)).isCloseTo(171_100, within(1e-6));
            assertThat(at(d, "us_china_atp_balance_musd", y)).isCloseTo(-135_400, within(1e-6));
            assertThat(d.get("us_china_atp_exports_musd").description()).contains("U.S. Census trade API (hitech)");
            // The source travels with the data into a workbench file and back.
            var wb = org.tradeworkbench.core.workbench.WorkbenchFile.of(
                    org.tradeworkbench.core.workbench.DatasetState.of(d));
            Dataset back = org.tradeworkbench.core.workbench.WorkbenchJson.read(
                    org.tradeworkbench.core.workbench.WorkbenchJson.write(wb), "t.twb").dataset().toDataset();
            assertThat(back.get("us_china_atp_exports_musd").description())
                    .isEqualTo(d.get("us_china_atp_exports_musd").description());
            assertThat(back.notes()).anyMatch(n -> n.startsWith("answer: " + s.base() + "/data/timeseries/intltrade/"));
        }
    }

    @Test
    void censusGoodsYearsAreDecembersYearToDateAndAPartYearIsLeftOut() throws Exception {
        try (ProviderServer s = new ProviderServer(q -> {
            try {
                boolean ex = q.startsWith("/data/timeseries/intltrade/exports/hs?");
                boolean im = q.startsWith("/data/timeseries/intltrade/imports/hs?");
                return ex || im ? ProviderServer.Reply.ok(ProviderLayouts.censusGoods(ex, 2013, 2024))
                        : ProviderServer.Reply.status(404, "");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        })) {
            Fetched f = new FetchRequest("census-goods", null, null, "5700", 2013, 2024, null)
                    .run(at(s, false, 10), ProgressReporter.NONE);
            assertThat(s.requests.get(0)).contains("E_COMMODITY").contains("COMM_LVL=HS2");
            Dataset d = f.dataset();
            Map<String, Double> monthly = ProviderLayouts.curatedMonthly("us_exports_to_china_musd");
            for (int y = 2013; y <= 2023; y++) {
                double sum = 0;
                for (int m = 1; m <= 12; m++) {
                    sum += monthly.get(String.format("%04d-%02d", y, m));
                }
                assertThat(at(d, "us_china_goods_exports_musd", Period.annual(y))).isCloseTo(sum, within(1e-6));
            }
            // The curated annual file has the same years from Census country.csv (EYR), to rounding.
            assertThat(at(d, "us_china_goods_exports_musd", Period.annual(2018)))
                    .isCloseTo(ProviderLayouts.curatedAnnual("us_goods_exports_china_musd").get(2018), within(0.5));
            assertThat(d.index().end()).isEqualTo(Period.annual(2023));
            assertThat(d.notes()).contains("exports 2024: the answer holds only part of the year; the year is left out");
        }
    }

    @Test
    void dbnomicsSeriesWithNaValues() throws Exception {
        String code = "CENSUS/FT900/CHINA.EXPORTS";
        try (ProviderServer s = new ProviderServer(q -> {
            try {
                return q.startsWith("/v22/series/CENSUS/FT900/CHINA.EXPORTS?observations=1")
                        ? ProviderServer.Reply.ok(ProviderLayouts.dbnomics(code, "us_china_atp_balance_busd",
                        "US-China ATP balance")) : ProviderServer.Reply.status(404, "{\"message\":\"not found\"}");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        })) {
            Dataset d = new FetchRequest("dbnomics", null, null, null, null, null, code)
                    .run(at(s, false, 10), ProgressReporter.NONE).dataset();
            String n = "census_ft900_china_exports";
            assertThat(d.seriesNames()).containsExactly(n);
            Map<Integer, Double> v = ProviderLayouts.curatedAnnual("us_china_atp_balance_busd");
            assertThat(at(d, n, Period.annual(2017))).isEqualTo(v.get(2017));
            assertThat(d.get(n).missingCount()).isEqualTo(d.rowCount() - v.size());
            assertThat(d.get(n).description()).contains("indexed 2026-02-24T00:00:00Z");
            assertThatThrownBy(() -> new FetchRequest("dbnomics", null, null, null, null, null, "IMF/IFS/NOPE")
                    .run(at(s, false, 10), ProgressReporter.NONE))
                    .hasMessageStartingWith("DBnomics: HTTP 404 (not found: no such series, indicator or dataset)")
                    .hasMessageContaining("not found");
        }
    }

    private DataException failure(ProviderServer.Reply reply, int timeout) throws Exception {
        try (ProviderServer s = new ProviderServer(q -> reply)) {
            try {
                new FetchRequest("worldbank", "CHN", "IP.PAT.NRES", null, null, null, null)
                        .run(at(s, false, timeout), ProgressReporter.NONE);
            } catch (DataException e) {
                return e;
            }
        }
        throw new AssertionError("no failure");
    }

    @Test
    void httpErrorsSayWhatHappened() throws Exception {
        assertThat(failure(ProviderServer.Reply.status(404, ""), 10).getMessage())
                .startsWith("World Bank: HTTP 404 (not found");
        assertThat(failure(ProviderServer.Reply.status(500, "<html><body>Internal error</body></html>"), 10)
                .getMessage()).contains("HTTP 500 (the provider's server failed; try again later)")
                .endsWith(": Internal error");
        assertThat(failure(new ProviderServer.Reply(429, "", "30", ProviderServer.Reply.Kind.WHOLE), 10).getMessage())
                .contains("HTTP 429 (too many requests: the provider limits the rate; try again later, after 30 s)");
    }

    @Test
    void aSlowAnswerTimesOutAndACutOneIsNamed() throws Exception {
        String body = ProviderLayouts.worldBankPages(ProviderLayouts.WDI_PATENTS, "CHN", "CN", "China",
                "IP.PAT.NRES", "Patent applications, nonresidents", "2019-10-28", 1960, 2018, 100).get(0);
        assertThat(failure(new ProviderServer.Reply(200, body, null, ProviderServer.Reply.Kind.HELD), 1).getMessage())
                .startsWith("World Bank: no complete answer within 1 s from http://127.0.0.1:");
        assertThat(failure(new ProviderServer.Reply(200, body, null, ProviderServer.Reply.Kind.CUT), 10).getMessage())
                .startsWith("World Bank: the answer from http://127.0.0.1:").contains("was cut off or broken");
    }

    @Test
    void aChangedLayoutOrAnErrorEnvelopeIsNamed() throws Exception {
        assertThat(failure(ProviderServer.Reply.ok("{\"data\": []}"), 10).getMessage())
                .startsWith("World Bank: the answer's layout has changed (expected a two-element array");
        assertThat(failure(ProviderServer.Reply.ok("[{\"message\":[{\"id\":\"120\",\"key\":\"Invalid value\","
                + "\"value\":\"The provided parameter value is not valid\"}]}]"), 10).getMessage())
                .isEqualTo("World Bank: The provided parameter value is not valid (CHN, IP.PAT.NRES)");
        assertThat(failure(ProviderServer.Reply.ok("[{\"page\":1,\"pa"), 10).getMessage())
                .startsWith("World Bank: the answer from").contains("is not complete JSON");
    }

    @Test
    void aMissingCensusKeyIsNamed() throws Exception {
        try (ProviderServer s = new ProviderServer(q -> ProviderServer.Reply.status(403, ""))) {
            assertThatThrownBy(() -> new FetchRequest("census-atp", null, null, "5700", 2013, 2024, null)
                    .run(at(s, false, 10), ProgressReporter.NONE))
                    .hasMessageContaining("HTTP 403 (access refused: the API key is missing or not valid)")
                    .hasMessageContaining("https://api.census.gov/data/key_signup.html");
        }
    }

    @Test
    void answersAreCachedAndServeOfflineAndWhenTheNetworkFails() throws Exception {
        List<String> pages = ProviderLayouts.worldBankPages(ProviderLayouts.WDI_PATENTS, "CHN", "CN", "China",
                "IP.PAT.NRES", "Patent applications, nonresidents", "2019-10-28", 1960, 2018, 100);
        FetchRequest req = new FetchRequest("worldbank", "CHN", "IP.PAT.NRES", null, null, null, null);
        Dataset online;
        String base;
        FetchRequest.Settings offline;
        FetchRequest.Settings failing;
        try (ProviderServer s = new ProviderServer(q -> ProviderServer.Reply.ok(pages.get(0)))) {
            online = req.run(at(s, false, 10), ProgressReporter.NONE).dataset();
            base = s.base();
            offline = at(s, true, 10);
            failing = at(s, false, 2);
        }
        Dataset fromCache = req.run(offline, ProgressReporter.NONE).dataset();
        assertThat(fromCache.get("ip_pat_nres_chn").values()).containsExactly(online.get("ip_pat_nres_chn").values());
        assertThat(fromCache.get("ip_pat_nres_chn").description()).endsWith("(from the cache)");
        // The server is gone: the network fails and the cached answer is used.
        Dataset fallback = req.run(failing, ProgressReporter.NONE).dataset();
        assertThat(fallback.get("ip_pat_nres_chn").values()).containsExactly(online.get("ip_pat_nres_chn").values());
        // Nothing cached for another indicator: offline says so, online names the missing network.
        FetchRequest other = new FetchRequest("worldbank", "CHN", "NE.EXP.GNFS.CD", null, null, null, null);
        assertThatThrownBy(() -> other.run(offline, ProgressReporter.NONE))
                .hasMessageStartingWith("World Bank: working offline, and no answer for " + base);
        assertThatThrownBy(() -> other.run(failing, ProgressReporter.NONE))
                .hasMessageStartingWith("World Bank: no network connection to 127.0.0.1");
    }

    @Test
    void theRequestIsWrittenBackAsAFetchLine() {
        assertThat(new FetchRequest("census-atp", null, null, "5700", 2013, 2024, null).commandLine().toString())
                .isEqualTo("fetch census-atp --partner 5700 --from 2013 --to 2024");
        assertThatThrownBy(() -> new FetchRequest("fred", null, null, null, null, null, null))
                .hasMessageStartingWith("fetch: the source must be one of worldbank, census-atp");
    }
}
