package org.tradeworkbench.core.analysis.tabs;

import org.tradeworkbench.core.analysis.AnalysisJson;
import org.tradeworkbench.core.analysis.TypedExpressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.tradeworkbench.core.analysis.causality.CausalityAnalysis;
import org.tradeworkbench.core.analysis.causality.CausalitySpec;
import org.tradeworkbench.core.analysis.cointegration.CointegrationAnalysis;
import org.tradeworkbench.core.analysis.cointegration.ArdlSpec;
import org.tradeworkbench.core.analysis.cointegration.CointegrationMethod;
import org.tradeworkbench.core.analysis.cointegration.CointegrationSpec;
import org.tradeworkbench.core.analysis.cointegration.EngleGrangerSpec;
import org.tradeworkbench.core.analysis.cointegration.EngleGrangerTrend;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisDemean;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisLag;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisSpec;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisType;
import org.tradeworkbench.core.analysis.cointegration.JohansenCase;
import org.tradeworkbench.core.analysis.cointegration.JohansenSpec;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;
import org.tradeworkbench.core.analysis.regression.ModelTerms;
import org.tradeworkbench.core.analysis.replication.ReplicationAnalysis;
import org.tradeworkbench.core.analysis.replication.ReplicationSpec;
import org.tradeworkbench.core.analysis.regression.RegressionAnalysis;
import org.tradeworkbench.core.analysis.regression.RegressionSpec;
import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.StationarityAnalysis;
import org.tradeworkbench.core.analysis.stationarity.StationaritySpec;
import org.tradeworkbench.core.analysis.stationarity.UnitRootKind;
import org.tradeworkbench.core.analysis.var.VarTabAnalysis;
import org.tradeworkbench.core.analysis.var.VarTabSpec;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.task.ProgressReporter;
import org.tradeworkbench.core.workbench.WorkbenchFile;

/**
 * The analysis tabs of a workbench file run without the app: each tab's spec as the file keeps it (its
 * {@code spec} member; for files written before there was one, read from the tab's own settings as the tab
 * reads them), run on the file's data cut to its sample. What Export all and the command line need to show what
 * the tabs show.
 */
public final class WorkbenchAnalyses {
    /** The tabs' ids in workbench files, in the order of the tabs. */
    public static final List<String> PANELS = List.of(StationarityAnalysis.KIND, RegressionAnalysis.KIND,
            CausalityAnalysis.KIND);
    /**
     * Tabs run only when the file has their settings: the VAR and Cointegration tabs are newer than some files
     * and, never opened, have none; the app's Export all then has no section for them either (a tab never built
     * shows nothing).
     */
    public static final List<String> OPTIONAL_PANELS = List.of(VarTabAnalysis.PANEL, CointegrationAnalysis.KIND);
    private static final String SPEC = "spec";

    private WorkbenchAnalyses() {
    }

    /**
     * One tab's outcome: its spec and report, or why there is none (nothing chosen, settings that cannot be
     * read, a run that failed as a whole).
     */
    public record Outcome(String panel, Object spec, Report report, String problem) {
    }

    /** Every analysis tab of {@code wb}, in tab order. */
    public static List<Outcome> run(WorkbenchFile wb, ProgressReporter progress) {
        Dataset all = wb.dataset().toDataset();
        SampleRange range = SampleRange.parse(wb.sampleFrom(), wb.sampleTo(), all.index()).withPresample(wb.presample());
        Dataset data = Expressions.sampled(all, range);
        List<Outcome> out = new ArrayList<>();
        List<String> panels = new ArrayList<>(PANELS);
        for (String optional : OPTIONAL_PANELS) {
            if (wb.panels().get(optional) != null) {
                panels.add(optional);
            }
        }
        for (String panel : panels) {
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            Object spec = null;
            try {
                spec = spec(panel, wb.panels().get(panel), wb.selectedVariables(), all);
                out.add(new Outcome(panel, spec, run(panel, spec, data, progress), null));
            } catch (DataException | IllegalArgumentException e) {
                out.add(new Outcome(panel, spec, null, e.getMessage()));
            }
        }
        return out;
    }

    /**
     * The Replication tab's spec as {@code wb} keeps it: the paper's definitions when the tab was never changed.
     * A spec that cannot be read is an error naming the tab.
     */
    public static ReplicationSpec replicationSpec(WorkbenchFile wb) {
        Map<String, Object> m = wb.panels().get(ReplicationAnalysis.KIND);
        if (m == null || m.get(SPEC) == null) {
            return ReplicationSpec.DEFAULT;
        }
        try {
            return AnalysisJson.fromPlain(m.get(SPEC), ReplicationSpec.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the Replication tab's saved settings: " + e.getMessage(), e);
        }
    }

    private static Report run(String panel, Object spec, Dataset data, ProgressReporter progress) {
        return switch (panel) {
            case StationarityAnalysis.KIND -> {
                StationaritySpec s = (StationaritySpec) spec;
                if (s.variables().isEmpty()) {
                    throw new DataException("no variable chosen");
                }
                yield new StationarityAnalysis().run(s, data, progress);
            }
            case CausalityAnalysis.KIND -> new CausalityAnalysis().run((CausalitySpec) spec, data, progress);
            case CointegrationAnalysis.KIND -> new CointegrationAnalysis().run((CointegrationSpec) spec, data,
                    progress);
            case VarTabAnalysis.PANEL -> new VarTabAnalysis().run((VarTabSpec) spec, data, progress);
            default -> new RegressionAnalysis().run((RegressionSpec) spec, data, progress);
        };
    }

    /**
     * The spec of tab {@code panel} in its saved {@code settings} (null: the tab was never set, so its defaults
     * with the ticked variables).
     */
    static Object spec(String panel, Map<String, Object> settings, List<String> ticked, Dataset data) {
        Map<String, Object> m = settings == null ? Map.of() : settings;
        Class<?> type = switch (panel) {
            case StationarityAnalysis.KIND -> StationaritySpec.class;
            case CausalityAnalysis.KIND -> CausalitySpec.class;
            case CointegrationAnalysis.KIND -> CointegrationSpec.class;
            case VarTabAnalysis.PANEL -> VarTabSpec.class;
            default -> RegressionSpec.class;
        };
        if (m.get(SPEC) != null) {
            return AnalysisJson.fromPlain(m.get(SPEC), type);
        }
        List<String> vars = TypedExpressions.combine(bool(m, "useTicked", true) ? ticked : List.of(),
                text(m, "typed", ""));
        return switch (panel) {
            case StationarityAnalysis.KIND -> new StationaritySpec(vars,
                    choice(m, "test", UnitRootKind.class, StationaritySpec.DEFAULT.test()),
                    choice(m, "trend", UnitRootTrend.class, StationaritySpec.DEFAULT.trend()),
                    choice(m, "difference", DifferenceChoice.class, StationaritySpec.DEFAULT.difference()),
                    choice(m, "lags", LagChoice.class, StationaritySpec.DEFAULT.lags()), integer(m, "fixedLags", 0),
                    bool(m, "defaultMaxLag", true) ? null : integer(m, "maxLag", 4), bool(m, "kpss", false));
            case CausalityAnalysis.KIND -> new CausalitySpec(vars, integer(m, "lags", 2), bool(m, "allLags", false));
            case CointegrationAnalysis.KIND -> cointegration(m, vars);
            case VarTabAnalysis.PANEL -> VarTabSpec.of(vars);
            default -> regression(m, data);
        };
    }

    /** The Cointegration tab's settings as the tab reads them (its defaults where one is missing). */
    private static CointegrationSpec cointegration(Map<String, Object> m, List<String> vars) {
        if (vars.size() < 2) {
            throw new DataException("fewer than two variables chosen");
        }
        return switch (choice(m, "method", CointegrationMethod.class, CointegrationMethod.ENGLE_GRANGER)) {
            case ENGLE_GRANGER -> {
                EngleGrangerTrend trend = choice(m, "egTrend", EngleGrangerTrend.class, EngleGrangerTrend.CONSTANT);
                yield CointegrationSpec.of(bool(m, "egAutomatic", true)
                        ? new EngleGrangerSpec(vars, trend, null, choice(m, "egCriterion", LagCriterion.class,
                                LagCriterion.AIC), bool(m, "egDefaultMaxLag", true) ? null : integer(m, "egMaxLag", 2))
                        : new EngleGrangerSpec(vars, trend, integer(m, "egLags", 1), null, null));
            }
            case JOHANSEN -> CointegrationSpec.of(new JohansenSpec(vars, integer(m, "johansenLags", 1),
                    choice(m, "johansenCase", JohansenCase.class, JohansenCase.UNRESTRICTED_CONSTANT)));
            case ARDL -> CointegrationSpec.of(new ArdlSpec(vars, integer(m, "ardlMaxLag", 2),
                    choice(m, "ardlCriterion", LagCriterion.class, LagCriterion.AIC), integer(m, "ardlCase", 3)));
            case PHILLIPS_OULIARIS -> CointegrationSpec.of(new PhillipsOuliarisSpec(vars,
                    choice(m, "poType", PhillipsOuliarisType.class, PhillipsOuliarisType.PU),
                    choice(m, "poDemean", PhillipsOuliarisDemean.class, PhillipsOuliarisDemean.NONE),
                    choice(m, "poLag", PhillipsOuliarisLag.class, PhillipsOuliarisLag.SHORT), null));
        };
    }

    private static RegressionSpec regression(Map<String, Object> m, Dataset data) {
        if (text(m, "dependent", "").isBlank()) {
            throw new DataException("no dependent variable chosen");
        }
        List<ModelTerms.Regressor> xs = new ArrayList<>();
        if (m.get("regressors") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> r && r.get("expression") instanceof String e && !e.isBlank()
                        && Boolean.TRUE.equals(r.get("included"))
                        && (Boolean.TRUE.equals(r.get("typed")) || data.has(e))) {
                    xs.add(new ModelTerms.Regressor(e, r.get("lags") instanceof Number n ? n.intValue() : 0));
                }
            }
        }
        return new RegressionSpec(text(m, "dependent", ""), integer(m, "dependentLags", 0), xs,
                bool(m, "constant", true), choice(m, "covariance", CovarianceType.class, CovarianceType.CLASSICAL),
                bool(m, "autoHacLags", true) ? -1 : integer(m, "hacLags", 2), integer(m, "bgOrder", 1));
    }

    private static boolean bool(Map<String, Object> m, String key, boolean otherwise) {
        return m.get(key) instanceof Boolean b ? b : otherwise;
    }

    private static String text(Map<String, Object> m, String key, String otherwise) {
        return m.get(key) instanceof String s ? s : otherwise;
    }

    private static int integer(Map<String, Object> m, String key, int otherwise) {
        return m.get(key) instanceof Number n ? n.intValue() : otherwise;
    }

    private static <E extends Enum<E>> E choice(Map<String, Object> m, String key, Class<E> type, E otherwise) {
        if (!(m.get(key) instanceof String s)) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " \"" + s + "\" is not one of the choices of the tab");
        }
    }
}
