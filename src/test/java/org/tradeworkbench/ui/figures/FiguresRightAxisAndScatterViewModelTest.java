package org.tradeworkbench.ui.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.figures.ChartType;
import org.tradeworkbench.core.figures.FigureChoices;
import org.tradeworkbench.core.figures.FigureKind;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The general chart's right axis and scatter plot in the Figures tab's logic, without the FX toolkit. */
class FiguresRightAxisAndScatterViewModelTest {
    private static final String IMPORTS = "us_goods_imports_china_musd";
    private static final String EXPORTS = "us_goods_exports_china_musd";
    private static final String FDI = "cn_fdi_net_inflows_pct_gdp";
    private WorkbenchModel model;
    private FiguresViewModel vm;

    @BeforeEach
    void setUp() {
        model = new WorkbenchModel();
        model.load(DataImporter.read(Path.of("sample-data", "china_us_annual.csv")), null);
        vm = new FiguresViewModel(model);
        vm.selectGeneral();
    }

    @Test
    void eachTickedVariableHasAnAxisChoiceThatMovesItToTheRight() {
        model.selectedVariables().setAll(IMPORTS, FDI);
        assertThat(vm.axisChoices()).extracting(AxisChoice::variable).containsExactly(IMPORTS, FDI);
        assertThat(vm.spec().axes().hasRight()).isFalse();
        vm.putOnRight(FDI, true);
        FigureSpec s = vm.spec();
        assertThat(s.axes().onRight()).containsExactly(FDI);
        assertThat(s.legendLabel(s.series().get(1))).endsWith("(right)");
        assertThat(vm.savedChoices().get("general").rightAxis()).containsExactly(FDI);
        // Unticked and ticked again, it is still on the right.
        model.selectedVariables().setAll(IMPORTS);
        assertThat(vm.spec().axes().hasRight()).isFalse();
        model.selectedVariables().setAll(IMPORTS, FDI);
        assertThat(vm.axisChoices().get(1).rightProperty().get()).isTrue();
        assertThat(vm.spec().axes().onRight()).containsExactly(FDI);
        vm.putOnRight(FDI, false);
        assertThat(vm.spec().axes().hasRight()).isFalse();
    }

    @Test
    void everyVariableOnTheRightIsExplainedNotDrawnBlank() {
        model.selectedVariables().setAll(FDI);
        vm.putOnRight(FDI, true);
        assertThat(vm.spec().isEmpty()).isTrue();
        assertThat(vm.messageProperty().get()).contains("Leave at least one variable on the left");
    }

    @Test
    void aScatterPlotOfTheTickedVariablesAgainstTheChosenX() {
        model.selectedVariables().setAll(EXPORTS);
        vm.chartTypeProperty().set(ChartType.SCATTER);
        assertThat(vm.spec().isEmpty()).isTrue();
        assertThat(vm.messageProperty().get()).contains("needs a variable on the X axis");
        vm.xVariableProperty().set(IMPORTS);
        vm.fitLineProperty().set(true);
        FigureSpec s = vm.spec();
        assertThat(s.kind()).isEqualTo(FigureKind.SCATTER);
        assertThat(s.series()).extracting(x -> x.name()).containsExactly(EXPORTS);
        assertThat(s.fits()).hasSize(1);
        assertThat(vm.messageProperty().get()).isEmpty();
        FigureChoices saved = vm.savedChoices().get("general");
        assertThat(saved.scatter()).isTrue();
        assertThat(saved.xVariable()).isEqualTo(IMPORTS);
        assertThat(saved.fitted()).isTrue();
        // Back to lines over time: the same variables drawn as lines.
        vm.chartTypeProperty().set(ChartType.LINE);
        assertThat(vm.spec().kind()).isEqualTo(FigureKind.LINE);
    }

    @Test
    void savedChoicesRestoreTheTypeTheXAndTheAxes() {
        model.selectedVariables().setAll(EXPORTS, FDI);
        vm.restoreChoices(Map.of("general", FigureChoices.none().withType(ChartType.SCATTER).withXVariable(IMPORTS)
                .withFitLine(true).withRightAxis(java.util.List.of(FDI))));
        assertThat(vm.chartTypeProperty().get()).isEqualTo(ChartType.SCATTER);
        assertThat(vm.xVariableProperty().get()).isEqualTo(IMPORTS);
        assertThat(vm.fitLineProperty().get()).isTrue();
        assertThat(vm.spec().fits()).hasSize(2);
        vm.chartTypeProperty().set(ChartType.LINE);
        assertThat(vm.axisChoices().get(1).rightProperty().get()).isTrue();
        assertThat(vm.spec().axes().onRight()).containsExactly(FDI);
    }

    @Test
    void theRightAxisLabelIsTheUsersOrTheDefaultShownAsAHint() {
        model.selectedVariables().setAll(IMPORTS, FDI);
        assertThat(vm.defaultRightLabelProperty().get()).as("no right axis yet").isEmpty();
        vm.putOnRight(FDI, true);
        assertThat(vm.defaultRightLabelProperty().get()).isEqualTo(FDI);
        assertThat(vm.spec().axes().rightLabel()).isEqualTo(FDI);
        vm.rightLabelProperty().set("FDI in China (% of GDP)");
        assertThat(vm.spec().axes().rightLabel()).isEqualTo("FDI in China (% of GDP)");
        assertThat(vm.defaultRightLabelProperty().get()).isEqualTo(FDI);
        assertThat(vm.savedChoices().get("general").rightLabel()).isEqualTo("FDI in China (% of GDP)");
        vm.axisLabelProperty().set("Imports (million US$)");
        assertThat(vm.spec().yAxisLabel()).isEqualTo("Imports (million US$)");
        assertThat(vm.spec().axes().rightLabel()).isEqualTo("FDI in China (% of GDP)");
        vm.resetTitles();
        assertThat(vm.spec().axes().rightLabel()).isEqualTo(FDI);
        assertThat(vm.rightLabelProperty().get()).isEmpty();
        // Restored from a workbench, the field shows the saved label.
        vm.restoreChoices(Map.of("general", FigureChoices.none().withRightAxis(java.util.List.of(FDI))
                .withRightLabel("Saved (% of GDP)")));
        assertThat(vm.rightLabelProperty().get()).isEqualTo("Saved (% of GDP)");
        assertThat(vm.spec().axes().rightLabel()).isEqualTo("Saved (% of GDP)");
    }
}
