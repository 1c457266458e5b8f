package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Toda and Yamamoto (1995): a VAR in levels with p + d_max lags; the Wald test that the first p lags of the
 * causing variables are zero in the caused variables' equations is chi-square with the number of restrictions
 * whatever the variables' orders of integration (up to d_max) and cointegration. The extra lags are not tested.
 */
public final class TodaYamamotoAnalysis implements Analysis<TodaYamamotoSpec, TodaYamamotoReport> {
    public static final String KIND = "toda-yamamoto";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<TodaYamamotoSpec> specType() {
        return TodaYamamotoSpec.class;
    }

    @Override
    public TodaYamamotoReport run(TodaYamamotoSpec spec, Dataset data, ProgressReporter progress) {
        VarModel m = spec.model();
        List<IntegrationOrders.Order> orders = List.of();
        int dMax;
        if (spec.dMax() != null) {
            dMax = spec.dMax();
        } else {
            // A sample too short for the VAR(p) itself is said so, before the unit-root tests fail on it.
            VarData levels = VarData.of(data, m);
            VarAnalysis.requireVarying(levels);
            VarFit.requireRows(levels, m.lags(), m.trend(), 0);
            progress.message("Toda-Yamamoto: orders of integration by ADF and KPSS");
            orders = IntegrationOrders.of(data, m.variables(), m.trend(), ProgressReporter.NONE);
            Integer max = IntegrationOrders.maxOrder(orders);
            if (max == null) {
                List<String> why = new ArrayList<>();
                for (IntegrationOrders.Order o : orders) {
                    if (o.order() == null) {
                        why.add(o.variable() + ": " + o.problem());
                    }
                }
                throw new DataException("d_max cannot be taken from the unit-root tests (" + String.join("; ", why)
                        + "); give d_max");
            }
            dMax = max;
        }
        progress.message("Toda-Yamamoto: VAR(" + (m.lags() + dMax) + ") in levels");
        VarData d = VarData.of(data, m.withLags(m.lags() + dMax));
        VarFit fit = VarAnalysis.fit(d, m.withLags(m.lags() + dMax));
        List<Causality.Result> tests = new ArrayList<>();
        if (spec.causing().isEmpty()) {
            for (String caused : m.variables()) {
                for (String causing : m.variables()) {
                    if (!causing.equals(caused)) {
                        tests.add(checked(Causality.test(fit, List.of(causing), List.of(caused), m.lags())));
                    }
                }
            }
        } else {
            tests.add(checked(Causality.test(fit, spec.causing(), spec.caused(), m.lags())));
        }
        progress.progress(1);
        return new TodaYamamotoReport(spec, dMax, orders, fit.nobs(), fit.firstPeriod(), fit.lastPeriod(), tests);
    }

    private static Causality.Result checked(Causality.Result r) {
        Finite.check(r.wald(), "the Wald statistic of " + String.join(", ", r.causing()) + " on "
                + String.join(", ", r.caused()));
        return r;
    }
}
