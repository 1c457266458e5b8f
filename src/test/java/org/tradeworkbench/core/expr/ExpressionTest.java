package org.tradeworkbench.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;

class ExpressionTest {
    private static final double NA = Double.NaN;

    private static Dataset data() {
        return new Dataset("t", new TimeIndex(Period.annual(2000), 5), List.of(
                Series.of("balance", -10, -20, -40, -80, -160),
                Series.of("x", 1, 2, 4, 8, 16),
                Series.of("exports_china", 1, 2, 3, 4, NA),
                Series.of("exports_world", 10, 20, 30, 40, 50),
                Series.of("US exports (bn)", 5, 6, 7, 8, 9)));
    }

    private static double[] eval(String e) {
        return Expressions.evaluate(data(), e);
    }

    @Test
    void arithmeticFollowsPrecedence() {
        assertThat(eval("1 + 2 * x - x / 2")).containsExactly(2.5, 4.0, 7.0, 13.0, 25.0);
        assertThat(eval("-x^2")).containsExactly(-1, -4, -16, -64, -256);
        assertThat(eval("2^3^2")).containsExactly(512, 512, 512, 512, 512);
        assertThat(eval("(1 + x) * 2")).containsExactly(4, 6, 10, 18, 34);
    }

    @Test
    void logOfNegatedBalance() {
        double[] v = eval("log(-balance*10)");
        assertThat(v[0]).isEqualTo(Math.log(100));
        assertThat(v[4]).isEqualTo(Math.log(1600));
    }

    @Test
    void differenceAndLagNest() {
        double[] dl = eval("d(log(x))");
        assertThat(dl[0]).isNaN();
        assertThat(dl[1]).isEqualTo(Math.log(2) - Math.log(1));
        double[] lagged = eval("d(log(x))(-1)");
        assertThat(lagged[0]).isNaN();
        assertThat(lagged[1]).isNaN();
        assertThat(lagged[2]).isEqualTo(dl[1]);
        assertThat(eval("x(-2)")).containsExactly(NA, NA, 1, 2, 4);
        assertThat(eval("x(+1)")).containsExactly(2, 4, 8, 16, NA);
        assertThat(eval("d(x, 2)")).containsExactly(NA, NA, 1, 2, 4);
        assertThat(Expression.parse("d(log(x))(-1)").lostRows()).isEqualTo(2);
    }

    @Test
    void ratioKeepsMissingValuesMissing() {
        assertThat(eval("exports_china/exports_world")).containsExactly(0.1, 0.1, 0.1, 0.1, NA);
        assertThat(eval("x / (x - x)")).containsOnly(NA);
        assertThat(eval("log(balance)")).containsOnly(NA);
    }

    @Test
    void backtickNamesAndFunctions() {
        assertThat(eval("`US exports (bn)` * 2")).containsExactly(10, 12, 14, 16, 18);
        assertThat(eval("sqrt(abs(-x))")).containsExactly(1, Math.sqrt(2), 2, Math.sqrt(8), 4);
        assertThat(eval("exp(log(x))")[3]).isCloseTo(8.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(eval("1.5e1")).containsOnly(15.0);
    }

    @Test
    void variablesAndCanonicalText() {
        Expression e = Expression.parse("d(log(`US exports (bn)`))(-1) + x");
        assertThat(e.variables()).containsExactly("US exports (bn)", "x");
        assertThat(e.canonical()).isEqualTo("d(log(`US exports (bn)`))(-1) + x");
        assertThat(Expression.parse("x - (x - 1)").canonical()).isEqualTo("x - (x - 1)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "log(x +|missing ')' at 7",
        "x +|missing operand at 3",
        "(x|missing ')' at 2",
        "x)|unmatched ')' at 2",
        "x $ 2|unexpected '$' at 3",
        "x(1)|expected a lag such as (-1) after 'x' at 3",
        "`x|missing closing '`' for the name opened at 1 at 2",
        "log()|missing operand before ')' at 5",
        "d(x, 0)|difference order must be 1..12 at 6",
    })
    void errorsPointAtTheCharacter(String text, String message) {
        assertThatThrownBy(() -> Expression.parse(text))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining(message);
    }

    @Test
    void unknownSeriesIsNamedWithItsPosition() {
        assertThatThrownBy(() -> eval("x + lny"))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("unknown series \"lny\"")
                .hasMessageContaining("at 5");
    }

    @Test
    void aNameAloneIsNamedWithoutAPositionAndNoSeriesAtAllIsSaid() {
        Dataset d = new Dataset("t", new TimeIndex(Period.annual(2000), 2), List.of(),
                List.of(new org.tradeworkbench.core.data.LabelColumn("x", new String[] {"1e400", "2e400"})), List.of());
        assertThatThrownBy(() -> Expressions.evaluate(d, "x"))
                .hasMessage("\"x\": \"x\" was read as a text column, not as a numeric series (too many of its cells"
                        + " are not numbers)");
        assertThatThrownBy(() -> Expressions.evaluate(d, "y"))
                .hasMessage("\"y\": unknown series \"y\" (the data have no numeric series)");
    }

    @Test
    void aTextColumnIsNamedAsSuchNotAsUnknown() {
        Dataset d = new Dataset("t", new TimeIndex(Period.annual(2000), 2), List.of(Series.of("x", 1, 2)),
                List.of(new org.tradeworkbench.core.data.LabelColumn("country", new String[] {"CN", "US"})), List.of());
        assertThatThrownBy(() -> Expressions.evaluate(d, "log(country)"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("\"country\" was read as a text column");
    }

    @Test
    void generatedSeriesFollowTheirInputs() {
        Dataset d = Expressions.defineFromText(data(), "lx = log(x)");
        d = Expressions.defineFromText(d, "dlx = d(lx)");
        assertThat(d.get("dlx").isGenerated()).isTrue();
        d = Expressions.refresh(d.withValue("x", 1, 4.0));
        assertThat(d.get("lx").get(1)).isEqualTo(Math.log(4));
        assertThat(d.get("dlx").get(1)).isEqualTo(Math.log(4));
        Dataset finalD = d;
        assertThatThrownBy(() -> Expressions.define(finalD, "x", "1")).hasMessageContaining("data series");
        assertThatThrownBy(() -> Expressions.define(finalD, "z", "z + 1")).hasMessageContaining("refers to itself");
        assertThatThrownBy(() -> Expressions.refresh(finalD.without("x"))).hasMessageContaining("\"lx\"");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void randomInputsNeverThrowAnythingButExpressionErrors(long seed) {
        Random r = new Random(seed);
        String alphabet = "x()+-*/^ 0123456789.`ldogexpd,";
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(14);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            try {
                Expressions.evaluate(data(), sb.toString());
            } catch (DataException e) {
                assertThat(e.getMessage()).isNotBlank();
                if (e instanceof ExpressionException ee) {
                    assertThat(ee.position()).isBetween(1, Math.max(1, sb.length()));
                }
            }
        }
    }
}
