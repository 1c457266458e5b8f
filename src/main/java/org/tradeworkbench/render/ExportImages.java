package org.tradeworkbench.render;

import java.io.IOException;
import java.nio.file.Path;
import org.tradeworkbench.core.export.ExportAll;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.report.ResultTable;

/**
 * The PNG files of Export all, drawn headless by {@link HeadlessRenderer}: figures at {@link ImageSize#DEFAULT_FIGURE}
 * times the figure scale, tables at their natural size times the table scale. The desktop's File ▸ Export all and
 * the command line's {@code export-all} both draw with this, so at the same scale they write the same images.
 * Call from a thread other than the FX thread.
 */
public final class ExportImages implements ExportAll.Images {
    private final double figureScale;
    private final double tableScale;

    private ExportImages(double figureScale, double tableScale) {
        // Fails here, with the size rules' message, rather than at the first image.
        ImageSize.DEFAULT_FIGURE.withScale(figureScale);
        ImageSize.DEFAULT_FIGURE.withScale(tableScale);
        this.figureScale = figureScale;
        this.tableScale = tableScale;
    }

    /** Figures and tables at the same {@code scale} (image pixels per layout pixel, 0.25 to 8). */
    public static ExportImages at(double scale) {
        return new ExportImages(scale, scale);
    }

    /** Figures at {@code figureScale} times the default size and tables at {@code tableScale}. */
    public static ExportImages at(double figureScale, double tableScale) {
        return new ExportImages(figureScale, tableScale);
    }

    @Override
    public void figurePng(FigureSpec figure, Path file) throws IOException {
        HeadlessRenderer.writePng(figure, ImageSize.DEFAULT_FIGURE.withScale(figureScale), file);
    }

    @Override
    public void tablePng(ResultTable table, Path file) throws IOException {
        HeadlessRenderer.writeTablePng(table, tableScale, file);
    }
}
