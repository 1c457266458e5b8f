package org.tradeworkbench.ui.manual;

import java.io.InputStream;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tradeworkbench.core.manual.Inline;
import org.tradeworkbench.core.manual.ManualBlock;
import org.tradeworkbench.core.manual.ManualPages.Page;

/** The manual's window: pages on the left with a search, the page on the right. Only draws what the model holds. */
public final class ManualView {
    private final ManualViewModel vm;
    private final Stage stage = new Stage();
    private final VBox body = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(body);

    private ManualView(ManualViewModel vm, Window owner, String stylesheet) {
        this.vm = vm;
        TextField search = new TextField();
        search.setId("manualSearch");
        search.setPromptText("Search the manual");
        search.textProperty().bindBidirectional(vm.searchProperty());
        ListView<Page> list = new ListView<>(vm.pages());
        list.setId("manualPages");
        list.getSelectionModel().select(vm.pageProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.pageProperty().set(b);
            }
        });
        vm.pageProperty().addListener((o, a, b) -> list.getSelectionModel().select(b));
        VBox left = new VBox(6, search, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        body.setId("manualBody");
        body.setPadding(new Insets(12, 18, 18, 18));
        scroll.setFitToWidth(true);
        Label problem = new Label();
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().add("panel-message");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        BorderPane right = new BorderPane(scroll);
        right.setTop(problem);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.24);
        vm.blocksProperty().addListener((o, a, b) -> render(b));
        render(vm.blocksProperty().get());
        Scene scene = new Scene(split, 1100, 760);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        stage.setScene(scene);
        stage.setTitle("Trade Workbench manual");
        if (owner != null) {
            stage.initOwner(owner);
        }
    }

    /** Builds the window (not shown yet). */
    public static ManualView create(ManualViewModel vm, Window owner, String stylesheet) {
        return new ManualView(vm, owner, stylesheet);
    }

    /** Shows the window at the page {@code pageId}. */
    public void show(String pageId) {
        vm.open(pageId);
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private void render(List<ManualBlock> blocks) {
        body.getChildren().clear();
        for (ManualBlock b : blocks) {
            body.getChildren().add(node(b));
        }
        scroll.setVvalue(0);
    }

    private Node node(ManualBlock b) {
        if (b instanceof ManualBlock.Heading h) {
            Label l = new Label(plain(h.text()));
            l.setWrapText(true);
            l.setStyle("-fx-font-weight: bold; -fx-font-size: " + switch (h.level()) {
                case 1 -> "1.7em";
                case 2 -> "1.35em";
                case 3 -> "1.15em";
                default -> "1em";
            } + ";");
            l.setPadding(new Insets(h.level() == 1 ? 0 : 8, 0, 0, 0));
            return l;
        }
        if (b instanceof ManualBlock.Paragraph p) {
            return flow(p.text());
        }
        if (b instanceof ManualBlock.Items items) {
            VBox box = new VBox(3);
            int n = 1;
            for (String item : items.items()) {
                Label mark = new Label(items.numbered() ? (n++) + "." : "•");
                mark.setMinWidth(20);
                TextFlow f = flow(item);
                HBox row = new HBox(4, mark, f);
                HBox.setHgrow(f, Priority.ALWAYS);
                box.getChildren().add(row);
            }
            return box;
        }
        if (b instanceof ManualBlock.Code c) {
            Label l = new Label(c.text());
            l.setStyle("-fx-font-family: monospace; -fx-padding: 6; -fx-background-color: -color-bg-subtle;");
            ScrollPane s = new ScrollPane(l);
            s.setFitToHeight(true);
            s.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            return s;
        }
        if (b instanceof ManualBlock.Table t) {
            GridPane g = new GridPane();
            g.setHgap(12);
            g.setVgap(4);
            for (int r = 0; r < t.rows().size(); r++) {
                List<String> row = t.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    TextFlow f = flow(row.get(c));
                    f.setMaxWidth(420);
                    if (r == 0) {
                        f.setStyle("-fx-font-weight: bold;");
                    }
                    g.add(f, c, r);
                }
            }
            ScrollPane s = new ScrollPane(g);
            s.setFitToHeight(true);
            return s;
        }
        ManualBlock.Image img = (ManualBlock.Image) b;
        InputStream in = ManualView.class.getResourceAsStream("/manual/" + img.path());
        if (in == null) {
            return new Label("[" + img.alt() + "]");
        }
        ImageView v = new ImageView(new Image(in));
        v.setPreserveRatio(true);
        double natural = v.getImage().getWidth();
        v.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(100, Math.min(natural, scroll.getWidth() - 60)), scroll.widthProperty()));
        return v;
    }

    private TextFlow flow(String text) {
        TextFlow f = new TextFlow();
        for (Inline.Span s : Inline.spans(text)) {
            switch (s.kind()) {
                case LINK -> {
                    Hyperlink link = new Hyperlink(plain(s.text()));
                    link.setPadding(Insets.EMPTY);
                    link.setTooltip(new Tooltip(s.target()));
                    link.setOnAction(e -> vm.followLink(s.target()));
                    f.getChildren().add(link);
                }
                case CODE -> f.getChildren().add(text(s.text(), "-fx-font-family: monospace;"));
                case BOLD -> f.getChildren().add(text(s.text(), "-fx-font-weight: bold;"));
                case EMPHASIS -> f.getChildren().add(text(s.text(), "-fx-font-style: italic;"));
                default -> f.getChildren().add(text(s.text(), ""));
            }
        }
        f.prefWidthProperty().bind(scroll.widthProperty().subtract(60));
        return f;
    }

    private static Text text(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().add("manual-text");
        // Text is not a control: it takes the theme's text colour only when told.
        t.setStyle("-fx-fill: -color-fg-default; " + style);
        return t;
    }

    /** Heading and link text without their inline marks. */
    private static String plain(String s) {
        StringBuilder b = new StringBuilder();
        for (Inline.Span span : Inline.spans(s)) {
            b.append(span.text());
        }
        return b.toString();
    }
}
