package org.tradeworkbench.ui.main;

import org.tradeworkbench.ui.workbench.TestContexts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.commandlog.DataCommands;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.stats.unitroot.AdfResult;
import org.tradeworkbench.ui.data.DataGridViewModel;
import org.tradeworkbench.ui.importing.ImportBackend;
import org.tradeworkbench.ui.importing.ImportReviewer;
import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.StationarityRow;
import org.tradeworkbench.ui.stationarity.StationarityViewModel;
import org.tradeworkbench.ui.workbench.RecordingNotifier;
import org.tradeworkbench.ui.workbench.WorkbenchContext;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The app opens the bundled sample on the paper's frame 2004–2018 (Table 1) as an ordinary sample: logged as its
 * {@code smpl} line, shown in the status bar, changed like any other sample, and cut before expressions are
 * evaluated, so a difference has no 2004 value although the data reach back to 1995.
 */
class PaperFrameAtStartTest {
    private final WorkbenchModel model = new WorkbenchModel();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private MainViewModel main;

    @BeforeEach
    void start() {
        main = new MainViewModel(TestContexts.context(model, notifier), ImportBackend.standard(),
                ImportReviewer.acceptAll());
        main.loadSampleData();
        assertThat(notifier.errors()).isEmpty();
    }

    @Test
    void opensOnThePapersYearsOfTheWholeSample() {
        assertThat(model.dataset().index().start()).isEqualTo(Period.annual(1995));
        assertThat(model.dataset().index().end()).isEqualTo(Period.annual(2019));
        assertThat(model.sampleRange()).isEqualTo(new SampleRange(Period.annual(2004), Period.annual(2018)));
        assertThat(main.sampleTextProperty().get()).isEqualTo("Sample 2004 \u2013 2018 (15 obs. of 25)");
        assertThat(model.lastMessageProperty().get()).contains("sample 2004\u20132018, the paper's years")
                .contains("All periods for 1995\u20132019");
        // Opening is not an edit: nothing to undo, nothing unsaved.
        assertThat(model.isDirty()).isFalse();
        assertThat(model.undoManager().undoSize()).isZero();
    }

    @Test
    void theSampleIsLoggedAfterTheOpeningLinesAsItsSmplCommand() {
        List<String> log = model.commandLog().entries().stream().map(CommandLine::toString).toList();
        assertThat(log.get(0)).isEqualTo("open --sample");
        int smpl = log.indexOf("smpl --from 2004 --to 2018");
        assertThat(smpl).isPositive();
        assertThat(log.subList(1, smpl)).allMatch(l -> l.startsWith("genr "));
        assertThat(log.subList(1, smpl)).contains(DataCommands.genr("PATENT", "log(cn_patent_apps_nonresident)").toString());
        assertThat(log).containsOnlyOnce("smpl --from 2004 --to 2018");
    }

    @Test
    void theSampleIsCutBeforeExpressionsSoTheFirstDifferenceOf2004IsMissing() {
        Dataset sampled = model.sampleDataset();
        assertThat(sampled.index().start()).isEqualTo(Period.annual(2004));
        double[] d = Expressions.evaluate(sampled, "d(PATENT)");
        assertThat(d).hasSize(15);
        assertThat(d[0]).isNaN();
        double[] patent = sampled.get("PATENT").values();
        assertThat(d[1]).isEqualTo(patent[1] - patent[0]);
        // The whole data do have a 2004 difference (from 2003): the sample is what removes it.
        Dataset all = model.dataset();
        int r2004 = all.index().rowOf(Period.annual(2004)).getAsInt();
        assertThat(Expressions.evaluate(all, "d(PATENT)")[r2004]).isFinite();
    }

    @Test
    void theStationarityTabTestsDifferencesThatStartIn2005() {
        StationarityViewModel adf = new StationarityViewModel(model, TestContexts.context(model, notifier)
                .debouncer());
        adf.useTickedProperty().set(false);
        adf.lagChoiceProperty().set(LagChoice.FIXED);
        adf.fixedLagsProperty().set(0);
        adf.typedProperty().set("d(PATENT)");
        AdfResult typed = row(adf, "d(PATENT)").adf();
        // The ADF regression of a series that starts in 2005 starts in 2006 (its lagged level is 2005's).
        assertThat(typed.sampleFirst()).isEqualTo("2006");

        adf.typedProperty().set("PATENT");
        adf.differenceProperty().set(DifferenceChoice.FIRST);
        assertThat(row(adf, "PATENT").adf().sampleFirst()).isEqualTo("2006");
        assertThat(row(adf, "PATENT").adf().statistic()).isEqualTo(typed.statistic());

        // "All periods" in the Data tab: the ordinary sample setting, logged; differences reach back again.
        new DataGridViewModel(model, notifier).resetSample();
        assertThat(model.sampleRange().isAll()).isTrue();
        assertThat(main.sampleTextProperty().get()).isEqualTo("Sample 1995 \u2013 2019 (25 obs.)");
        assertThat(model.commandLog().entries().stream().map(CommandLine::toString)).contains("smpl --full");
        assertThat(Integer.parseInt(row(adf, "PATENT").adf().sampleFirst())).isLessThan(2006);
    }

    private static StationarityRow row(StationarityViewModel vm, String variable) {
        StationarityRow r = vm.rowsProperty().get().stream().filter(x -> x.variable().equals(variable)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + variable + ": " + vm.rowsProperty().get()));
        assertThat(r.ok()).as(r.problem()).isTrue();
        return r;
    }
}
