package org.tradeworkbench.render.tables;

import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;

/** Any {@link Report} as one image: every table it has, one under the other, each drawn by {@link ResultTableImage}. */
public final class ReportImage {
    private ReportImage() {
    }

    public static Region create(Report report) {
        VBox box = new VBox();
        box.getStyleClass().add("report-image");
        box.getStylesheets().add(ResultTableImage.STYLESHEET);
        for (ResultTable t : report.tables()) {
            box.getChildren().add(ResultTableImage.create(t));
        }
        return box;
    }
}
