package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * The VAR tab's analyses in the order it shows them: the methods check, then the lag table, the VAR,
 * Toda-Yamamoto, the variance decomposition and the impulse responses (last: their bootstrap takes longest). The
 * tab runs {@link #check} and {@link #models} as two jobs so that the check shows first; a workbench's export
 * runs both through {@link #run}.
 */
public final class VarTabAnalysis implements Analysis<VarTabSpec, VarTabReport> {
    public static final String KIND = "var-tab";
    /** The tab's id in workbench files. */
    public static final String PANEL = "var";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<VarTabSpec> specType() {
        return VarTabSpec.class;
    }

    @Override
    public VarTabReport run(VarTabSpec spec, Dataset data, ProgressReporter progress) {
        spec.validate();
        MethodsCheckReport c = new MethodsCheckAnalysis().run(spec.check(), data, ProgressReporter.NONE);
        return models(spec, data, progress).withCheck(c);
    }

    public static MethodsCheckReport check(VarTabSpec spec, Dataset data, ProgressReporter progress) {
        return new MethodsCheckAnalysis().run(spec.check(), data, progress);
    }

    /** Every analysis but the methods check; each failure is a line of the problems, the others still run. */
    public static VarTabReport models(VarTabSpec spec, Dataset data, ProgressReporter progress) {
        List<String> problems = new ArrayList<>();
        VarSelectReport s = part("Lag-order table", problems, progress,
                () -> new VarSelectAnalysis().run(spec.select(), data, ProgressReporter.NONE));
        VarReport v = part("VAR(" + spec.lags() + ")", problems, progress,
                () -> new VarAnalysis().run(spec.var(), data, ProgressReporter.NONE));
        TodaYamamotoSpec ty = spec.todaYamamoto();
        TodaYamamotoReport t = ty == null ? null : part("Toda-Yamamoto", problems, progress,
                () -> new TodaYamamotoAnalysis().run(ty, data, ProgressReporter.NONE));
        FevdReport f = part("Variance decomposition", problems, progress,
                () -> new FevdAnalysis().run(spec.fevd(), data, progress));
        VecmSpec vs = spec.vecmSpec();
        VecmReport e = vs == null ? null : part("VECM", problems, progress,
                () -> new VecmAnalysis().run(vs, data, ProgressReporter.NONE));
        VecmIrfReport ei = e == null ? null : part("VECM impulse responses", problems, progress,
                () -> new VecmIrfAnalysis().run(spec.vecmIrf(), data, ProgressReporter.NONE));
        VecmFevdReport ef = e == null ? null : part("VECM variance decomposition", problems, progress,
                () -> new VecmFevdAnalysis().run(spec.vecmFevd(), data, ProgressReporter.NONE));
        IrfReport i = part("Impulse responses", problems, progress,
                () -> new IrfAnalysis().run(spec.irf(), data, progress));
        return new VarTabReport(spec, null, s, v, t, i, f, e, ei, ef, problems);
    }

    private static <R> R part(String what, List<String> problems, ProgressReporter progress, Supplier<R> run) {
        if (progress.isCancelled()) {
            throw new CancellationException();
        }
        try {
            return run.get();
        } catch (DataException | IllegalArgumentException e) {
            problems.add(what + ": " + e.getMessage());
            return null;
        }
    }
}
