package org.tradeworkbench.ui.export;

import java.util.Optional;
import javafx.scene.layout.Region;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.render.ImageExport;
import org.tradeworkbench.render.ImageSize;
import org.tradeworkbench.render.tables.ResultTableImage;

/** A results table for export: the image shows every row, as {@link ResultTableImage} draws it. */
public final class TableExportable implements Exportable {
    private final ResultTable table;

    public TableExportable(ResultTable table) {
        this.table = table;
    }

    @Override
    public String fileStem() {
        String s = FigureSpec.slug(table.title());
        return s.isEmpty() ? "table" : s;
    }

    @Override
    public Region render() {
        return ResultTableImage.create(table);
    }

    @Override
    public ImageSize defaultSize() {
        return ImageExport.naturalSize(render(), 1);
    }

    @Override
    public String asText() {
        return TextTableWriter.write(table);
    }

    @Override
    public Optional<ResultTable> table() {
        return Optional.of(table);
    }
}
