package org.tradeworkbench.ui.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.fetch.CatalogueEntry;
import org.tradeworkbench.core.fetch.CatalogueLayouts;
import org.tradeworkbench.core.fetch.FetchRequest;
import org.tradeworkbench.core.fetch.Http;
import org.tradeworkbench.core.fetch.ProviderLayouts;
import org.tradeworkbench.core.fetch.ProviderServer;
import org.tradeworkbench.core.fetch.ResponseCache;
import org.tradeworkbench.core.task.BackgroundWork;
import org.tradeworkbench.core.task.Cancellable;
import org.tradeworkbench.core.task.TaskRunner;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.TestContexts;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** Browsing the catalogues from the Get data online dialog, without the toolkit, against the local server. */
class CatalogueViewModelTest {
    @TempDir
    Path dir;

    @BeforeEach
    void shared() {
        Assumptions.assumeTrue(Files.isDirectory(ProviderLayouts.SHARED), "shared data absent");
    }

    private OnlineDataViewModel online(ProviderServer s, TaskRunner tasks) {
        return new OnlineDataViewModel(new WorkbenchModel(), tasks, (key, offline) -> FetchRequest.Settings
                .standard(new Http(new ResponseCache(dir), Duration.ofSeconds(5), offline, Clock.systemUTC()), key)
                .at(s.base()), TestContexts.settings());
    }

    @Test
    void aWorldBankSourceThenASearchThenAChoiceFillsTheIndicator() throws Exception {
        try (ProviderServer s = CatalogueLayouts.server(2)) {
            OnlineDataViewModel vm = online(s, new SameThreadTaskRunner());
            vm.sourceProperty().set("worldbank");
            CatalogueViewModel c = vm.catalogue();
            c.worldBankSources();
            assertThat(c.level()).isEqualTo(CatalogueViewModel.Level.WB_SOURCES);
            assertThat(c.entries()).containsExactly(new CatalogueEntry("2", "World Development Indicators"));
            c.queryProperty().set("patent");
            c.choose(c.entries().get(0));
            assertThat(c.level()).isEqualTo(CatalogueViewModel.Level.WB_INDICATORS);
            assertThat(c.whereProperty().get()).isEqualTo("World Bank indicators of source 2 matching \"patent\"");
            assertThat(c.entries()).extracting(CatalogueEntry::code).containsExactly("IP.PAT.NRES", "IP.PAT.RESD");
            assertThat(c.pageTextProperty().get()).isEqualTo("1\u20132 of 2");
            c.choose(c.entries().get(1));
            assertThat(vm.indicatorProperty().get()).isEqualTo("IP.PAT.RESD");
            assertThat(c.problemProperty().get()).isEmpty();
        }
    }

    @Test
    void dbnomicsProvidersDatasetsAndSeriesWithPagingAndSearch() throws Exception {
        int total = CatalogueLayouts.wdiPatentSeries().size();
        Assumptions.assumeTrue(total > 100, "the WDI file has its countries");
        try (ProviderServer s = CatalogueLayouts.server(1000)) {
            OnlineDataViewModel vm = online(s, new SameThreadTaskRunner());
            vm.sourceProperty().set("dbnomics");
            CatalogueViewModel c = vm.catalogue();
            c.searchSeries();
            assertThat(c.problemProperty().get()).startsWith("DBnomics searches the series of one dataset");
            assertThat(s.requests).isEmpty();
            c.dbnomicsProviders();
            c.choose(c.entries().get(0));
            assertThat(c.level()).isEqualTo(CatalogueViewModel.Level.DB_DATASETS);
            assertThat(c.entries()).containsExactly(new CatalogueEntry("WDI", "World Development Indicators"));
            c.choose(c.entries().get(0));
            assertThat(c.level()).isEqualTo(CatalogueViewModel.Level.DB_SERIES);
            assertThat(c.entries()).hasSize(CatalogueViewModel.PAGE_SIZE);
            assertThat(c.pageTextProperty().get()).isEqualTo("1\u201350 of " + total);
            assertThat(c.hasPreviousProperty().get()).isFalse();
            assertThat(c.hasNextProperty().get()).isTrue();
            c.next();
            assertThat(c.pageTextProperty().get()).isEqualTo("51\u2013100 of " + total);
            assertThat(c.entries().get(0)).isEqualTo(CatalogueLayouts.wdiPatentSeries().get(50));
            c.previous();
            assertThat(c.pageTextProperty().get()).startsWith("1\u201350 of ");
            c.queryProperty().set("China");
            c.searchSeries();
            assertThat(s.requests).contains("/v22/series/WB/WDI?limit=50&offset=0&q=China&observations=0");
            CatalogueEntry china = c.entries().stream().filter(e -> e.code().equals("IP.PAT.NRES-CHN")).findFirst()
                    .orElseThrow();
            c.choose(china);
            assertThat(vm.seriesProperty().get()).isEqualTo("WB/WDI/IP.PAT.NRES-CHN");
            c.up();
            assertThat(c.level()).isEqualTo(CatalogueViewModel.Level.DB_DATASETS);
        }
    }

    @Test
    void aFailedRequestSaysWhyAndLeavesTheListAsItWas() throws Exception {
        List<String> fail = new ArrayList<>();
        try (ProviderServer s = new ProviderServer(q -> {
            if (!fail.isEmpty()) {
                return ProviderServer.Reply.status(500, "<html><body>Internal error</body></html>");
            }
            return ProviderServer.Reply.ok(CatalogueLayouts.dbnomicsProviders());
        })) {
            CatalogueViewModel c = online(s, new SameThreadTaskRunner()).catalogue();
            c.dbnomicsProviders();
            fail.add("now");
            c.choose(c.entries().get(0));
            assertThat(c.problemProperty().get()).startsWith("DBnomics: HTTP 500").endsWith("Internal error");
            assertThat(c.level()).isEqualTo(CatalogueViewModel.Level.DB_PROVIDERS);
            assertThat(c.entries()).containsExactly(new CatalogueEntry("WB", "World Bank"));
            assertThat(c.runningProperty().get()).isFalse();
        }
    }

    /** Holds each job until the test runs it, so a cancel can come first. */
    private static final class HeldTasks implements TaskRunner {
        final List<Runnable> held = new ArrayList<>();
        boolean cancelled;

        @Override
        public <T> Cancellable run(String title, BackgroundWork<T> work, Consumer<T> onSuccess,
                                   Consumer<Throwable> onFailure) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.run(org.tradeworkbench.core.task.ProgressReporter.NONE));
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            return new Cancellable() {
                @Override
                public void cancel() {
                    cancelled = true;
                }

                @Override
                public boolean isCancelled() {
                    return cancelled;
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }
    }

    @Test
    void aCancelledListingLeavesTheListAsItWasEvenWhenItsAnswerComesLate() throws Exception {
        try (ProviderServer s = CatalogueLayouts.server(1000)) {
            HeldTasks tasks = new HeldTasks();
            CatalogueViewModel c = online(s, tasks).catalogue();
            c.dbnomicsProviders();
            assertThat(c.runningProperty().get()).isTrue();
            c.cancel();
            assertThat(tasks.cancelled).isTrue();
            assertThat(c.runningProperty().get()).isFalse();
            assertThat(c.problemProperty().get()).isEqualTo("Cancelled; the list is unchanged");
            tasks.held.get(0).run();
            assertThat(c.entries()).isEmpty();
            assertThat(c.level()).isEqualTo(CatalogueViewModel.Level.NONE);
        }
    }
}
