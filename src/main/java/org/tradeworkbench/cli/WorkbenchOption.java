package org.tradeworkbench.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Presample;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.workbench.WorkbenchFile;
import org.tradeworkbench.core.workbench.WorkbenchStore;

/**
 * {@code --workbench FILE}: a saved workbench as the data of a command, in place of {@code --data}. The command
 * sees the workbench's data with the user's edits and generated series; its sample range applies unless
 * {@code --from}/{@code --to} are given.
 */
final class WorkbenchOption {
    private WorkbenchOption() {
    }

    /** The workbench named by {@code --workbench}, if given; refuses {@code --data} beside it. */
    static Optional<WorkbenchFile> file(Args args) {
        Optional<String> f = args.opt("workbench");
        if (f.isEmpty()) {
            return Optional.empty();
        }
        if (args.opt("data").isPresent()) {
            throw new UsageException(args.command() + ": give either --data or --workbench, not both");
        }
        return Optional.of(WorkbenchStore.open(Path.of(f.get())));
    }

    /** The workbench's whole dataset (no sample applied), if {@code --workbench} is given. */
    static Optional<Dataset> dataset(Args args) {
        return file(args).map(wb -> wb.dataset().toDataset());
    }

    /**
     * The workbench's data restricted to the sample ({@code --from}/{@code --to}, else the workbench's own), with
     * generated series recomputed on the sample as the desktop app does, if {@code --workbench} is given.
     */
    static Optional<Dataset> sampled(Args args) {
        return sampled(args, Optional.empty());
    }

    /** As {@link #sampled(Args)}, with the presample convention given on the command line in place of the file's. */
    static Optional<Dataset> sampled(Args args, Optional<Presample> presample) {
        Optional<WorkbenchFile> wb = file(args);
        if (wb.isEmpty()) {
            return Optional.empty();
        }
        Dataset d = wb.get().dataset().toDataset();
        Optional<String> from = args.opt("from");
        Optional<String> to = args.opt("to");
        SampleRange range = from.isPresent() || to.isPresent()
                ? SampleRange.parse(from.orElse(null), to.orElse(null), d.index())
                : SampleRange.parse(wb.get().sampleFrom(), wb.get().sampleTo(), d.index());
        return Optional.of(Expressions.sampled(d, range.withPresample(presample.orElse(wb.get().presample()))));
    }
}
