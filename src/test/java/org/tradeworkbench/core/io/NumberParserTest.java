package org.tradeworkbench.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast number parser gives exactly the double {@link Double#parseDouble} gives, bit for bit. */
class NumberParserTest {
    private final NumberParser parser = new NumberParser('.', ',');

    private void same(String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        double v = parser.parse(b, 0, b.length);
        if (Double.isInfinite(Double.parseDouble(text))) {
            assertThat(parser.ok).as("out of range: " + text).isFalse();
            return;
        }
        assertThat(parser.ok).as(text).isTrue();
        assertThat(Double.doubleToRawLongBits(v)).as(text + " -> " + v)
                .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "0.0", "-0.000", "1", "-1", "0.1", "0.3", "1e23", "8.41e21", "1.5e-5",
            "9007199254740993", "9007199254740992", "9007199254740995", "4.9e-324", "2.4703282292062327e-324",
            "2.2250738585072011e-308", "2.2250738585072014e-308", "1.7976931348623157e308", "7.3177701707893310e+15",
            "123456789012345678", "1234567890123456789", "12345678901234567890", "0.000000000000000000000001",
            "3.141592653589793238462643383279", "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124", "2.5", "+7", ".5", "5.", "1E+0", "100e-2",
            "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                    + "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                    + "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                    + "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"})
    void edgeCases(String text) {
        same(text);
    }

    static IntStream blocks() {
        return IntStream.range(0, 10);
    }

    @ParameterizedTest
    @MethodSource("blocks")
    void randomDecimalsAgreeWithParseDouble(int block) {
        Random rnd = new Random(1000 + block);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 2_500; k++) {
            // shortest representations of random doubles of every magnitude
            double d = Double.longBitsToDouble(rnd.nextLong());
            if (Double.isFinite(d)) {
                same(Double.toString(d));
            }
            same(Double.toString(rnd.nextGaussian() * Math.pow(10, rnd.nextInt(40) - 20)));
            // random digit strings with a point and an exponent
            sb.setLength(0);
            if (rnd.nextBoolean()) {
                sb.append('-');
            }
            int digits = 1 + rnd.nextInt(20);
            int point = rnd.nextInt(digits + 1);
            for (int i = 0; i < digits; i++) {
                if (i == point) {
                    sb.append('.');
                }
                sb.append((char) ('0' + rnd.nextInt(10)));
            }
            if (rnd.nextInt(3) == 0) {
                sb.append('e').append(rnd.nextInt(660) - 340);
            }
            same(sb.toString());
            // values near halfway between two doubles
            double h = Double.longBitsToDouble(rnd.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL);
            java.math.BigDecimal mid = new java.math.BigDecimal(h).add(new java.math.BigDecimal(Math.nextUp(h)))
                    .divide(java.math.BigDecimal.valueOf(2));
            same(mid.round(new java.math.MathContext(17)).toString());
            same(mid.round(new java.math.MathContext(18)).toString());
        }
    }

    @Test
    void groupingAndDecimalComma() {
        NumberParser comma = new NumberParser(',', '.');
        assertThat(comma.parse("1.234,5")).isEqualTo(1234.5);
        assertThat(comma.ok).isTrue();
        assertThat(comma.parse("12,5")).isEqualTo(12.5);
        comma.parse("1.23,5");
        assertThat(comma.ok).isFalse();
        assertThat(parser.parse("1,234,567.25")).isEqualTo(1234567.25);
        assertThat(parser.parse(" -1,234 ")).isEqualTo(-1234.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-", "+", ".", "e5", "1e", "1e+", "0x1p3", "Infinity", "NaN", "1.5d", "1f",
            "12,5O", "1,23", ",123", "1..2", "1.2.3", "--1", "1e999", "- 1", "1 2"})
    void notNumbers(String text) {
        parser.parse(text);
        assertThat(parser.ok).as(text).isFalse();
    }
}
