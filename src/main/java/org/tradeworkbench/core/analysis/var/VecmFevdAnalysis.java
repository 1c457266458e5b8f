package org.tradeworkbench.core.analysis.var;

import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/** Forecast-error variance decomposition of a VECM at a chosen rank, from orthogonalised (Cholesky) shocks. */
public final class VecmFevdAnalysis implements Analysis<VecmFevdSpec, VecmFevdReport> {
    public static final String KIND = "vecm-fevd";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<VecmFevdSpec> specType() {
        return VecmFevdSpec.class;
    }

    @Override
    public VecmFevdReport run(VecmFevdSpec spec, Dataset data, ProgressReporter progress) {
        VecmReport v = new VecmAnalysis().run(spec.vecm(), data, progress);
        progress.message("VECM variance decomposition at rank " + v.rank());
        int[] perm = VecmResponses.permutation(spec.vecm(), spec.order());
        double[][][] out = VecmResponses.varianceDecomposition(v, spec.horizon(), perm);
        Finite.check(out, "a variance share");
        progress.progress(1);
        return new VecmFevdReport(spec, v, out);
    }
}
