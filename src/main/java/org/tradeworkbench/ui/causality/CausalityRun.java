package org.tradeworkbench.ui.causality;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.stats.granger.GrangerResult;
import org.tradeworkbench.core.stats.granger.Granger;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * The Granger tests behind the Causality tab, toolkit-free: both directions for every pair of variables, in the
 * order of the paper's Table 3 (for the variables a, b: "b does not Granger-cause a", then the reverse), each pair
 * on its own common sample. A pair that cannot be tested gets rows with the reason; the other pairs still run.
 */
public final class CausalityRun {
    private CausalityRun() {
    }

    /**
     * @param lags    the lag order p
     * @param allLags every order 1..p rather than p alone
     */
    public static List<CausalityRow> run(Dataset data, List<String> variables, int lags, boolean allLags,
            ProgressReporter progress) {
        if (lags < 1) {
            throw new DataException("the lag order must be at least 1, got " + lags);
        }
        List<CausalityRow> rows = new ArrayList<>();
        int pairs = variables.size() * (variables.size() - 1) / 2;
        int done = 0;
        for (int i = 0; i < variables.size(); i++) {
            for (int j = i + 1; j < variables.size(); j++) {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                String effect = variables.get(i);
                String cause = variables.get(j);
                progress.message("Granger: " + cause + " and " + effect);
                progress.progress((double) done++ / pairs);
                for (int l = allLags ? 1 : lags; l <= lags; l++) {
                    try {
                        GrangerResult r = Granger.test(data, cause, effect, l);
                        rows.add(new CausalityRow(cause, effect, l, r.forward(), null));
                        rows.add(new CausalityRow(effect, cause, l, r.reverse(), null));
                    } catch (DataException | IllegalArgumentException e) {
                        rows.add(new CausalityRow(cause, effect, l, null, e.getMessage()));
                        rows.add(new CausalityRow(effect, cause, l, null, e.getMessage()));
                    }
                }
            }
        }
        progress.progress(1);
        return rows;
    }
}
