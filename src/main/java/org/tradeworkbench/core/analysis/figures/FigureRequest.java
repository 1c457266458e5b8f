package org.tradeworkbench.core.analysis.figures;

import org.tradeworkbench.core.figures.FigureChoices;
import org.tradeworkbench.core.figures.GeneralFigure;
import org.tradeworkbench.core.figures.PaperFigure;

/**
 * The user's choices for one chart: {@code figure} is {@code "1"}..{@code "4"} for the paper's figures or
 * {@code "general"}, {@code choices} the series, range, titles, kind and index base (null: the defaults).
 */
public record FigureRequest(String figure, FigureChoices choices) {
    public FigureRequest {
        if (figure == null || !(figure.equals(GeneralFigure.ID) || figure.matches("[1-4]"))) {
            throw new IllegalArgumentException("the figure must be 1, 2, 3, 4 or general, got \"" + figure + "\"");
        }
        choices = choices == null ? FigureChoices.none() : choices;
    }

    public boolean general() {
        return figure.equals(GeneralFigure.ID);
    }

    /** The paper's figure; only for {@code "1"}..{@code "4"}. */
    public PaperFigure paper() {
        return PaperFigure.number(Integer.parseInt(figure));
    }
}
