package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.data.Dataset;

/**
 * The short-run Granger causality test inside a VECM, as statsmodels' {@code VECMResults.test_granger_causality}
 * (Lütkepohl 2005, 7.6.3): the VAR in levels one lag longer than the VECM's order p, with the VECM's deterministic
 * terms unrestricted; the Wald statistic on the causing variables' first p lags in the caused equations, with the
 * ML residual covariance (divided by T), in F form: {@code F = W / N} against {@code F(N, K (T - m))}. The extra
 * lag keeps the statistic's limit distribution whatever the cointegration (Dolado and Lütkepohl 1996).
 */
public final class VecmShortRunCausality {
    private VecmShortRunCausality() {
    }

    /** One test: {@code causing} does not Granger-cause {@code caused} in the short run. */
    public record Pair(String causing, String caused, double f, int df, int dfDenom, double pValue) {
    }

    /** Every ordered pair of the VECM's variables. */
    static List<Pair> pairs(VecmSpec spec, Dataset data) {
        VarTrend trend = switch (spec.deterministic()) {
            case NONE -> VarTrend.NONE;
            case RESTRICTED_CONSTANT, UNRESTRICTED_CONSTANT -> VarTrend.CONSTANT;
            case RESTRICTED_TREND, UNRESTRICTED_TREND -> VarTrend.CONSTANT_TREND;
        };
        VarModel m = new VarModel(spec.variables(), spec.lags() + 1, trend, List.of());
        VarFit fit = VarAnalysis.fit(VarData.of(data, m), m);
        // Causality.test uses U'U / (T - m); statsmodels' VECM test the ML U'U / T.
        double scale = (double) fit.nobs() / fit.dfResid();
        List<Pair> out = new ArrayList<>();
        for (String caused : spec.variables()) {
            for (String causing : spec.variables()) {
                if (causing.equals(caused)) {
                    continue;
                }
                Causality.Result r = Causality.test(fit, List.of(causing), List.of(caused), spec.lags());
                double f = r.wald() * scale / r.df();
                Finite.check(f, "a short-run causality statistic");
                out.add(new Pair(causing, caused, f, r.df(), r.dfDenom(),
                        org.tradeworkbench.core.stats.ols.Distributions.fUpper(f, r.df(), r.dfDenom())));
            }
        }
        return out;
    }
}
