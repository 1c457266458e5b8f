package org.tradeworkbench.core.analysis.stationarity;

import java.util.List;
import org.tradeworkbench.core.stats.unitroot.AdfResult;
import org.tradeworkbench.core.stats.unitroot.KpssResult;
import org.tradeworkbench.core.stats.unitroot.StationarityOrder;

/**
 * The outcome for one variable: the unit-root test shown (at the chosen order, or at the smallest rejecting one),
 * the ADF search when there was one, the KPSS test when asked for, and why a test could not be run.
 *
 * @param variable    the name or expression as the user gave it
 * @param test        the test shown, or null when it could not be run
 * @param tried       every difference tried when searching for the smallest rejecting one, in order (the last
 *                    is the one shown); empty otherwise
 * @param adf         the ADF test shown when the test is ADF, else null
 * @param search      every order tried when searching for the smallest rejecting one, or null
 * @param kpss        the KPSS test on the same difference, or null
 * @param problem     why the ADF test could not be run, or null
 * @param kpssProblem why the KPSS test could not be run, or null
 * @param presampleNote with presample values, how many observations of the sample the test still lost and why;
 *                    null when none was lost or the data were cut to the sample
 */
public record StationarityRow(String variable, UnitRootOutcome test, List<UnitRootOutcome> tried, AdfResult adf,
        StationarityOrder search, KpssResult kpss, String problem, String kpssProblem, String presampleNote) {

    public StationarityRow {
        tried = List.copyOf(tried);
    }

    public StationarityRow(String variable, UnitRootOutcome test, List<UnitRootOutcome> tried, AdfResult adf,
            StationarityOrder search, KpssResult kpss, String problem, String kpssProblem) {
        this(variable, test, tried, adf, search, kpss, problem, kpssProblem, null);
    }

    public static StationarityRow failed(String variable, String problem) {
        return new StationarityRow(variable, null, List.of(), null, null, null, problem, null);
    }

    public boolean ok() {
        return test != null;
    }

    /** Whether the test shown rejects a unit root at {@code level}. */
    public boolean stationaryAt(double level) {
        return test != null && test.rejectsAt(level);
    }
}
