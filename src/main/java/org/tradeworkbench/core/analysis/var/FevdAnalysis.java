package org.tradeworkbench.core.analysis.var;

import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Forecast-error variance decomposition from orthogonalised (Cholesky) shocks, 1..H steps ahead, with optional
 * bootstrap bands drawn as the impulse responses' (residual resampling, in parallel, seeded per draw).
 */
public final class FevdAnalysis implements Analysis<FevdSpec, FevdReport> {
    public static final String KIND = "fevd";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<FevdSpec> specType() {
        return FevdSpec.class;
    }

    @Override
    public FevdReport run(FevdSpec spec, Dataset data, ProgressReporter progress) {
        progress.message("Variance decomposition: estimating the VAR(" + spec.model().lags() + ")");
        int[] perm = VarOrder.permutation(spec.model(), spec.order());
        VarData d = VarOrder.reorder(VarData.of(data, spec.model()), perm);
        VarFit fit = VarAnalysis.fit(d, spec.model());
        double[][][] shares = ImpulseResponses.varianceDecomposition(fit, spec.horizon());
        Finite.check(shares, "a variance share");
        double[][][] lower = null;
        double[][][] upper = null;
        int failed = 0;
        if (spec.bands() == IrfBands.BOOTSTRAP) {
            BootstrapIrf.Bands b = BootstrapIrf.bands(d, fit, f -> ImpulseResponses.varianceDecomposition(f,
                    spec.horizon()), "variance decomposition", spec.draws(), spec.seed(), spec.level(), progress);
            lower = VarOrder.restore(b.lower(), perm);
            upper = VarOrder.restore(b.upper(), perm);
            failed = b.failed();
        }
        progress.progress(1);
        return new FevdReport(spec, fit.nobs(), fit.firstPeriod(), fit.lastPeriod(), VarOrder.restore(shares, perm),
                lower, upper, failed);
    }
}
