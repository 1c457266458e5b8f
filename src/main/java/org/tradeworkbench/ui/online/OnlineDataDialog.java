package org.tradeworkbench.ui.online;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** File ▸ Get data online…: the fields of {@link OnlineDataViewModel}, bound; no logic of its own. */
public final class OnlineDataDialog {
    private static final Map<String, String> LABELS = Map.of(
            "census-atp", "U.S. Census: Advanced Technology Products by partner (hitech)",
            "census-goods", "U.S. Census: goods by partner and HS chapter (hs)",
            "worldbank", "World Bank Indicators (country \u00d7 indicator)",
            "dbnomics", "DBnomics (provider/dataset/series)");

    private OnlineDataDialog() {
    }

    public static void show(OnlineDataViewModel vm, Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle("Get data online");
        d.setResizable(true);
        d.getDialogPane().setContent(content(vm));
        var css = OnlineDataDialog.class.getResource("/org/tradeworkbench/ui/main/workbench.css");
        if (css != null) {
            d.getDialogPane().getStylesheets().add(css.toExternalForm());
            d.getDialogPane().getStyleClass().add("workbench");
        }
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.setOnCloseRequest(e -> {
            vm.cancel();
            vm.catalogue().cancel();
        });
        d.showAndWait();
    }

    static Node content(OnlineDataViewModel vm) {
        ComboBox<String> source = new ComboBox<>();
        source.setId("onlineSource");
        source.getItems().setAll(List.of("census-atp", "census-goods", "worldbank", "dbnomics"));
        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : LABELS.getOrDefault(s, s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        source.valueProperty().bindBidirectional(vm.sourceProperty());

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Source"), source);
        TextField country = field("onlineCountry", vm.countryProperty(), "CHN;USA");
        TextField indicator = field("onlineIndicator", vm.indicatorProperty(), "NE.EXP.GNFS.CD");
        TextField partner = field("onlinePartner", vm.partnerProperty(), "5700 (China)");
        TextField from = field("onlineFrom", vm.fromYearProperty(), "2013");
        TextField to = field("onlineTo", vm.toYearProperty(), "2024");
        TextField series = field("onlineSeries", vm.seriesProperty(), "PROVIDER/DATASET/SERIES");
        PasswordField key = new PasswordField();
        key.setId("onlineKey");
        key.setPromptText("optional");
        key.textProperty().bindBidirectional(vm.censusKeyProperty());
        Label[] labels = {new Label("Countries (ISO3)"), new Label("Indicator"), new Label("Partner (CTY_CODE)"),
            new Label("From year"), new Label("To year"), new Label("Series"), new Label("Census API key")};
        Node[] fields = {country, indicator, partner, from, to, series, key};
        for (int i = 0; i < fields.length; i++) {
            labels[i].setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.layout.GridPane.setHgrow(fields[i], javafx.scene.layout.Priority.ALWAYS);
            g.addRow(i + 1, labels[i], fields[i]);
        }
        show(vm, "worldbank", labels[0], country, labels[1], indicator);
        show(vm, "census", labels[2], partner, labels[6], key);
        show(vm, "years", labels[3], from, labels[4], to);
        show(vm, "dbnomics", labels[5], series);

        CheckBox offline = new CheckBox("Offline: use cached answers only");
        offline.setId("onlineOffline");
        offline.selectedProperty().bindBidirectional(vm.offlineProperty());
        Button fetch = new Button("Fetch and add");
        fetch.setId("onlineFetch");
        fetch.setDefaultButton(true);
        fetch.disableProperty().bind(vm.runningProperty());
        fetch.setOnAction(e -> vm.fetch());
        Button cancel = new Button("Cancel fetch");
        cancel.setId("onlineCancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label problem = new Label();
        problem.setId("onlineProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(vm.problemProperty());
        Node browse = CatalogueView.content(vm.catalogue(), vm.sourceProperty());
        VBox box = new VBox(8, g, browse, offline, new HBox(8, fetch, cancel, bar), status, problem);
        box.setPrefWidth(620);
        return box;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    /** Shows the nodes only for the sources that use them. */
    private static void show(OnlineDataViewModel vm, String which, Node... nodes) {
        var visible = Bindings.createBooleanBinding(() -> {
            String s = vm.sourceProperty().get();
            return switch (which) {
                case "census" -> s != null && s.startsWith("census");
                case "years" -> s != null && !s.equals("dbnomics");
                default -> which.equals(s);
            };
        }, vm.sourceProperty());
        for (Node n : nodes) {
            n.visibleProperty().bind(visible);
            n.managedProperty().bind(visible);
        }
    }
}
