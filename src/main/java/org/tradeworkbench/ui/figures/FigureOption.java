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

    public boolean isGeneral() {
        return paper == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
