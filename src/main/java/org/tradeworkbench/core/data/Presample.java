package org.tradeworkbench.core.data;

import java.util.Locale;

/**
 * What the observations before a sample's start are for when a test needs lags. {@link #CUT}: the data are cut
 * to the sample first, so lags (and differences) use up the first observations of the sample and the estimation
 * sample starts later. {@link #USE}: they are presample values, as in EViews, so series and their lags are
 * computed from the whole data and the estimation sample is the sample chosen (when enough presample values
 * exist; otherwise the first observations are lost and the result says how many).
 */
public enum Presample {
    CUT, USE;

    /** {@code cut} or {@code use}, as the command line and the workbench file write it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code cut} or {@code use} (any case); null or blank is {@link #CUT}, the convention of older files. */
    public static Presample parse(String text) {
        if (text == null || text.isBlank()) {
            return CUT;
        }
        for (Presample p : values()) {
            if (p.code().equalsIgnoreCase(text.trim())) {
                return p;
            }
        }
        throw new DataException("presample \"" + text + "\" is neither cut (lags use up the sample's first "
                + "observations) nor use (values before the sample start serve as lags)");
    }

    /** What the tables' notes say. */
    public String describe() {
        return this == USE ? "values before the sample start used as presample lags"
                : "data cut to the sample before lags and differences";
    }
}
