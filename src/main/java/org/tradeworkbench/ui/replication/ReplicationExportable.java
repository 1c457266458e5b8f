package org.tradeworkbench.ui.replication;

import javafx.scene.layout.Region;
import org.tradeworkbench.core.paper.ReplicationReport;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.render.ImageExport;
import org.tradeworkbench.render.ImageSize;
import org.tradeworkbench.render.tables.ReportImage;
import org.tradeworkbench.ui.export.Exportable;

/** The whole replication report for the export menu: every section's table, one under the other. */
public final class ReplicationExportable implements Exportable {
    private final ReplicationReport report;

    public ReplicationExportable(ReplicationReport report) {
        this.report = report;
    }

    @Override
    public String fileStem() {
        return "replication";
    }

    @Override
    public Region render() {
        return ReportImage.create(report);
    }

    @Override
    public ImageSize defaultSize() {
        return ImageExport.naturalSize(render(), 1);
    }

    @Override
    public String asText() {
        return TextTableWriter.write(report);
    }
}
