package org.tradeworkbench.core.analysis.var;

import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/** Impulse responses of a VECM at a chosen cointegrating rank: those of the VAR in levels it implies. */
public final class VecmIrfAnalysis implements Analysis<VecmIrfSpec, VecmIrfReport> {
    public static final String KIND = "vecm-irf";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<VecmIrfSpec> specType() {
        return VecmIrfSpec.class;
    }

    @Override
    public VecmIrfReport run(VecmIrfSpec spec, Dataset data, ProgressReporter progress) {
        VecmReport v = new VecmAnalysis().run(spec.vecm(), data, progress);
        progress.message("VECM impulse responses at rank " + v.rank());
        int[] perm = VecmResponses.permutation(spec.vecm(), spec.order());
        double[][][] out = VecmResponses.responses(v, spec.kind(), spec.horizon(), perm);
        Finite.check(out, "an impulse response");
        progress.progress(1);
        return new VecmIrfReport(spec, v, out);
    }
}
