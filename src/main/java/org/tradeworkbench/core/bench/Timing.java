package org.tradeworkbench.core.bench;

import java.util.Arrays;

/** Wall-clock times of a case's measured runs, in milliseconds, in the order they ran. */
public record Timing(double[] millis) {

    public Timing {
        if (millis.length == 0) {
            throw new IllegalArgumentException("no measured run");
        }
        millis = millis.clone();
    }

    /** Runs {@code work} {@code warmup} times unmeasured, then {@code repeat} times measured. */
    public static Timing measure(int warmup, int repeat, Runnable work) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] ms = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return new Timing(ms);
    }

    public double median() {
        double[] s = millis.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    public double min() {
        return Arrays.stream(millis).min().orElseThrow();
    }

    public double max() {
        return Arrays.stream(millis).max().orElseThrow();
    }

    @Override
    public double[] millis() {
        return millis.clone();
    }
}
