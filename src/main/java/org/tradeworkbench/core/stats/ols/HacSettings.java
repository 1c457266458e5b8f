package org.tradeworkbench.core.stats.ols;

/**
 * The HAC choices beyond the kernel and the lags.
 *
 * @param bandwidth how the bandwidth is chosen (null reads as fixed, so that older specs keep their meaning)
 * @param prewhite  VAR(1) prewhitening of the scores before smoothing, recoloured after (Andrews and Monahan 1992)
 * @param adjust    the small-sample factor n/(n - k)
 */
public record HacSettings(HacBandwidth bandwidth, boolean prewhite, boolean adjust) {
    public static final HacSettings FIXED = new HacSettings(HacBandwidth.FIXED, false, false);

    public HacSettings {
        if (bandwidth == null) {
            bandwidth = HacBandwidth.FIXED;
        }
    }
}
