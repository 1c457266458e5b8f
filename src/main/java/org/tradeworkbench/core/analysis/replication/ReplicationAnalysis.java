package org.tradeworkbench.core.analysis.replication;

import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.paper.Replication;
import org.tradeworkbench.core.paper.ReplicationReport;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Every number the paper prints beside the one recomputed from the data, with the spec's definitions of the paper
 * variables. The Replication tab, {@code replicate}, Export all and workbench files all run this.
 */
public final class ReplicationAnalysis implements Analysis<ReplicationSpec, ReplicationReport> {
    /** The Replication tab's id in workbench files. */
    public static final String KIND = "replication";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<ReplicationSpec> specType() {
        return ReplicationSpec.class;
    }

    /** @param data annual data of any span (the paper's frame 2004–2018 is cut from it), not cut to a sample */
    @Override
    public ReplicationReport run(ReplicationSpec spec, Dataset data, ProgressReporter progress) {
        return Replication.run(data, spec.definitions());
    }
}
