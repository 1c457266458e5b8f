package org.tradeworkbench.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.task.ProgressReporter;

/** The World Bank and DBnomics catalogues against the local server, in their documented layouts. */
class CatalogueTest {
    @TempDir
    Path dir;

    @BeforeEach
    void shared() {
        Assumptions.assumeTrue(Files.isDirectory(CatalogueLayouts.WDI), "shared data absent");
    }

    private Http http(int timeoutSeconds) {
        return new Http(new ResponseCache(dir.resolve("cache")), Duration.ofSeconds(timeoutSeconds), false,
                Clock.systemUTC());
    }

    private WorldBankCatalogue wb(ProviderServer s) {
        return new WorldBankCatalogue(http(10), s.base() + "/v2");
    }

    private DbnomicsCatalogue db(ProviderServer s, int timeout) {
        return new DbnomicsCatalogue(http(timeout), s.base() + "/v22");
    }

    @Test
    void worldBankSourcesAndAnIndicatorSearchOverEveryPage() throws Exception {
        try (ProviderServer s = CatalogueLayouts.server(2)) {
            assertThat(wb(s).sources(ProgressReporter.NONE))
                    .containsExactly(new CatalogueEntry("2", "World Development Indicators"));
            List<CatalogueEntry> patents = wb(s).searchIndicators(null, "Patent", ProgressReporter.NONE);
            // Six indicators, two a page: all three pages are read, the two patent indicators kept.
            assertThat(s.requests.stream().filter(q -> q.startsWith("/v2/indicator?"))).hasSize(3);
            assertThat(patents).containsExactly(
                    new CatalogueEntry("IP.PAT.NRES", "Patent applications, nonresidents"),
                    new CatalogueEntry("IP.PAT.RESD", "Patent applications, residents"));
            assertThat(wb(s).searchIndicators("2", "patent NONRESIDENTS", ProgressReporter.NONE))
                    .extracting(CatalogueEntry::code).containsExactly("IP.PAT.NRES");
            assertThat(s.requests).anyMatch(q -> q.startsWith("/v2/sources/2/indicators?format=json&per_page=1000&page=1"));
            List<CatalogueEntry> all = wb(s).searchIndicators(null, " ", ProgressReporter.NONE);
            assertThat(all).hasSize(CatalogueLayouts.wdiIndicators().size()).containsAll(patents);
            CataloguePage p = WorldBankCatalogue.page(all, 4, 4);
            assertThat(p.entries()).hasSize(2);
            assertThat(p.hasPrevious()).isTrue();
            assertThat(p.hasNext()).isFalse();
        }
    }

    @Test
    void dbnomicsProvidersDatasetsAndSeriesPageByPage() throws Exception {
        List<CatalogueEntry> rows = CatalogueLayouts.wdiPatentSeries();
        Assumptions.assumeTrue(rows.size() > 100, "the WDI file has its countries");
        try (ProviderServer s = CatalogueLayouts.server(1000)) {
            assertThat(db(s, 10).providers(ProgressReporter.NONE).entries())
                    .containsExactly(new CatalogueEntry("WB", "World Bank"));
            assertThat(db(s, 10).datasets("WB", 0, 50, ProgressReporter.NONE).entries())
                    .containsExactly(new CatalogueEntry("WDI", "World Development Indicators"));
            CataloguePage second = db(s, 10).series("WB", "WDI", "", 50, 50, ProgressReporter.NONE);
            assertThat(second.offset()).isEqualTo(50);
            assertThat(second.total()).isEqualTo(rows.size());
            assertThat(second.entries()).isEqualTo(rows.subList(50, 100));
            assertThat(second.hasPrevious()).isTrue();
            assertThat(second.hasNext()).isTrue();
            CataloguePage china = db(s, 10).series("WB", "WDI", "china", 0, 50, ProgressReporter.NONE);
            assertThat(china.entries()).extracting(CatalogueEntry::code).contains("IP.PAT.NRES-CHN");
            assertThat(s.requests).contains("/v22/series/WB/WDI?limit=50&offset=0&q=china&observations=0");
        }
    }

    private DataException dbFailure(ProviderServer.Reply reply, int timeout) throws Exception {
        try (ProviderServer s = new ProviderServer(q -> reply)) {
            try {
                db(s, timeout).series("WB", "WDI", null, 0, 50, ProgressReporter.NONE);
            } catch (DataException e) {
                return e;
            }
        }
        throw new AssertionError("no failure");
    }

    @Test
    void errorsSlowCutAndChangedAnswersAreNamed() throws Exception {
        assertThat(dbFailure(ProviderServer.Reply.status(404, "{\"message\":\"dataset not found\"}"), 10)
                .getMessage()).startsWith("DBnomics: HTTP 404 (not found");
        assertThat(dbFailure(ProviderServer.Reply.status(503, ""), 10).getMessage())
                .startsWith("DBnomics: HTTP 503 (the provider's server failed; try again later)");
        String body = CatalogueLayouts.dbnomicsProviders();
        assertThat(dbFailure(new ProviderServer.Reply(200, body, null, ProviderServer.Reply.Kind.HELD), 1)
                .getMessage()).startsWith("DBnomics: no complete answer within 1 s from http://127.0.0.1:");
        assertThat(dbFailure(ProviderServer.Reply.ok(body.substring(0, body.length() / 2)), 10).getMessage())
                .startsWith("DBnomics: the answer from http://127.0.0.1:").contains("is not complete JSON");
        assertThat(dbFailure(ProviderServer.Reply.ok("{\"series\": {\"num_found\": 3}}"), 10).getMessage())
                .startsWith("DBnomics: the answer's layout has changed (expected \"series.docs\", an array)");
        assertThat(dbFailure(ProviderServer.Reply.ok("{\"series\": {\"docs\": [{\"series_name\": \"x\"}]}}"), 10)
                .getMessage()).startsWith("DBnomics: the answer's layout has changed (expected \"series_code\"");
        try (ProviderServer s = new ProviderServer(q -> ProviderServer.Reply.ok("[{\"message\":[{\"id\":\"120\","
                + "\"key\":\"Invalid value\",\"value\":\"The provided parameter value is not valid\"}]}]"))) {
            assertThatThrownBy(() -> wb(s).sources(ProgressReporter.NONE))
                    .hasMessage("World Bank: The provided parameter value is not valid");
        }
    }

    @Test
    void aCancelledSearchAsksNothing() throws Exception {
        ProgressReporter cancelled = new ProgressReporter() {
            @Override
            public void progress(double fraction) {
            }

            @Override
            public void message(String text) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        try (ProviderServer s = CatalogueLayouts.server(2)) {
            assertThatThrownBy(() -> wb(s).searchIndicators(null, "patent", cancelled))
                    .hasMessage("World Bank: cancelled");
            assertThatThrownBy(() -> db(s, 10).providers(cancelled)).hasMessage("DBnomics: cancelled");
            assertThat(s.requests).isEmpty();
        }
    }

    @Test
    void aCodeWithASlashIsRefusedBeforeAnythingIsAsked() throws Exception {
        try (ProviderServer s = CatalogueLayouts.server(2)) {
            assertThatThrownBy(() -> db(s, 10).datasets("WB/WDI", 0, 50, ProgressReporter.NONE))
                    .hasMessage("DBnomics: a provider code has no \"/\", got \"WB/WDI\"");
            assertThat(s.requests).isEmpty();
        }
    }
}
