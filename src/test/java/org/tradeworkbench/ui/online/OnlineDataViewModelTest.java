package org.tradeworkbench.ui.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.fetch.FetchRequest;
import org.tradeworkbench.core.fetch.Http;
import org.tradeworkbench.core.fetch.ProviderLayouts;
import org.tradeworkbench.core.fetch.ProviderServer;
import org.tradeworkbench.core.fetch.ResponseCache;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.ui.settings.AppSettings;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.TestContexts;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The Get data online dialog's state, without the toolkit, against the local provider server. */
class OnlineDataViewModelTest {
    @TempDir
    Path dir;

    private final AppSettings settings = TestContexts.settings();

    private OnlineDataViewModel vm(WorkbenchModel model, ProviderServer s) {
        return new OnlineDataViewModel(model, new SameThreadTaskRunner(), (key, offline) -> FetchRequest.Settings
                .standard(new Http(new ResponseCache(dir), Duration.ofSeconds(5), offline, Clock.systemUTC()), key)
                .at(s.base()), settings);
    }

    @Test
    void aCensusAtpFetchIsMergedIntoTheSampleAsOneEditWithItsFetchLine() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(ProviderLayouts.SHARED), "shared data absent");
        try (ProviderServer s = new ProviderServer(q -> {
            try {
                return ProviderServer.Reply.ok(ProviderLayouts.censusAtp2017(q.contains("/exports/")));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        })) {
            WorkbenchModel model = new WorkbenchModel();
            Dataset sample = PaperData.bundledSample();
            model.replaceData("Open sample", sample, List.of());
            OnlineDataViewModel vm = vm(model, s);
            vm.sourceProperty().set("census-atp");
            vm.partnerProperty().set("5700");
            vm.fromYearProperty().set("2017");
            vm.toYearProperty().set("2017");
            vm.censusKeyProperty().set("my-key");
            vm.fetch();
            assertThat(vm.problemProperty().get()).isEmpty();
            assertThat(vm.statusProperty().get()).startsWith("Fetched 3 series, 2017\u20132017");
            Dataset d = model.dataset();
            int row = d.index().rowOf(Period.annual(2017)).orElseThrow();
            assertThat(d.get("us_china_atp_exports_musd").get(row)).isCloseTo(35_700, within(1e-6));
            assertThat(d.seriesNames()).containsAll(sample.seriesNames());
            List<String> log = model.commandLog().entries().stream().map(Object::toString).toList();
            // The fetch line, then the paper's variables the ATP series make possible (RATIO).
            assertThat(log).contains("fetch census-atp --partner 5700 --from 2017 --to 2017");
            assertThat(log.get(log.size() - 1)).startsWith("genr RATIO = ");
            assertThat(log.indexOf("fetch census-atp --partner 5700 --from 2017 --to 2017"))
                    .isLessThan(log.size() - 1);
            assertThat(settings.censusKeyProperty().get()).isEqualTo("my-key");
            assertThat(settings.store().censusKey()).isEqualTo("my-key");
            assertThat(s.requests.get(0)).contains("key=my-key");
        }
    }

    @Test
    void aFailedFetchLeavesTheDataAsTheyWere() throws Exception {
        try (ProviderServer s = new ProviderServer(q -> ProviderServer.Reply.status(500, ""))) {
            WorkbenchModel model = new WorkbenchModel();
            Dataset sample = PaperData.bundledSample();
            model.replaceData("Open sample", sample, List.of());
            int log = model.commandLog().entries().size();
            OnlineDataViewModel vm = vm(model, s);
            vm.sourceProperty().set("worldbank");
            vm.fetch();
            assertThat(vm.problemProperty().get()).startsWith("World Bank: HTTP 500");
            assertThat(model.dataset().seriesNames()).isEqualTo(sample.seriesNames());
            assertThat(model.commandLog().entries()).hasSize(log);
            assertThat(vm.runningProperty().get()).isFalse();
        }
    }

    @Test
    void aBadYearIsNamedBeforeAnythingIsAsked() throws Exception {
        try (ProviderServer s = new ProviderServer(q -> ProviderServer.Reply.status(500, ""))) {
            OnlineDataViewModel vm = vm(new WorkbenchModel(), s);
            vm.fromYearProperty().set("20l3");
            vm.fetch();
            assertThat(vm.problemProperty().get()).isEqualTo("From must be a year such as 2013, got \"20l3\"");
            assertThat(s.requests).isEmpty();
        }
    }

    @Test
    void theKeyInTheSettingsIsSentButNeverWrittenToTheLogTheWorkbenchFileOrTheCache() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(ProviderLayouts.SHARED), "shared data absent");
        String secret = "k3y-0f-7h3-u5er";
        settings.censusKeyProperty().set(secret);
        try (ProviderServer s = new ProviderServer(q -> {
            try {
                return ProviderServer.Reply.ok(ProviderLayouts.censusAtp2017(q.contains("/exports/")));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        })) {
            WorkbenchModel model = new WorkbenchModel();
            model.replaceData("Open sample", PaperData.bundledSample(), List.of());
            OnlineDataViewModel vm = vm(model, s);
            // The dialog starts from the key kept in the settings (the Preferences dialog's field).
            assertThat(vm.censusKeyProperty().get()).isEqualTo(secret);
            vm.fromYearProperty().set("2017");
            vm.toYearProperty().set("2017");
            vm.fetch();
            assertThat(vm.problemProperty().get()).isEmpty();
            assertThat(s.requests).hasSize(2).allMatch(q -> q.endsWith("&key=" + secret));

            assertThat(model.commandLog().entries().stream().map(Object::toString)).isNotEmpty()
                    .noneMatch(l -> l.contains(secret));
            Path wb = dir.resolve("w" + org.tradeworkbench.core.workbench.WorkbenchFile.EXTENSION);
            org.tradeworkbench.core.workbench.WorkbenchStore.save(
                    org.tradeworkbench.ui.workbench.WorkbenchSnapshot.capture(model, null), wb);
            String saved = Files.readString(wb);
            assertThat(saved).contains("/data/timeseries/intltrade/exports/hitech").doesNotContain(secret);
            try (var files = Files.list(dir)) {
                List<Path> cached = files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".body"))
                        .toList();
                assertThat(cached).hasSize(4);
                for (Path f : cached) {
                    assertThat(Files.readString(f)).as(f.toString()).doesNotContain(secret);
                }
            }
        }
    }

    @Test
    void aKeyClearedInTheDialogIsForgottenInTheSettings() throws Exception {
        settings.censusKeyProperty().set("old-key");
        try (ProviderServer s = new ProviderServer(q -> ProviderServer.Reply.status(500, ""))) {
            OnlineDataViewModel vm = vm(new WorkbenchModel(), s);
            vm.censusKeyProperty().set("  ");
            vm.fetch();
            assertThat(settings.store().censusKey()).isEmpty();
            assertThat(s.requests).isNotEmpty().noneMatch(q -> q.contains("key="));
        }
    }
}
