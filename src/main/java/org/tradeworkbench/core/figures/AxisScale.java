package org.tradeworkbench.core.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * A value axis laid out in advance: its lower and upper bound and the step between round ticks (1, 2 or 5 times a
 * power of ten). The SVG writer and the PNG drawing both use it where a figure fixes its axes (a chart with a
 * right axis, a scatter plot), so the two files have the same ticks.
 */
public record AxisScale(double min, double max, double step) {

    public AxisScale {
        if (!(max > min) || !(step > 0) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("an axis needs finite bounds min < max and a positive step, got "
                    + min + ".." + max + " step " + step);
        }
    }

    /** Round bounds and about {@code target} ticks covering {@code lo..hi} (a single value gets room around it). */
    public static AxisScale nice(double lo, double hi, int target) {
        if (hi <= lo) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        }
        double raw = (hi - lo) / Math.max(1, target - 1);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
        double min = Math.floor(lo / step) * step;
        double max = Math.ceil(hi / step) * step;
        if (max <= min) {
            max = min + step;
        }
        return new AxisScale(min, max, step);
    }

    /** The axis that fits the finite values of {@code values} (NaN left out); {@code null} when none is finite. */
    public static AxisScale covering(List<double[]> values, int target, boolean withZero) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] vs : values) {
            for (double v : vs) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            return null;
        }
        if (withZero) {
            lo = Math.min(lo, 0);
            hi = Math.max(hi, 0);
        }
        return nice(lo, hi, target);
    }

    /** The tick values from {@code min} to {@code max}, a tick at zero exactly zero. */
    public List<Double> ticks() {
        List<Double> out = new ArrayList<>();
        for (double v = min; v <= max + step * 1e-9; v += step) {
            out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return out;
    }

    /** Whether {@code v} lies on the axis. */
    public boolean covers(double v) {
        return v >= min && v <= max;
    }

    /** Where {@code v} lies between the bounds: 0 at {@code min}, 1 at {@code max}. */
    public double fraction(double v) {
        return (v - min) / (max - min);
    }

    /** The value at the same height on {@code other} as {@code v} is on this axis. */
    public double onto(AxisScale other, double v) {
        return other.min + fraction(v) * (other.max - other.min);
    }
}
