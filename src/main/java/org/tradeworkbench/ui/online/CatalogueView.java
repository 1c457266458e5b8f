package org.tradeworkbench.ui.online;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tradeworkbench.core.fetch.CatalogueEntry;

/** The catalogue browser of the Get data online dialog: {@link CatalogueViewModel}'s fields, bound. */
final class CatalogueView {
    private CatalogueView() {
    }

    static Node content(CatalogueViewModel vm, StringProperty source) {
        TextField query = new TextField();
        query.setId("catalogueQuery");
        query.setPromptText("words of the name or code, e.g. patent");
        query.textProperty().bindBidirectional(vm.queryProperty());
        HBox.setHgrow(query, Priority.ALWAYS);
        Button search = new Button("Search");
        search.setId("catalogueSearch");
        search.setOnAction(e -> {
            if ("dbnomics".equals(source.get())) {
                vm.searchSeries();
            } else {
                vm.searchIndicators();
            }
        });
        Button top = new Button();
        top.setId("catalogueTop");
        top.textProperty().bind(Bindings.when(source.isEqualTo("dbnomics")).then("Providers").otherwise("Sources"));
        top.setOnAction(e -> {
            if ("dbnomics".equals(source.get())) {
                vm.dbnomicsProviders();
            } else {
                vm.worldBankSources();
            }
        });
        Button up = new Button("Up");
        up.setOnAction(e -> vm.up());
        Button previous = new Button("\u25c0");
        previous.disableProperty().bind(vm.hasPreviousProperty().not().or(vm.runningProperty()));
        previous.setOnAction(e -> vm.previous());
        Button next = new Button("\u25b6");
        next.disableProperty().bind(vm.hasNextProperty().not().or(vm.runningProperty()));
        next.setOnAction(e -> vm.next());
        Button cancel = new Button("Cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        for (Button b : new Button[] {search, top, up}) {
            b.disableProperty().bind(vm.runningProperty());
        }
        ListView<CatalogueEntry> list = new ListView<>(vm.entries());
        list.setId("catalogueList");
        list.setPrefHeight(180);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.choose(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                vm.choose(list.getSelectionModel().getSelectedItem());
            }
        });
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        Label where = new Label();
        where.textProperty().bind(vm.whereProperty());
        Label page = new Label();
        page.textProperty().bind(vm.pageTextProperty());
        Label problem = new Label();
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(vm.problemProperty());
        HBox pager = new HBox(6, previous, next, page, cancel, bar);
        pager.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(6, new HBox(6, query, search, top, up), where, list, pager, problem);
        TitledPane pane = new TitledPane("Browse the catalogue (double-click to open or choose)", box);
        pane.setExpanded(false);
        var shown = Bindings.createBooleanBinding(() -> "worldbank".equals(source.get())
                || "dbnomics".equals(source.get()), source);
        pane.visibleProperty().bind(shown);
        pane.managedProperty().bind(shown);
        return pane;
    }
}
