package org.tradeworkbench.ui.console;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tradeworkbench.ui.FxPulses;

/**
 * The console's nodes: a read-only transcript that follows its end, and the prompt's input line (Enter runs,
 * Up and Down recall, Tab completes, Escape cancels a running line). Binds to {@link ConsoleViewModel} only.
 */
public final class ConsoleView {
    private final ConsoleViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TextArea transcript = new TextArea();
    private final TextField input = new TextField();
    /** Whether the transcript's scroll pane already scrolls to its end whenever its text grows. */
    private boolean followingEnd;

    private ConsoleView(ConsoleViewModel vm, Runnable close) {
        this.vm = vm;
        root.setId("consoleView");
        root.getStyleClass().add("console-view");
        root.getStylesheets().add(ConsoleView.class.getResource("console.css").toExternalForm());
        root.setTop(header(close));
        root.setCenter(transcriptArea());
        root.setBottom(inputArea());
    }

    /** The console's root node; {@code close} hides it (the header's Close button). */
    public static ConsoleView create(ConsoleViewModel vm, Runnable close) {
        return new ConsoleView(vm, close);
    }

    public Node root() {
        return root;
    }

    public ConsoleViewModel viewModel() {
        return vm;
    }

    /** Puts the caret in the input line. */
    public void focusInput() {
        input.requestFocus();
        input.end();
    }

    private Node header(Runnable close) {
        Label title = new Label("Console");
        title.getStyleClass().add("console-title");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("consoleCancel");
        cancel.setTooltip(new Tooltip("Stop the running line (Escape); nothing it would change is kept"));
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        Button clear = new Button("Clear");
        clear.setId("consoleClear");
        clear.setTooltip(new Tooltip("Empty the transcript (the history and the command log stay)"));
        clear.setOnAction(e -> vm.clearTranscript());
        Button hide = new Button("Close");
        hide.setId("consoleClose");
        hide.setTooltip(new Tooltip("Hide the console (View ▸ Console shows it again, with its transcript)"));
        hide.setOnAction(e -> close.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(title, busy, gap, cancel, clear, hide);
        bar.getStyleClass().add("console-header");
        return bar;
    }

    private Node transcriptArea() {
        transcript.setId("consoleTranscript");
        transcript.getStyleClass().add("console-transcript");
        transcript.setEditable(false);
        transcript.setWrapText(false);
        transcript.setFocusTraversable(false);
        transcript.setText(vm.transcriptText());
        transcript.sceneProperty().addListener((o, was, scene) -> followEnd());
        vm.transcript().addListener((ListChangeListener<String>) c -> {
            boolean removed = false;
            StringBuilder added = new StringBuilder();
            while (c.next()) {
                removed |= c.wasRemoved();
                c.getAddedSubList().forEach(added::append);
            }
            if (removed) {
                transcript.setText(vm.transcriptText());
            } else {
                transcript.appendText(added.toString());
            }
            followEnd();
        });
        return transcript;
    }

    /**
     * Shows the newest text: the caret goes to the end, and so does the scroll position each time the skin has
     * measured the text anew (set before that, the end would be clamped to the old text's height).
     */
    private void followEnd() {
        transcript.positionCaret(transcript.getLength());
        if (!followingEnd && transcript.lookup(".scroll-pane") instanceof ScrollPane pane
                && pane.getContent() != null) {
            followingEnd = true;
            pane.getContent().layoutBoundsProperty().addListener((o, was, now) -> pane.setVvalue(pane.getVmax()));
            pane.viewportBoundsProperty().addListener((o, was, now) -> pane.setVvalue(pane.getVmax()));
        }
        if (transcript.getScene() != null) {
            FxPulses.afterNextFrame(transcript.getScene(), () -> {
                if (transcript.lookup(".scroll-pane") instanceof ScrollPane pane) {
                    pane.setVvalue(pane.getVmax());
                }
            });
        }
    }

    private Node inputArea() {
        Label prompt = new Label(ConsoleViewModel.PROMPT.strip());
        prompt.getStyleClass().add("console-prompt");
        input.setId("consoleInput");
        input.getStyleClass().add("console-input");
        input.setPromptText("a command, e.g. adf --column lny");
        input.setTooltip(new Tooltip("Enter runs the line; Up and Down recall earlier lines; Tab completes command"
                + " and series names"));
        input.textProperty().bindBidirectional(vm.inputProperty());
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        HBox.setHgrow(input, Priority.ALWAYS);
        HBox row = new HBox(prompt, input);
        row.getStyleClass().add("console-input-row");
        Label choices = new Label();
        choices.setId("consoleChoices");
        choices.getStyleClass().add("console-choices");
        choices.textProperty().bind(vm.choicesProperty());
        choices.visibleProperty().bind(vm.choicesProperty().isNotEmpty());
        choices.managedProperty().bind(choices.visibleProperty());
        return new VBox(row, choices);
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> vm.run();
            case UP -> vm.previous();
            case DOWN -> vm.next();
            case TAB -> {
                if (e.isShiftDown() || e.isControlDown()) {
                    // Leaves Shift+Tab and Ctrl+Tab to move the focus.
                    return;
                }
                vm.complete();
            }
            case ESCAPE -> {
                if (!vm.runningProperty().get()) {
                    return;
                }
                vm.cancel();
            }
            default -> {
                return;
            }
        }
        e.consume();
        input.end();
    }
}
