package org.tradeworkbench.ui.figures;

import org.tradeworkbench.core.figures.GeneralFigure;
import org.tradeworkbench.core.figures.PaperFigure;

/** An entry of the figure picker: one of the paper's figures, or the general chart ({@code paper == null}). */
public record FigureOption(String id, String label, PaperFigure paper) {

    public static FigureOption of(PaperFigure f) {
        return new FigureOption(f.id(), f.toString(), f);
    }

    public static final FigureOption GENERAL = new FigureOption(GeneralFigure.ID, "Chart of the ticked variables",
            null);

    /**
     * What the picker shows once chosen, short enough for the controls' column (the full caption is in the list and
     * on the chart): e.g. "Figure 1: trade balance".
     */
    public String shortLabel() {
        if (paper == null) {
            return label;
        }
        return switch (paper) {
            case FIGURE_1 -> "Figure 1: trade balance";
            case FIGURE_2 -> "Figure 2: exports ratio";
            case FIGURE_3 -> "Figure 3: deficit categories";
            case FIGURE_4 -> "Figure 4: surplus categories";
        };
    }

    public boolean isGeneral() {
        return paper == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
