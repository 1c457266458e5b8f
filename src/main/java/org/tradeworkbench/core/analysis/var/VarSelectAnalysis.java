package org.tradeworkbench.core.analysis.var;

import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/** The lag-order table of a VAR: AIC, BIC, HQ and FPE for p = 0..max on a common sample (statsmodels' select_order). */
public final class VarSelectAnalysis implements Analysis<VarSelectSpec, VarSelectReport> {
    public static final String KIND = "varselect";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<VarSelectSpec> specType() {
        return VarSelectSpec.class;
    }

    @Override
    public VarSelectReport run(VarSelectSpec spec, Dataset data, ProgressReporter progress) {
        progress.message("VAR lag order: fitting p = 0.." + spec.maxLags());
        VarData d = VarData.of(data, spec.model());
        VarAnalysis.requireVarying(d);
        LagOrderTable t = LagOrderTable.compute(d, spec.maxLags(), spec.trend(), progress);
        for (double[] row : t.rows()) {
            Finite.check(row, "an information criterion");
        }
        return new VarSelectReport(spec, t, d.labels()[spec.maxLags()], d.labels()[d.size() - 1]);
    }
}
