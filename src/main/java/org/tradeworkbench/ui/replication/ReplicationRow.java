package org.tradeworkbench.ui.replication;

import org.tradeworkbench.core.paper.ReplicationItem;
import org.tradeworkbench.core.paper.ReplicationReport;

/** One row of the Replication table, as text. */
public record ReplicationRow(String section, String id, String paper, String replicated, String status, String note,
                             String where) {

    static ReplicationRow of(ReplicationItem i) {
        return new ReplicationRow(ReplicationReport.section(i.id()), i.id(), i.printed(), i.replicatedText(),
                i.status().word(), i.note(), i.paper().where());
    }
}
