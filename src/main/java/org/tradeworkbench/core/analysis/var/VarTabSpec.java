package org.tradeworkbench.core.analysis.var;

import java.util.List;
import java.util.Objects;

/**
 * The VAR tab's choices, as a workbench file keeps them: the variables, lag order p, the lag table's maximum,
 * deterministic terms, the impulse responses' kind, Cholesky order, horizon, bands, draws and seed, and whether
 * the methods check tests causality pair by pair (the first variable against each other), and the VECM: off,
 * or at a rank ({@code vecmRank} null: the trace test's). Each analysis of the tab gets its own spec from these
 * ({@link #irf()}, {@link #fevd()}, ...).
 */
public record VarTabSpec(List<String> variables, int lags, int maxLags, VarTrend trend, IrfKind kind,
        List<String> order, int horizon, IrfBands bands, int draws, long seed, boolean pairwise, boolean vecm,
        Integer vecmRank) {

    /** What the tab says, and a workbench's export, when fewer than two variables are chosen. */
    public static final String TOO_FEW = "Tick at least two variables in the list on the left, or type "
            + "expressions, to estimate a VAR.";

    public VarTabSpec {
        variables = List.copyOf(Objects.requireNonNull(variables, "variables"));
        order = order == null ? List.of() : List.copyOf(order);
        trend = trend == null ? VarTrend.CONSTANT : trend;
        kind = kind == null ? IrfKind.ORTHOGONALISED : kind;
        bands = bands == null ? IrfBands.ASYMPTOTIC : bands;
        if (lags < 0) {
            throw new IllegalArgumentException("the lag order cannot be negative, got " + lags);
        }
    }

    /** The tab's starting choices for {@code variables}. */
    public static VarTabSpec of(List<String> variables) {
        return new VarTabSpec(variables, 2, 4, VarTrend.CONSTANT, IrfKind.ORTHOGONALISED, List.of(), 10,
                IrfBands.ASYMPTOTIC, IrfSpec.DEFAULT_DRAWS, IrfSpec.DEFAULT_SEED, false, false, null);
    }

    public VarModel model() {
        return new VarModel(variables, lags, trend, List.of());
    }

    public MethodsCheckSpec check() {
        return new MethodsCheckSpec(variables, Math.max(1, lags), trend, pairwise, pairwise ? variables.get(0) : null);
    }

    public VarSelectSpec select() {
        return new VarSelectSpec(variables, trend, List.of(), Math.max(1, maxLags));
    }

    public VarSpec var() {
        return VarSpec.of(model());
    }

    public IrfSpec irf() {
        return new IrfSpec(model(), kind, order, horizon, bands, draws, seed, IrfSpec.DEFAULT_LEVEL);
    }

    public FevdSpec fevd() {
        // The tab's bootstrap choice bands both the responses and the decomposition (which has no asymptotic bands).
        IrfBands b = bands == IrfBands.BOOTSTRAP ? IrfBands.BOOTSTRAP : IrfBands.NONE;
        return new FevdSpec(model(), order, Math.max(1, horizon), b, draws, seed, IrfSpec.DEFAULT_LEVEL);
    }

    /** Toda-Yamamoto in every direction, or null for a VAR(0). */
    public TodaYamamotoSpec todaYamamoto() {
        return lags >= 1 ? TodaYamamotoSpec.of(model()) : null;
    }

    /**
     * The VECM, or null when it is off: the VAR's order, and the Johansen case of its deterministic terms (none:
     * case 1; a constant: unrestricted, case 3; a constant and trend: the trend restricted, case 4).
     */
    public VecmSpec vecmSpec() {
        if (!vecm) {
            return null;
        }
        org.tradeworkbench.core.analysis.cointegration.JohansenCase c = switch (trend) {
            case NONE -> org.tradeworkbench.core.analysis.cointegration.JohansenCase.NONE;
            case CONSTANT -> org.tradeworkbench.core.analysis.cointegration.JohansenCase.UNRESTRICTED_CONSTANT;
            case CONSTANT_TREND -> org.tradeworkbench.core.analysis.cointegration.JohansenCase.RESTRICTED_TREND;
        };
        return new VecmSpec(variables, Math.max(1, lags), c, vecmRank);
    }

    /** The VECM's impulse responses (the tab's kind, order and horizon), or null when the VECM is off. */
    public VecmIrfSpec vecmIrf() {
        VecmSpec v = vecmSpec();
        return v == null ? null : new VecmIrfSpec(v, kind, order, horizon);
    }

    /** The VECM's variance decomposition, or null when the VECM is off. */
    public VecmFevdSpec vecmFevd() {
        VecmSpec v = vecmSpec();
        return v == null ? null : new VecmFevdSpec(v, order, Math.max(1, horizon));
    }

    /** Builds every spec, so that a choice the analyses refuse is reported before anything runs. */
    public void validate() {
        if (variables.size() < 2) {
            throw new org.tradeworkbench.core.data.DataException(TOO_FEW);
        }
        check();
        select();
        irf();
        fevd();
        todaYamamoto();
        vecmSpec();
        vecmIrf();
        vecmFevd();
    }
}
