package org.tradeworkbench.core.analysis.var;

import java.util.List;
import java.util.Objects;

/**
 * The user's choices for impulse responses: the VAR, the kind of shock, the Cholesky order of the variables
 * (empty: the VAR's order; ignored by generalised responses, which do not depend on it), the horizon H, and the
 * bands with their level, number of bootstrap draws and seed.
 */
public record IrfSpec(VarModel model, IrfKind kind, List<String> order, int horizon, IrfBands bands, int draws,
        long seed, double level) {
    public static final int DEFAULT_DRAWS = 1000;
    public static final long DEFAULT_SEED = 20261206L;
    public static final double DEFAULT_LEVEL = 0.95;
    /** The largest horizon offered. */
    public static final int MAX_HORIZON = 200;

    public IrfSpec {
        Objects.requireNonNull(model, "model");
        kind = kind == null ? IrfKind.ORTHOGONALISED : kind;
        bands = bands == null ? IrfBands.NONE : bands;
        order = order == null ? List.of() : order.stream().map(String::trim).toList();
        VarOrder.check(model, order);
        if (horizon < 0 || horizon > MAX_HORIZON) {
            throw new IllegalArgumentException("the horizon must be 0.." + MAX_HORIZON + ", got " + horizon);
        }
        if (bands == IrfBands.BOOTSTRAP && (draws < 10 || draws > 100_000)) {
            throw new IllegalArgumentException("bootstrap bands need 10..100000 draws, got " + draws);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the confidence level must be between 0 and 1, got " + level);
        }
    }

    /** Responses without bands. */
    public static IrfSpec of(VarModel model, IrfKind kind, int horizon) {
        return new IrfSpec(model, kind, List.of(), horizon, IrfBands.NONE, DEFAULT_DRAWS, DEFAULT_SEED,
                DEFAULT_LEVEL);
    }

    /** The Cholesky order in effect: the one given, or the VAR's. */
    public List<String> effectiveOrder() {
        return order.isEmpty() ? model.variables() : order;
    }
}
