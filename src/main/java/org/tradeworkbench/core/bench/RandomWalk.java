package org.tradeworkbench.core.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * The seeded Gaussian random walk the benchmarks use (java.util.Random's generator is fully specified, so the
 * series is the same on every JVM). {@code main} prints it, one value a line, for the reference scripts.
 */
public final class RandomWalk {
    public static final long SEED = 20240607L;

    private RandomWalk() {
    }

    public static double[] generate(int n, long seed) {
        Random rnd = new Random(seed);
        double[] walk = new double[n];
        double level = 0;
        for (int i = 0; i < n; i++) {
            level += rnd.nextGaussian();
            walk[i] = level;
        }
        return walk;
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : SEED;
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.US_ASCII));
        for (double v : generate(n, seed)) {
            out.write(Double.toString(v));
            out.newLine();
        }
        out.flush();
    }
}
