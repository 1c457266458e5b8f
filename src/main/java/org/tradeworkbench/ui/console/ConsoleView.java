package org.tradeworkbench.ui.console;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.tradeworkbench.ui.FxPulses;

/**
 * The console's nodes: a read-only transcript that follows its end, its text lines wrapped at the window's width
 * and its tables kept aligned (see {@link TranscriptWrap}), selectable and copied as printed; and the prompt's
 * input line (Enter runs, Up and Down recall, Tab completes, Escape cancels a running line). The same nodes go
 * below the tabs or into the console's own window ({@link ConsolePlacement}). Binds to {@link ConsoleViewModel}
 * only.
 */
public final class ConsoleView {
    private final ConsoleViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TextArea transcript = new TextArea() {
        /** Copies what was printed: the line breaks the wrapping put in are left out. */
        @Override
        public void copy() {
            IndexRange r = getSelection();
            if (r.getLength() > 0) {
                ClipboardContent content = new ClipboardContent();
                content.putString(selectedOriginalText());
                Clipboard.getSystemClipboard().setContent(content);
            }
        }
    };
    private final TextField input = new TextField();
    /** Whether the transcript's scroll pane already scrolls to its end whenever its text grows. */
    private boolean followingEnd;
    /** The layout of the text shown; made anew when the width in characters changes. */
    private TranscriptWrap wrap = new TranscriptWrap(100);
    /** A resize lays the transcript out again once the window has stopped changing for a moment. */
    private final PauseTransition rewrap = new PauseTransition(Duration.millis(120));
    /** Room kept for the vertical scroll bar, in pixels. */
    private static final double SCROLL_BAR = 18;

    private ConsoleView(ConsoleViewModel vm) {
        this.vm = vm;
        root.setId("consoleView");
        root.getStyleClass().add("console-view");
        root.getStylesheets().add(ConsoleView.class.getResource("console.css").toExternalForm());
        root.setTop(header());
        root.setCenter(transcriptArea());
        root.setBottom(inputArea());
    }

    /** The console's nodes on {@code vm}; its Close button hides the console, Detach and Dock move it. */
    public static ConsoleView create(ConsoleViewModel vm) {
        return new ConsoleView(vm);
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

    /** The selected part of the transcript as it was printed (without the breaks wrapping added). */
    public String selectedOriginalText() {
        IndexRange r = transcript.getSelection();
        return wrap.original(transcript.getText(), r.getStart(), r.getEnd());
    }

    /** The width of the transcript's lines in characters (for tests). */
    public int wrapColumns() {
        return wrap.columns();
    }

    private Node header() {
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
        Button place = new Button();
        place.setId("consoleDetach");
        place.textProperty().bind(Bindings.when(vm.detachedProperty()).then("Dock").otherwise("Detach"));
        Tooltip placeTip = new Tooltip();
        placeTip.textProperty().bind(Bindings.when(vm.detachedProperty())
                .then("Put the console back below the tabs (Ctrl+Shift+L); transcript, history and a running"
                        + " line stay")
                .otherwise("Move the console into a window of its own (Ctrl+Shift+L); transcript, history and a"
                        + " running line stay, and View ▸ Console opens it there from now on"));
        place.setTooltip(placeTip);
        place.setOnAction(e -> vm.toggleDetached());
        Button hide = new Button("Close");
        hide.setId("consoleClose");
        hide.setTooltip(new Tooltip("Hide the console (Ctrl+L); View ▸ Console shows it again where it was, with"
                + " its transcript"));
        hide.setOnAction(e -> vm.hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(title, busy, gap, cancel, clear, place, hide);
        bar.getStyleClass().add("console-header");
        return bar;
    }

    private Node transcriptArea() {
        transcript.setId("consoleTranscript");
        transcript.getStyleClass().add("console-transcript");
        transcript.setEditable(false);
        // The text area does not wrap itself: it would break a table's rows too. TranscriptWrap breaks the text
        // lines at the width and leaves the tables, which scroll sideways when wider than the window.
        transcript.setWrapText(false);
        transcript.setFocusTraversable(false);
        layOut();
        transcript.sceneProperty().addListener((o, was, scene) -> followEnd());
        transcript.widthProperty().addListener((o, was, now) -> {
            if (columnsFor(now.doubleValue()) == wrap.columns()) {
                return;
            }
            if (was.doubleValue() <= 0) {
                // First shown (or shown again in another window): laid out before the first frame.
                layOut();
            } else {
                rewrap.playFromStart();
            }
        });
        transcript.fontProperty().addListener((o, was, now) -> rewrap.playFromStart());
        rewrap.setOnFinished(e -> {
            if (columnsFor(transcript.getWidth()) != wrap.columns()) {
                layOut();
            }
        });
        vm.transcript().addListener((ListChangeListener<String>) c -> {
            boolean removed = false;
            List<String> added = new ArrayList<>();
            while (c.next()) {
                removed |= c.wasRemoved();
                added.addAll(c.getAddedSubList());
            }
            if (removed) {
                layOut();
            } else {
                StringBuilder text = new StringBuilder();
                added.forEach(block -> text.append(wrap.append(block)));
                transcript.appendText(text.toString());
            }
            followEnd();
        });
        return transcript;
    }

    /** Lays the whole transcript out anew for the current width. */
    private void layOut() {
        wrap = new TranscriptWrap(columnsFor(transcript.getWidth()));
        StringBuilder text = new StringBuilder();
        vm.transcript().forEach(block -> text.append(wrap.append(block)));
        transcript.setText(text.toString());
        followEnd();
    }

    /**
     * The characters of the fixed-width font that fit in a line of the transcript {@code width} wide, leaving room
     * for the text's padding and a vertical scroll bar (always, so a bar appearing does not change the layout).
     */
    private int columnsFor(double width) {
        if (width <= 0) {
            return wrap.columns();
        }
        Text sample = new Text("0123456789");
        sample.setFont(transcript.getFont());
        double charWidth = sample.getLayoutBounds().getWidth() / 10;
        double padding = transcript.snappedLeftInset() + transcript.snappedRightInset() + SCROLL_BAR;
        padding += transcript.lookup(".content") instanceof Region content
                ? content.snappedLeftInset() + content.snappedRightInset() : 2 * SCROLL_BAR;
        return Math.max(TranscriptWrap.MIN_COLUMNS, (int) Math.floor((width - padding) / charWidth));
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
                + " names, a command's options after --, an option's values (e.g. after --trend) and series names"));
        input.textProperty().bindBidirectional(vm.inputProperty());
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        HBox.setHgrow(input, Priority.ALWAYS);
        HBox row = new HBox(prompt, input);
        row.getStyleClass().add("console-input-row");
        Label choices = new Label();
        choices.setId("consoleChoices");
        choices.getStyleClass().add("console-choices");
        choices.setWrapText(true);
        // The choices are three spaces apart; an option and its value ("--trend n|c|ct") stay on one line when
        // the list wraps.
        choices.textProperty().bind(Bindings.createStringBinding(() -> vm.choicesProperty().get()
                .replaceAll("(?<=--[a-z0-9-]{1,40}) (?=[^ -])", "\u00a0"), vm.choicesProperty()));
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
