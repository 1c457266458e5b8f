package org.tradeworkbench.core.analysis.var;

import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.stats.dist.NormalDistributions;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Impulse responses of a VAR for h = 0..H with optional bands. Orthogonalised responses are computed on the VAR
 * with its variables in the Cholesky order, then put back in the VAR's order, so that the arrays are always
 * {@code [h][response][impulse]} with the variables as the user listed them.
 */
public final class IrfAnalysis implements Analysis<IrfSpec, IrfReport> {
    public static final String KIND = "irf";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<IrfSpec> specType() {
        return IrfSpec.class;
    }

    @Override
    public IrfReport run(IrfSpec spec, Dataset data, ProgressReporter progress) {
        if (spec.bands() == IrfBands.ASYMPTOTIC && spec.kind() == IrfKind.GENERALISED) {
            throw new IllegalArgumentException("asymptotic bands are available for orthogonalised and unit-shock "
                    + "responses; choose bootstrap bands for generalised responses");
        }
        progress.message("Impulse responses: estimating the VAR(" + spec.model().lags() + ")");
        int[] perm = VarOrder.permutation(spec.model(), spec.order());
        VarData d = VarOrder.reorder(VarData.of(data, spec.model()), perm);
        VarFit fit = VarAnalysis.fit(d, spec.model());
        double[][][] resp = ImpulseResponses.responses(fit, spec.kind(), spec.horizon());
        Finite.check(resp, "an impulse response");
        double[][][] lower = null;
        double[][][] upper = null;
        int failed = 0;
        switch (spec.bands()) {
            case NONE -> {
            }
            case ASYMPTOTIC -> {
                double[][][] se = AsymptoticIrf.stderr(fit, spec.kind() == IrfKind.ORTHOGONALISED, spec.horizon());
                Finite.check(se, "a standard error of an impulse response");
                double z = normalQuantile((1 + spec.level()) / 2);
                lower = new double[se.length][fit.k()][fit.k()];
                upper = new double[se.length][fit.k()][fit.k()];
                for (int h = 0; h < se.length; h++) {
                    for (int r = 0; r < fit.k(); r++) {
                        for (int i = 0; i < fit.k(); i++) {
                            lower[h][r][i] = resp[h][r][i] - z * se[h][r][i];
                            upper[h][r][i] = resp[h][r][i] + z * se[h][r][i];
                        }
                    }
                }
            }
            case BOOTSTRAP -> {
                BootstrapIrf.Bands b = BootstrapIrf.bands(d, fit, spec.kind(), spec.horizon(), spec.draws(),
                        spec.seed(), spec.level(), progress);
                lower = b.lower();
                upper = b.upper();
                failed = b.failed();
            }
        }
        progress.progress(1);
        return new IrfReport(spec, fit.nobs(), fit.firstPeriod(), fit.lastPeriod(), VarOrder.restore(resp, perm),
                lower == null ? null : VarOrder.restore(lower, perm),
                upper == null ? null : VarOrder.restore(upper, perm), failed);
    }

    /** Inverse of the standard normal distribution function by bisection on its cdf (a few dozen steps). */
    static double normalQuantile(double q) {
        double lo = -40;
        double hi = 40;
        for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
            double mid = (lo + hi) / 2;
            if (NormalDistributions.cdf(mid) < q) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
