package org.tradeworkbench.core.analysis.cointegration;

import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.task.ProgressReporter;

/** The Cointegration tab's analysis: the chosen test of a {@link CointegrationSpec}. */
public final class CointegrationAnalysis implements Analysis<CointegrationSpec, Report> {
    public static final String KIND = "cointegration";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<CointegrationSpec> specType() {
        return CointegrationSpec.class;
    }

    @Override
    public Report run(CointegrationSpec spec, Dataset data, ProgressReporter progress) {
        return switch (spec.method()) {
            case ENGLE_GRANGER -> new EngleGranger().run(spec.engleGranger(), data, progress);
            case JOHANSEN -> new Johansen().run(spec.johansen(), data, progress);
            case ARDL -> new Ardl().run(spec.ardl(), data, progress);
            case PHILLIPS_OULIARIS -> new PhillipsOuliaris().run(spec.phillipsOuliaris(), data, progress);
        };
    }
}
