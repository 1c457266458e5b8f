package org.tradeworkbench.core.analysis.var;

import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.analysis.cointegration.Johansen;
import org.tradeworkbench.core.analysis.cointegration.JohansenReport;
import org.tradeworkbench.core.analysis.cointegration.JohansenSpec;
import org.tradeworkbench.core.analysis.cointegration.VecmEstimates;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * A VECM at a chosen cointegrating rank, from the Johansen analysis's reduced-rank regression
 * ({@code core.analysis.cointegration}): the cointegrating vectors, adjustment coefficients, short-run
 * coefficients and the VAR in levels they imply.
 */
public final class VecmAnalysis implements Analysis<VecmSpec, VecmReport> {
    public static final String KIND = "vecm";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<VecmSpec> specType() {
        return VecmSpec.class;
    }

    @Override
    public VecmReport run(VecmSpec spec, Dataset data, ProgressReporter progress) {
        progress.message("VECM: Johansen reduced-rank regression");
        JohansenReport j;
        try {
            j = new Johansen().run(new JohansenSpec(spec.variables(), spec.lags() - 1, spec.deterministic()), data,
                    progress);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("VECM with VAR order " + spec.lags() + " (" + (spec.lags() - 1)
                    + " lagged differences): " + e.getMessage(), e);
        }
        VecmEstimates e = spec.rank() == null ? j.chosen() : j.estimates(spec.rank());
        for (double[] row : e.alpha()) {
            Finite.check(row, "an adjustment coefficient");
        }
        for (double[] row : e.beta()) {
            Finite.check(row, "a cointegrating coefficient");
        }
        java.util.List<VecmShortRunCausality.Pair> shortRun = java.util.List.of();
        String problem = null;
        try {
            shortRun = VecmShortRunCausality.pairs(spec, data);
        } catch (IllegalArgumentException | org.tradeworkbench.core.data.DataException ex) {
            problem = ex.getMessage();
        }
        progress.progress(1);
        return new VecmReport(spec, j, e, shortRun, problem);
    }
}
