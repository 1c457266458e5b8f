package org.tradeworkbench.core.analysis;

import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * One kind of analysis (a test, an estimation, a set of figures): the user's choices go in as a typed spec, the
 * numbers come out as a typed report. The GUI tab, the CLI command, Export all, the workbench file, the command
 * log and the replication all call {@link #run} with the same spec, so they all show the same report.
 *
 * @param <S> the spec: an immutable record that Jackson reads and writes ({@link AnalysisJson})
 * @param <R> the report: numbers as numbers; writers in {@code core.report} do all formatting
 */
public interface Analysis<S, R extends Report> {

    /** Short stable name, used as the workbench-file key and in messages, e.g. {@code "stationarity"}. */
    String kind();

    /** The spec's class, for reading specs from JSON. */
    Class<S> specType();

    /**
     * Runs the analysis on {@code data} (already cut to the sample the user chose; with presample values,
     * {@link Dataset#extended()} holds the rows before it, which an analysis with lags may use so that its
     * estimation sample starts at the sample's start; the others ignore them). Long loops check
     * {@link ProgressReporter#isCancelled()} and throw {@link java.util.concurrent.CancellationException}.
     * Problems with the data or the spec that concern the whole run throw
     * {@link org.tradeworkbench.core.data.DataException} or {@link IllegalArgumentException} with a message
     * naming what and where; problems of one row are reported in that row.
     */
    R run(S spec, Dataset data, ProgressReporter progress);
}
