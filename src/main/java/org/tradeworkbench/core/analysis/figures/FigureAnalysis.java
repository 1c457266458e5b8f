package org.tradeworkbench.core.analysis.figures;

import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.figures.GeneralFigure;
import org.tradeworkbench.core.figures.PaperFigures;
import org.tradeworkbench.core.task.ProgressReporter;

/** One chart from the data: the paper's figure with its derived series, or the general chart of the variables. */
public final class FigureAnalysis implements Analysis<FigureRequest, FigureReport> {
    public static final String KIND = "figure";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<FigureRequest> specType() {
        return FigureRequest.class;
    }

    @Override
    public FigureReport run(FigureRequest spec, Dataset data, ProgressReporter progress) {
        return new FigureReport(chart(spec, data, GeneralFigure.MAX_PERIODS));
    }

    /**
     * The chart, drawing at most {@code maxPeriods} periods of a general chart (the desktop draws lines of any
     * length thinned to the screen, {@code Integer.MAX_VALUE}; images keep the limit).
     */
    public static FigureSpec chart(FigureRequest spec, Dataset data, int maxPeriods) {
        return spec.general() ? GeneralFigure.build(data, spec.choices(), maxPeriods)
                : PaperFigures.build(spec.paper(), data, spec.choices());
    }
}
