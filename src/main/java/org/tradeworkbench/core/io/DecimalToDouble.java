package org.tradeworkbench.core.io;

import java.math.BigInteger;

/**
 * Correctly rounded conversion of {@code w * 10^q} (w below 10^19) to a double without big-number arithmetic,
 * after Clinger (exact for small inputs) and the Eisel-Lemire method (Lemire, "Number parsing at a gigabyte per
 * second", Software: Practice and Experience 51(8), 2021): a 64x128-bit product with a truncated power of five,
 * which either yields the correctly rounded double or reports that it cannot decide (then {@code NaN}, and the
 * caller falls back to {@link Double#parseDouble}). Results are therefore always identical to
 * {@link Double#parseDouble} of the same decimal.
 */
final class DecimalToDouble {
    static final int SMALLEST_POWER = -325;
    static final int LARGEST_POWER = 308;

    private static final double[] POW10 = new double[23];
    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    /**
     * The 128-bit powers of five, built on first use: most decimals in data files (at most 15 significant digits,
     * exponents within 10^22) are converted exactly without them, and building them takes big-number arithmetic
     * that would otherwise run whenever a file is first read, e.g. the sample data at the app's start.
     */
    private static final class PowersOfFive {
        /** High and low 64 bits of the 128-bit normalised power of five for each q. */
        static final long[] HIGH = new long[LARGEST_POWER - SMALLEST_POWER + 1];
        static final long[] LOW = new long[LARGEST_POWER - SMALLEST_POWER + 1];

        static {
            BigInteger two128 = BigInteger.ONE.shiftLeft(128);
            BigInteger two127 = BigInteger.ONE.shiftLeft(127);
            BigInteger mask64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
            for (int q = SMALLEST_POWER; q <= LARGEST_POWER; q++) {
                BigInteger c;
                if (q < 0) {
                    BigInteger power5 = BigInteger.valueOf(5).pow(-q);
                    int z = power5.bitLength();
                    int b = q >= -27 ? z + 127 : 2 * z + 128;
                    c = BigInteger.ONE.shiftLeft(b).divide(power5).add(BigInteger.ONE);
                    while (c.compareTo(two128) >= 0) {
                        c = c.shiftRight(1);
                    }
                } else {
                    c = BigInteger.valueOf(5).pow(q);
                    while (c.compareTo(two127) < 0) {
                        c = c.shiftLeft(1);
                    }
                    while (c.compareTo(two128) >= 0) {
                        c = c.shiftRight(1);
                    }
                }
                HIGH[q - SMALLEST_POWER] = c.shiftRight(64).longValue();
                LOW[q - SMALLEST_POWER] = c.and(mask64).longValue();
            }
        }

        private PowersOfFive() {
        }
    }

    private DecimalToDouble() {
    }

    /** {@code (negative ? -1 : 1) * w * 10^q} correctly rounded, or {@code NaN} when this method cannot decide. */
    static double convert(boolean negative, long w, int q) {
        if (w == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (q >= -22 && q <= 22 && w >= 0 && w <= (1L << 53)) {
            double v = q >= 0 ? w * POW10[q] : w / POW10[-q];
            return negative ? -v : v;
        }
        if (q < SMALLEST_POWER || q > LARGEST_POWER) {
            return Double.NaN;
        }
        long factor = PowersOfFive.HIGH[q - SMALLEST_POWER];
        long exponent = (((152170L + 65536L) * q) >> 16) + 1024 + 63;
        int lz = Long.numberOfLeadingZeros(w);
        long i = w << lz;
        long lower = i * factor;
        long upper = unsignedMultiplyHigh(i, factor);
        if ((upper & 0x1FF) == 0x1FF && Long.compareUnsigned(lower + i, lower) < 0) {
            long factorLow = PowersOfFive.LOW[q - SMALLEST_POWER];
            long productLow = i * factorLow;
            long productMiddle2 = unsignedMultiplyHigh(i, factorLow);
            long productMiddle1 = lower;
            long productHigh = upper;
            long productMiddle = productMiddle1 + productMiddle2;
            if (Long.compareUnsigned(productMiddle, productMiddle1) < 0) {
                productHigh++;
            }
            if (productMiddle + 1 == 0 && (productHigh & 0x1FF) == 0x1FF
                    && Long.compareUnsigned(productLow + i, productLow) < 0) {
                return Double.NaN;
            }
            upper = productHigh;
            lower = productMiddle;
        }
        long upperBit = upper >>> 63;
        long mantissa = upper >>> (upperBit + 9);
        lz += (int) (1 ^ upperBit);
        if (lower == 0 && (upper & 0x1FF) == 0 && (mantissa & 3) == 1) {
            return Double.NaN;
        }
        mantissa += mantissa & 1;
        mantissa >>>= 1;
        if (mantissa >= (1L << 53)) {
            mantissa = 1L << 52;
            lz--;
        }
        mantissa &= ~(1L << 52);
        long realExponent = exponent - lz;
        if (realExponent < 1 || realExponent > 2046) {
            return Double.NaN;
        }
        long bits = mantissa | realExponent << 52 | (negative ? 1L << 63 : 0L);
        return Double.longBitsToDouble(bits);
    }

    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }
}
