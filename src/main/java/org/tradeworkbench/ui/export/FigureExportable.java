package org.tradeworkbench.ui.export;

import java.util.function.Supplier;
import javafx.scene.layout.Region;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.render.ImageSize;
import org.tradeworkbench.render.charts.FigureChart;
import org.tradeworkbench.ui.charts.ChartFactory;

/**
 * A figure for export. Its image is drawn by {@link FigureChart}, like the screen and the {@code figure} command;
 * the default size is the size it has on screen, so the file looks like what the user sees.
 */
public final class FigureExportable implements Exportable {
    private final FigureSpec spec;
    private final Supplier<ImageSize> onScreenSize;

    /** @param onScreenSize the current on-screen size, or null when it is not shown */
    public FigureExportable(FigureSpec spec, Supplier<ImageSize> onScreenSize) {
        this.spec = spec;
        this.onScreenSize = onScreenSize;
    }

    public FigureSpec spec() {
        return spec;
    }

    @Override
    public String fileStem() {
        return spec.fileStem();
    }

    @Override
    public Region render() {
        return FigureChart.create(spec);
    }

    @Override
    public ImageSize defaultSize() {
        ImageSize s = onScreenSize == null ? null : onScreenSize.get();
        return s != null ? s : ImageSize.DEFAULT_FIGURE;
    }

    /** The numbers drawn, for the CSV, LaTeX, HTML and Markdown items of the Export menu. */
    @Override
    public java.util.Optional<org.tradeworkbench.core.report.ResultTable> table() {
        return org.tradeworkbench.core.figures.FigureData.table(spec);
    }

    @Override
    public String asText() {
        return ChartFactory.asText(spec);
    }
}
