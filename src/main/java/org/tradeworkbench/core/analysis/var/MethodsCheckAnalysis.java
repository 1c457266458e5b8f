package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.stats.granger.Granger;
import org.tradeworkbench.core.stats.granger.GrangerStatistic;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Says, before a causality test is read, what the data allow: the variables' orders of integration (ADF and
 * KPSS), the observations against the coefficients of the VARs the tests need, and which test is valid — the
 * Granger F test on stationary variables; on integrated ones the F test in levels has a non-standard distribution
 * (Sims, Stock and Watson 1990; Toda and Phillips 1993), so Toda-Yamamoto (or a VECM when the variables are
 * cointegrated) is the valid one. For every direction it runs the levels Granger F test beside the valid test.
 */
public final class MethodsCheckAnalysis implements Analysis<MethodsCheckSpec, MethodsCheckReport> {
    public static final String KIND = "methods-check";
    /** Below this many residual degrees of freedom per equation the tests' distributions are poor guides. */
    public static final int FEW_DF = 10;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<MethodsCheckSpec> specType() {
        return MethodsCheckSpec.class;
    }

    @Override
    public MethodsCheckReport run(MethodsCheckSpec spec, Dataset data, ProgressReporter progress) {
        progress.message("Methods check: orders of integration");
        List<IntegrationOrders.Order> orders = IntegrationOrders.of(data, spec.variables(), spec.trend(),
                ProgressReporter.NONE);
        List<MethodsCheckReport.Direction> rows = new ArrayList<>();
        List<String> vars = spec.variables();
        List<List<String>> systems = new ArrayList<>();
        if (spec.pairwise()) {
            for (int i = 0; i < vars.size(); i++) {
                for (int j = i + 1; j < vars.size(); j++) {
                    String f = spec.focus();
                    if (f == null || f.equals(vars.get(i))) {
                        systems.add(List.of(vars.get(i), vars.get(j)));
                    } else if (f.equals(vars.get(j))) {
                        systems.add(List.of(vars.get(j), vars.get(i)));
                    }
                }
            }
        } else {
            systems.add(vars);
        }
        List<MethodsCheckReport.Sample> samples = new ArrayList<>();
        for (List<String> sys : systems) {
            Integer dMax = dMax(orders, sys);
            MethodsCheckReport.Sample s = sample(data, sys, spec, dMax);
            samples.add(s);
            for (String caused : sys) {
                for (String causing : sys) {
                    if (!causing.equals(caused)) {
                        rows.add(direction(data, spec, sys, causing, caused, dMax));
                    }
                }
            }
        }
        progress.progress(1);
        return new MethodsCheckReport(spec, orders, samples, rows);
    }

    static Integer dMax(List<IntegrationOrders.Order> orders, List<String> sys) {
        List<IntegrationOrders.Order> mine = orders.stream().filter(o -> sys.contains(o.variable())).toList();
        return IntegrationOrders.maxOrder(mine);
    }

    private static MethodsCheckReport.Sample sample(Dataset data, List<String> sys, MethodsCheckSpec spec,
            Integer dMax) {
        int k = sys.size();
        int det = spec.trend().terms();
        try {
            int lagsNeeded = spec.lags() + (dMax == null ? 0 : dMax);
            VarData d = VarData.of(data, new VarModel(sys, lagsNeeded, spec.trend(), List.of()));
            int n = d.size();
            int coefficients = k * lagsNeeded + det;
            int df = n - lagsNeeded - coefficients;
            return new MethodsCheckReport.Sample(sys, n, d.labels()[0], d.labels()[n - 1], lagsNeeded, coefficients,
                    df, null);
        } catch (DataException | IllegalArgumentException e) {
            return new MethodsCheckReport.Sample(sys, 0, "", "", spec.lags(), k * spec.lags() + det, 0, e.getMessage());
        }
    }

    private static MethodsCheckReport.Direction direction(Dataset data, MethodsCheckSpec spec, List<String> sys,
            String causing, String caused, Integer dMax) {
        GrangerStatistic levels = null;
        String levelsProblem = null;
        try {
            if (sys.size() == 2) {
                levels = Granger.test(data, causing, caused, spec.lags()).forward();
            }
        } catch (DataException | IllegalArgumentException e) {
            levelsProblem = e.getMessage();
        }
        Causality.Result valid = null;
        String validProblem = null;
        if (dMax == null) {
            validProblem = "the order of integration is not known, so no test can be called valid";
        } else {
            try {
                VarModel m = new VarModel(sys, spec.lags(), spec.trend(), List.of());
                VarFit fit = VarAnalysis.fit(VarData.of(data, m.withLags(spec.lags() + dMax)),
                        m.withLags(spec.lags() + dMax));
                valid = Causality.test(fit, List.of(causing), List.of(caused), spec.lags());
                Finite.check(valid.wald(), "the Wald statistic");
            } catch (DataException | IllegalArgumentException e) {
                validProblem = e.getMessage();
                valid = null;
            }
        }
        return new MethodsCheckReport.Direction(causing, caused, dMax, levels, levelsProblem, valid, validProblem);
    }
}
