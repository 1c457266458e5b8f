package org.tradeworkbench.render.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.tradeworkbench.core.figures.SourceNote;

/**
 * A figure's source note under its legend, in the lines {@link SourceNote} breaks it into for the figure's width:
 * the lines the SVG of the same figure at the same width has, each a text of its own, starting at the plot's left
 * edge. Its height is what its lines need (its minimum too), so in the figure's column the chart gives up the room.
 * Sits directly in the figure's box, whose width is the figure's.
 */
public final class SourceNoteText extends Region {
    private static final Color NOTE_COLOUR = Color.web("#666666");
    private final boolean rightAxis;
    private String note;
    private List<String> lines = List.of();
    private double linesFor = Double.NaN;

    SourceNoteText(String note, boolean rightAxis) {
        this.note = note;
        this.rightAxis = rightAxis;
        getStyleClass().add("figure-source-note");
    }

    /** The note's text. */
    public String note() {
        return note;
    }

    /** Shows {@code text} in place of the note (broken again into lines). */
    public void setNote(String text) {
        if (!text.equals(note)) {
            note = text;
            linesFor = Double.NaN;
            requestLayout();
        }
    }

    /** The note's lines at this node's width (what the next layout draws, if it has not yet). */
    public List<String> lines() {
        return List.copyOf(linesAt(getWidth()));
    }

    /** The lines the texts drawn hold. */
    private List<String> drawn() {
        List<String> out = new ArrayList<>();
        for (Node n : getChildren()) {
            out.add(((Text) n).getText());
        }
        return out;
    }

    /** The figure's width when this node is {@code ownWidth} wide: its own plus the figure box's side padding. */
    private double figureWidth(double ownWidth) {
        Parent p = getParent();
        if (p instanceof Region box) {
            return ownWidth + box.snappedLeftInset() + box.snappedRightInset();
        }
        return ownWidth;
    }

    /** Where the plot starts, from this node's left edge. */
    private double plotLeft() {
        Parent p = getParent();
        double inset = p instanceof Region box ? box.snappedLeftInset() : 0;
        return Math.max(0, SourceNote.PLOT_LEFT - inset);
    }

    private List<String> linesAt(double ownWidth) {
        if (ownWidth != linesFor) {
            lines = SourceNote.wrap(note, SourceNote.width(figureWidth(ownWidth), rightAxis));
            linesFor = ownWidth;
        }
        return lines;
    }

    /** Its height depends on its width: the figure's column asks for the height at the width it gives. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width >= 0 ? width : getWidth();
        return snappedTopInset() + snappedBottomInset() + linesAt(w).size() * SourceNote.LINE_HEIGHT;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        // As wide as the figure makes it: the note adapts, it does not ask for room.
        return 0;
    }

    @Override
    protected void layoutChildren() {
        List<String> shown = linesAt(getWidth());
        if (!shown.equals(drawn())) {
            List<Text> texts = new ArrayList<>();
            for (String line : shown) {
                Text t = new Text(line);
                // Font and colour set here, not by the style sheet: a text made during layout is drawn (and
                // snapshotted) before the style sheet reaches it.
                t.setFont(Font.font(SourceNote.FONT_SIZE));
                t.setFill(NOTE_COLOUR);
                t.getStyleClass().add("figure-source-line");
                t.setTextOrigin(VPos.TOP);
                texts.add(t);
            }
            getChildren().setAll(texts);
        }
        double x = plotLeft();
        for (int i = 0; i < getChildren().size(); i++) {
            getChildren().get(i).relocate(x, snappedTopInset() + i * SourceNote.LINE_HEIGHT);
        }
    }
}
