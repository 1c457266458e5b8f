package org.tradeworkbench.ui.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.figures.FigureKind;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.figures.PaperFigure;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.paper.PaperVariables;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The Figures tab's logic without the FX toolkit, on the bundled annual data. */
class FiguresViewModelTest {
    private WorkbenchModel model;
    private FiguresViewModel vm;
    private final List<FigureSpec> drawn = new ArrayList<>();

    @BeforeEach
    void setUp() {
        model = new WorkbenchModel();
        model.load(DataImporter.read(Path.of("sample-data", "china_us_annual.csv")), null);
        vm = new FiguresViewModel(model);
        vm.specProperty().addListener((o, a, b) -> drawn.add(b));
    }

    private SlotChoice slot(String key) {
        return vm.slots().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void startsOnFigure1PreFilledFromTheColumnNames() {
        assertThat(vm.selectedProperty().get().paper()).isEqualTo(PaperFigure.FIGURE_1);
        assertThat(vm.figures()).hasSize(5);
        assertThat(vm.slots()).extracting(SlotChoice::key).containsExactly("balance", "exports", "imports");
        assertThat(slot("balance").columnProperty().get()).isEqualTo("us_china_atp_balance_busd");
        assertThat(slot("imports").columnProperty().get()).isEqualTo(FiguresViewModel.NONE);
        assertThat(vm.columnItems().get(0)).isEqualTo(FiguresViewModel.NONE);
        assertThat(vm.columnItems()).contains("us_atp_exports_world_musd");
        FigureSpec s = vm.spec();
        assertThat(s.isEmpty()).isFalse();
        assertThat(s.kind()).isEqualTo(FigureKind.BAR);
        assertThat(vm.kindProperty().get()).isEqualTo(FigureKind.BAR);
        assertThat(s.title()).isEqualTo("Figure 1. China–US high-tech trade balance, 2006–2017");
        assertThat(vm.defaultTitleProperty().get()).isEqualTo(s.title());
        assertThat(vm.shownFromProperty().get()).isEqualTo(2006);
        assertThat(vm.shownToProperty().get()).isEqualTo(2017);
        assertThat(vm.years()).startsWith(1995).endsWith(2019);
    }

    @Test
    void categoryFiguresShowTheirEmptyStateUntilCategoryColumnsArrive() {
        vm.select(PaperFigure.FIGURE_3);
        assertThat(vm.slots()).extracting(SlotChoice::label)
                .containsExactly("Information & communications", "Opto-electronics", "Weapons");
        assertThat(vm.spec().isEmpty()).isTrue();
        assertThat(vm.spec().emptyState().needed()).hasSize(3);

        // A Census import adds the category balances: the untouched pickers follow the new data.
        Dataset d = model.dataset();
        for (String code : List.of("03", "04", "09")) {
            double[] v = new double[d.rowCount()];
            Arrays.fill(v, Double.NaN);
            v[2015 - 1995] = -1000 * Integer.parseInt(code);
            d = d.with(Series.of(PaperVariables.atpColumn("us_china", code, PaperVariables.Flow.BALANCE), v));
        }
        model.apply("import Census ATP", d);
        assertThat(slot("ict").columnProperty().get()).isEqualTo("us_china_atp04_balance_musd");
        FigureSpec s = vm.spec();
        assertThat(s.isEmpty()).isFalse();
        assertThat(s.series()).hasSize(3);
        assertThat(s.series().get(0).y()).containsExactly(-4.0);
        assertThat(s.title()).isEqualTo("Figure 3. US–China high-tech deficit categories, 2015");
    }

    @Test
    void aPickerSetByHandIsKeptWhenTheDataChangeAndEachFigureKeepsItsChoices() {
        slot("balance").columnProperty().set(FiguresViewModel.NONE);
        assertThat(vm.spec().isEmpty()).isTrue();
        assertThat(vm.spec().emptyState().needed()).singleElement().asString().contains("balance");
        vm.kindProperty().set(FigureKind.LINE);
        vm.select(PaperFigure.FIGURE_2);
        assertThat(vm.kindProperty().get()).isEqualTo(FigureKind.LINE);
        assertThat(vm.spec().series().get(0).periods()).containsExactly("2017");
        vm.kindProperty().set(FigureKind.BAR);
        vm.select(PaperFigure.FIGURE_1);
        assertThat(slot("balance").columnProperty().get()).isEqualTo(FiguresViewModel.NONE);
        assertThat(vm.kindProperty().get()).isEqualTo(FigureKind.LINE);
        // An unrelated edit of the data does not undo the user's choice.
        model.apply("add", model.dataset().with(Series.of("x", new double[model.dataset().rowCount()])));
        assertThat(slot("balance").columnProperty().get()).isEqualTo(FiguresViewModel.NONE);
        vm.choose("balance", "us_china_atp_balance_busd");
        assertThat(vm.spec().isEmpty()).isFalse();
        vm.select(PaperFigure.FIGURE_2);
        assertThat(vm.spec().kind()).isEqualTo(FigureKind.BAR);
    }

    @Test
    void yearRangeAndTitlesFollowTheEditsAndReset() {
        vm.fromYearProperty().set(2004);
        vm.toYearProperty().set(2016);
        FigureSpec s = vm.spec();
        assertThat(s.series().get(0).periods()).hasSize(13).startsWith("2004").endsWith("2016");
        assertThat(s.title()).endsWith("2004–2016");
        assertThat(vm.shownFromProperty().get()).isEqualTo(2004);
        vm.titleProperty().set("China-U.S. High-Tech Trade Deficit from 2004 to 2016");
        vm.subtitleProperty().set("Billions of US$");
        assertThat(vm.spec().title()).isEqualTo("China-U.S. High-Tech Trade Deficit from 2004 to 2016");
        assertThat(vm.spec().subtitle()).isEqualTo("Billions of US$");
        assertThat(vm.defaultTitleProperty().get()).isEqualTo("Figure 1. China–US high-tech trade balance, 2004–2016");
        vm.resetTitles();
        vm.resetRange();
        assertThat(vm.fromYearProperty().get()).isNull();
        assertThat(vm.spec().title()).isEqualTo("Figure 1. China–US high-tech trade balance, 2006–2017");
        assertThat(vm.spec().subtitle()).startsWith("US balance of trade");
    }

    @Test
    void withoutAYearRangeOfItsOwnAFigureDrawsTheSampleRange() {
        vm.selectGeneral();
        model.selectedVariables().setAll("us_goods_exports_china_musd");
        assertThat(vm.spec().periods()).startsWith("1995").endsWith("2019");

        model.setSample(org.tradeworkbench.core.data.Period.annual(2004), org.tradeworkbench.core.data.Period.annual(2018));
        assertThat(vm.spec().periods()).hasSize(15).startsWith("2004").endsWith("2018");
        assertThat(vm.spec().title()).endsWith("2004–2018");
        assertThat(vm.shownFromProperty().get()).isEqualTo(2004);
        assertThat(vm.fromYearProperty().get()).isNull();

        // A year range chosen in the figure wins over the sample.
        vm.fromYearProperty().set(2000);
        assertThat(vm.spec().periods()).startsWith("2000").endsWith("2018");
        vm.resetRange();
        assertThat(vm.spec().periods()).startsWith("2004");

        // Paper figures too: Figure 1's quoted balances (2006, 2014, 2016, 2017) within 2010-2015.
        vm.select(PaperFigure.FIGURE_1);
        model.setSample(org.tradeworkbench.core.data.Period.annual(2010), org.tradeworkbench.core.data.Period.annual(2015));
        assertThat(vm.spec().periods()).startsWith("2010").endsWith("2015");
        assertThat(vm.spec().title()).endsWith("2010–2015");

        model.setSample(null, null);
        assertThat(vm.spec().title()).endsWith("2006–2017");
    }

    @Test
    void theValueAxisLabelCanBeChosenPerFigureAndReset() {
        assertThat(vm.defaultAxisLabelProperty().get()).isEqualTo(vm.spec().yAxisLabel()).contains("billion US$");
        assertThat(vm.axisLabelProperty().get()).isEmpty();
        vm.axisLabelProperty().set("Balance (US$ bn)");
        assertThat(vm.spec().yAxisLabel()).isEqualTo("Balance (US$ bn)");
        assertThat(vm.spec().yUnit()).isEmpty();
        // The default stays what the figure would show without the choice.
        assertThat(vm.defaultAxisLabelProperty().get()).contains("billion US$");

        // Each figure keeps its own label.
        vm.select(PaperFigure.FIGURE_2);
        assertThat(vm.axisLabelProperty().get()).isEmpty();
        assertThat(vm.spec().yAxisLabel()).isEqualTo(vm.defaultAxisLabelProperty().get())
                .isNotEqualTo("Balance (US$ bn)");
        vm.select(PaperFigure.FIGURE_1);
        assertThat(vm.axisLabelProperty().get()).isEqualTo("Balance (US$ bn)");
        assertThat(vm.spec().yAxisLabel()).isEqualTo("Balance (US$ bn)");

        vm.resetTitles();
        assertThat(vm.axisLabelProperty().get()).isEmpty();
        assertThat(vm.spec().yAxisLabel()).contains("billion US$");

        vm.selectGeneral();
        model.selectedVariables().setAll("us_goods_exports_china_musd", "us_goods_imports_china_musd");
        vm.axisLabelProperty().set("Goods trade with China (million US$)");
        assertThat(vm.spec().yAxisLabel()).isEqualTo("Goods trade with China (million US$)");
    }

    @Test
    void theGeneralChartDrawsTheTickedVariables() {
        vm.selectGeneral();
        assertThat(vm.slots()).isEmpty();
        model.selectedVariables().setAll("us_goods_exports_china_musd");
        FigureSpec s = vm.spec();
        assertThat(s.series()).extracting(x -> x.name()).containsExactly("us_goods_exports_china_musd");
        assertThat(s.kind()).isEqualTo(FigureKind.LINE);
        model.selectedVariables().add("us_goods_imports_china_musd");
        assertThat(vm.spec().series()).hasSize(2);
        vm.kindProperty().set(FigureKind.BAR);
        assertThat(vm.spec().kind()).isEqualTo(FigureKind.BAR);
        model.selectedVariables().clear();
        assertThat(vm.spec().isEmpty()).isTrue();
        assertThat(vm.spec().emptyState().message()).contains("No variable is selected");
    }

    @Test
    void everyChangeRedrawsOnce() {
        drawn.clear();
        vm.kindProperty().set(FigureKind.LINE);
        assertThat(drawn).hasSize(1);
        vm.select(PaperFigure.FIGURE_4);
        assertThat(drawn).hasSize(2);
    }

    @Test
    void choicesAreSavedAndRestored() {
        vm.fromYearProperty().set(2004);
        vm.titleProperty().set("Deficit");
        vm.choose("imports", "us_atp_imports_world_musd");
        var saved = vm.savedChoices();
        assertThat(saved.get("1").fromYear()).isEqualTo(2004);
        assertThat(saved.get("1").title()).isEqualTo("Deficit");

        FiguresViewModel other = new FiguresViewModel(model);
        assertThat(other.spec().title()).startsWith("Figure 1.");
        other.restoreChoices(saved);
        assertThat(other.spec().title()).isEqualTo("Deficit");
        assertThat(other.spec().series().get(0).periods().get(0)).isEqualTo("2004");
        assertThat(other.slots().get(2).columnProperty().get()).isEqualTo("us_atp_imports_world_musd");
    }

    @Test
    void theGeneralChartAsAnIndexIsKeptWithItsChoices() {
        vm.selectedProperty().set(vm.figures().get(vm.figures().size() - 1));
        model.selectedVariables().setAll("us_goods_imports_china_musd");
        vm.baseYearProperty().set(2010);
        vm.indexedProperty().set(true);
        assertThat(vm.spec().yLabel()).isEqualTo("Index (2010 = 100)");
        assertThat(vm.savedChoices().get("general").baseYear()).isEqualTo(2010);
        vm.indexedProperty().set(false);
        assertThat(vm.spec().yLabel()).isNotEqualTo("Index (2010 = 100)");
        assertThat(vm.savedChoices().get("general").baseYear()).isNull();
        vm.indexedProperty().set(true);
        vm.selectedProperty().set(vm.figures().get(0));
        assertThat(vm.indexedProperty().get()).as("the paper's figures keep their units").isFalse();
        vm.selectedProperty().set(vm.figures().get(vm.figures().size() - 1));
        assertThat(vm.indexedProperty().get()).isTrue();
        assertThat(vm.baseYearProperty().get()).isEqualTo(2010);
    }
}
