package org.tradeworkbench.ui.stationarity;

import org.tradeworkbench.ui.Fxml;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.UnitRootKind;
import org.tradeworkbench.core.stats.unitroot.DfGlsLagCriterion;
import org.tradeworkbench.core.stats.unitroot.PhillipsPerronSpec;
import org.tradeworkbench.core.stats.unitroot.ZivotAndrewsBreak;
import java.util.List;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.ui.export.ExportActions;
import org.tradeworkbench.ui.workbench.PanelResults;
import org.tradeworkbench.ui.results.ResultTableView;
import org.tradeworkbench.ui.status.MessageLabel;
import org.tradeworkbench.ui.workbench.WorkbenchContext;

/** The Stationarity tab: binds the controls to a {@link StationarityViewModel} and shows its table. */
public final class StationarityView {
    @FXML
    private BorderPane root;
    @FXML
    private Button paperPreset;
    @FXML
    private Label presetMessage;
    @FXML
    private CheckBox useTicked;
    @FXML
    private TextArea typed;
    @FXML
    private Label variablesText;
    @FXML
    private ComboBox<UnitRootKind> test;
    @FXML
    private VBox breakBox;
    @FXML
    private ComboBox<ZivotAndrewsBreak> breakType;
    @FXML
    private Spinner<Integer> trimPercent;
    @FXML
    private VBox ppBox;
    @FXML
    private ComboBox<PhillipsPerronSpec.Statistic> ppStatistic;
    @FXML
    private ComboBox<String> ppRule;
    @FXML
    private Spinner<Integer> ppFixedLag;
    @FXML
    private VBox lagBox;
    @FXML
    private HBox glsRow;
    @FXML
    private ComboBox<DfGlsLagCriterion> glsCriterion;
    @FXML
    private Label trendLabel;
    @FXML
    private ComboBox<UnitRootTrend> trend;
    @FXML
    private ComboBox<DifferenceChoice> difference;
    @FXML
    private ComboBox<LagChoice> lagChoice;
    @FXML
    private HBox fixedLagsRow;
    @FXML
    private Spinner<Integer> fixedLags;
    @FXML
    private HBox maxLagRow;
    @FXML
    private CheckBox defaultMaxLag;
    @FXML
    private Spinner<Integer> maxLag;
    @FXML
    private CheckBox kpss;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label message;
    @FXML
    private VBox results;

    private final StationarityViewModel vm;
    private final ExportActions actions;
    // Kept so the bidirectional bindings (which hold weak references) stay alive.
    private ObjectProperty<Integer> fixedLagsValue;
    /** Held: a spinner's value bound to an asObject() wrapper stays bound only while the wrapper is referenced. */
    private ObjectProperty<Integer> trimPercentValue;
    private ObjectProperty<Integer> maxLagValue;
    private ObjectProperty<Integer> ppFixedLagValue;
    private ResultTableView tableView;

    private StationarityView(StationarityViewModel vm, ExportActions actions) {
        this.vm = vm;
        this.actions = actions;
    }

    /** Builds the tab content for the shell. */
    public static Node create(WorkbenchContext ctx) {
        StationarityViewModel vm = new StationarityViewModel(ctx.model(), ctx.debouncer());
        ctx.results().register(new PanelResults.Panel("stationarity", "Stationarity",
                () -> PanelResults.tables(vm.table()), vm.messageProperty()::get, vm.runningProperty()));
        return load(vm, ExportActions.forWorkbench(ctx)).root;
    }

    static StationarityView load(StationarityViewModel vm, ExportActions actions) {
        StationarityView view = new StationarityView(vm, actions);
        Fxml.load(view, "StationarityView.fxml");
        return view;
    }

    Node root() {
        return root;
    }

    private void showTrendChoices() {
        UnitRootKind t = vm.testProperty().get();
        boolean needsTerms = t == UnitRootKind.PP || t == UnitRootKind.DFGLS;
        UnitRootTrend current = vm.trendProperty().get();
        offer(trend, vm.trendProperty(), needsTerms ? List.of(UnitRootTrend.CONSTANT, UnitRootTrend.CONSTANT_TREND)
                : List.of(UnitRootTrend.values()), needsTerms && current == UnitRootTrend.NONE ? UnitRootTrend.CONSTANT
                : current);
    }

    /**
     * Offers {@code items} in {@code box} and selects {@code value}. Resetting the items clears the box's value,
     * so the box is unbound meanwhile and the tab never sees "no choice".
     */
    private static <T> void offer(ComboBox<T> box, javafx.beans.property.ObjectProperty<T> choice, List<T> items,
                                  T value) {
        box.valueProperty().unbindBidirectional(choice);
        box.getItems().setAll(items);
        choice.set(value);
        box.setValue(value);
        box.valueProperty().bindBidirectional(choice);
    }

    private void showLagChoices() {
        boolean gls = vm.testProperty().get() == UnitRootKind.DFGLS;
        LagChoice current = vm.lagChoiceProperty().get();
        lagChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(LagChoice c) {
                return c == null ? "" : gls && c.isAutomatic() ? "By the DF-GLS criterion" : c.toString();
            }

            @Override
            public LagChoice fromString(String s) {
                return lagChoice.getItems().stream().filter(c -> toString(c).equals(s)).findFirst().orElse(null);
            }
        });
        offer(lagChoice, vm.lagChoiceProperty(), gls ? List.of(LagChoice.FIXED, LagChoice.AIC)
                : List.of(LagChoice.values()), gls && current.isAutomatic() ? LagChoice.AIC : current);
    }

    ResultTableView tableView() {
        return tableView;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(ResultTableView.ANALYSIS_PANEL_CSS);
        paperPreset.setOnAction(e -> vm.applyPaperTable2());
        MessageLabel.bind(presetMessage, vm.presetMessageProperty(), vm.presetMessageSeverityProperty());
        presetMessage.managedProperty().bind(presetMessage.textProperty().isNotEmpty());
        useTicked.selectedProperty().bindBidirectional(vm.useTickedProperty());
        typed.textProperty().bindBidirectional(vm.typedProperty());
        variablesText.textProperty().bind(vm.variablesTextProperty());

        test.getItems().setAll(UnitRootKind.values());
        test.valueProperty().bindBidirectional(vm.testProperty());
        breakType.getItems().setAll(ZivotAndrewsBreak.values());
        breakType.setConverter(new StringConverter<>() {
            @Override
            public String toString(ZivotAndrewsBreak b) {
                return b == null ? "" : b.description();
            }

            @Override
            public ZivotAndrewsBreak fromString(String s) {
                return breakType.getItems().stream().filter(b -> b.description().equals(s)).findFirst()
                        .orElse(null);
            }
        });
        breakType.valueProperty().bindBidirectional(vm.breakTypeProperty());
        trimPercent.setValueFactory(new IntegerSpinnerValueFactory(1, 33, vm.trimPercentProperty().get()));
        trimPercentValue = vm.trimPercentProperty().asObject();
        trimPercent.getValueFactory().valueProperty().bindBidirectional(trimPercentValue);
        var zivotAndrews = vm.testProperty().isEqualTo(UnitRootKind.ZA);
        breakBox.visibleProperty().bind(zivotAndrews);
        breakBox.managedProperty().bind(zivotAndrews);
        var phillipsPerron = vm.testProperty().isEqualTo(UnitRootKind.PP);
        ppBox.visibleProperty().bind(phillipsPerron);
        ppBox.managedProperty().bind(phillipsPerron);
        // Phillips-Perron has no lagged differences: its truncation lag is chosen in its own box.
        lagBox.visibleProperty().bind(phillipsPerron.not());
        lagBox.managedProperty().bind(phillipsPerron.not());
        ppStatistic.getItems().setAll(PhillipsPerronSpec.Statistic.values());
        ppStatistic.setConverter(new StringConverter<>() {
            @Override
            public String toString(PhillipsPerronSpec.Statistic s) {
                return s == null ? "" : s.label();
            }

            @Override
            public PhillipsPerronSpec.Statistic fromString(String s) {
                return PhillipsPerronSpec.Statistic.parse(s);
            }
        });
        ppStatistic.valueProperty().bindBidirectional(vm.ppStatisticProperty());
        ppRule.getItems().setAll(StationarityViewModel.PP_RULES);
        ppRule.valueProperty().bindBidirectional(vm.ppRuleProperty());
        ppFixedLag.setValueFactory(new IntegerSpinnerValueFactory(0, 48, vm.ppFixedLagProperty().get()));
        ppFixedLagValue = vm.ppFixedLagProperty().asObject();
        ppFixedLag.getValueFactory().valueProperty().bindBidirectional(ppFixedLagValue);
        ppFixedLag.disableProperty().bind(vm.ppRuleProperty().isNotEqualTo("fixed"));
        glsCriterion.getItems().setAll(DfGlsLagCriterion.values());
        glsCriterion.setConverter(new StringConverter<>() {
            @Override
            public String toString(DfGlsLagCriterion c) {
                return c == null ? "" : c.label();
            }

            @Override
            public DfGlsLagCriterion fromString(String s) {
                return DfGlsLagCriterion.parse(s);
            }
        });
        glsCriterion.valueProperty().bindBidirectional(vm.glsCriterionProperty());
        var glsAutomatic = vm.testProperty().isEqualTo(UnitRootKind.DFGLS)
                .and(vm.lagChoiceProperty().isNotEqualTo(LagChoice.FIXED));
        glsRow.visibleProperty().bind(glsAutomatic);
        glsRow.managedProperty().bind(glsAutomatic);
        // Every Zivot-Andrews model has a constant and a trend: the choice matters there only for KPSS.
        var trendUsed = zivotAndrews.not().or(vm.kpssProperty());
        for (javafx.scene.Node n : List.of(trendLabel, trend)) {
            n.visibleProperty().bind(trendUsed);
            n.managedProperty().bind(trendUsed);
        }
        trend.getItems().setAll(UnitRootTrend.values());
        trend.setConverter(new StringConverter<>() {
            @Override
            public String toString(UnitRootTrend t) {
                return t == null ? "" : t.code() + ": " + t.description();
            }

            @Override
            public UnitRootTrend fromString(String s) {
                return UnitRootTrend.parse(s.split(":")[0]);
            }
        });
        trend.valueProperty().bindBidirectional(vm.trendProperty());
        // Phillips-Perron and DF-GLS always have a deterministic part: "none" is not offered for them.
        vm.testProperty().addListener((o, a, b) -> showTrendChoices());
        showTrendChoices();
        difference.getItems().setAll(DifferenceChoice.values());
        difference.valueProperty().bindBidirectional(vm.differenceProperty());
        // DF-GLS has its own criteria (MAIC, AIC, BIC): the choice here is then only fixed or by that criterion.
        vm.testProperty().addListener((o, a, b) -> showLagChoices());
        showLagChoices();

        fixedLags.setValueFactory(new IntegerSpinnerValueFactory(0, 24, vm.fixedLagsProperty().get()));
        fixedLagsValue = vm.fixedLagsProperty().asObject();
        fixedLags.getValueFactory().valueProperty().bindBidirectional(fixedLagsValue);
        maxLag.setValueFactory(new IntegerSpinnerValueFactory(0, 24, vm.maxLagProperty().get()));
        maxLagValue = vm.maxLagProperty().asObject();
        maxLag.getValueFactory().valueProperty().bindBidirectional(maxLagValue);
        defaultMaxLag.selectedProperty().bindBidirectional(vm.defaultMaxLagProperty());
        maxLag.disableProperty().bind(vm.defaultMaxLagProperty());
        fixedLagsRow.visibleProperty().bind(vm.lagChoiceProperty().isEqualTo(LagChoice.FIXED));
        fixedLagsRow.managedProperty().bind(fixedLagsRow.visibleProperty());
        maxLagRow.visibleProperty().bind(fixedLagsRow.visibleProperty().not());
        maxLagRow.managedProperty().bind(maxLagRow.visibleProperty());
        kpss.selectedProperty().bindBidirectional(vm.kpssProperty());

        busy.visibleProperty().bind(vm.runningProperty());
        MessageLabel.bind(message, vm.messageProperty(), vm.messageSeverityProperty());

        tableView = new ResultTableView(actions);
        tableView.setId("adfTable");
        tableView.resultTableProperty().bind(vm.tableProperty());
        results.getChildren().add(tableView);
    }
}
