package org.tradeworkbench.core.analysis.var;

import java.util.List;
import java.util.Objects;

/**
 * The user's choices for a forecast-error variance decomposition: the VAR, the Cholesky order of the
 * orthogonalised shocks (empty: the VAR's order), the horizon H (1..H steps ahead), and bootstrap bands (none or
 * bootstrap) with their number of draws, seed and level.
 */
public record FevdSpec(VarModel model, List<String> order, int horizon, IrfBands bands, int draws, long seed,
        double level) {

    public FevdSpec {
        Objects.requireNonNull(model, "model");
        order = order == null ? List.of() : order.stream().map(String::trim).toList();
        bands = bands == null ? IrfBands.NONE : bands;
        VarOrder.check(model, order);
        if (horizon < 1 || horizon > IrfSpec.MAX_HORIZON) {
            throw new IllegalArgumentException("the horizon must be 1.." + IrfSpec.MAX_HORIZON + ", got " + horizon);
        }
        if (bands == IrfBands.ASYMPTOTIC) {
            throw new IllegalArgumentException("variance-decomposition bands are bootstrap bands; choose bootstrap "
                    + "or none");
        }
        if (bands == IrfBands.BOOTSTRAP) {
            if (draws < 10 || draws > 100_000) {
                throw new IllegalArgumentException("bootstrap bands need 10..100000 draws, got " + draws);
            }
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("the confidence level must be between 0 and 1, got " + level);
            }
        }
    }

    /** Without bands. */
    public FevdSpec(VarModel model, List<String> order, int horizon) {
        this(model, order, horizon, IrfBands.NONE, IrfSpec.DEFAULT_DRAWS, IrfSpec.DEFAULT_SEED, IrfSpec.DEFAULT_LEVEL);
    }

    public List<String> effectiveOrder() {
        return order.isEmpty() ? model.variables() : order;
    }
}
