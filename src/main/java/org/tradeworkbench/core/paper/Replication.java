package org.tradeworkbench.core.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.io.atp.AtpColumns;
import org.tradeworkbench.core.paper.PaperData.PaperFrame;

/**
 * Recomputes every number the paper prints from a dataset (the bundled sample, or one completed with the Census
 * high-tech files) and compares it with the printed one. The desktop Replication tab and the {@code replicate}
 * command show this same report.
 */
public final class Replication {
    private Replication() {
    }

    /** The replication with the paper's variables as {@link PaperVariables} defines them. */
    public static ReplicationReport run(Dataset data) {
        return run(data, Map.of());
    }

    /**
     * @param data        annual data (any span; the paper's frame 2004–2018 is cut from it)
     * @param expressions edited definitions of paper variables (name to expression); others keep the default
     */
    public static ReplicationReport run(Dataset data, Map<String, String> expressions) {
        PaperResults paper = PaperResults.bundled();
        PaperFrame frame = PaperData.paperFrame(data, expressions);
        List<ReplicationItem> items = new ArrayList<>();
        items.addAll(DescriptiveItems.items(paper, frame));
        items.addAll(StationarityItems.items(paper, frame));
        items.addAll(RegressionItems.items(paper, frame));
        items.addAll(GrangerItems.items(paper, frame));
        items.addAll(TextItems.items(paper, AtpColumns.withBalances(data)));
        return new ReplicationReport(data.name(), items, Table3MethodsCheck.tables(paper, frame));
    }
}
