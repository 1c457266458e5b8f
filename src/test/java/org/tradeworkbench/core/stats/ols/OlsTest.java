package org.tradeworkbench.core.stats.ols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.report.TextTableWriter;

class OlsTest {

    private static Dataset annual(int start, Series... s) {
        return new Dataset("t", new TimeIndex(Period.annual(start), s[0].size()), List.of(s));
    }

    private static Dataset randomData(long seed, int n) {
        Random r = new Random(seed);
        double[] a = new double[n];
        double[] b = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextGaussian();
            b[i] = r.nextGaussian() + 0.5 * a[i];
            y[i] = 1 + 2 * a[i] - 3 * b[i] + r.nextGaussian() * 0.1;
        }
        return annual(1950, Series.of("y", y), Series.of("a", a), Series.of("b", b));
    }

    @Test
    void namesTheCollinearRegressor() {
        Dataset d = randomData(1, 30);
        assertThatThrownBy(() -> Ols.fit(d, "y", List.of("a", "b", "2*a - b"), OlsOptions.DEFAULT))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("\"2*a - b\" is collinear with \"a\", \"b\"");
        assertThatThrownBy(() -> Ols.fit(d, "y", List.of("a", "a + 1"), OlsOptions.DEFAULT))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("\"a + 1\" is collinear with \"const\", \"a\"");
    }

    @Test
    void dropsIncompleteRowsListwiseAndSaysHowMany() {
        Dataset d = randomData(2, 40).withValue("b", 10, Double.NaN).withValue("y", 39, Double.NaN);
        OlsResult r = Ols.fit(d, "y", List.of("a", "b", "a(-1)"), OlsOptions.DEFAULT);
        // Row 0 (lag), row 10 (b), row 11 (lag of a is fine, b fine) and row 39 (y) -> 3 dropped.
        assertThat(r.sample().dropped()).isEqualTo(3);
        assertThat(r.nobs()).isEqualTo(37);
        assertThat(r.sample().labels()[0]).isEqualTo("1951");
        assertThat(TextTableWriter.write(r)).contains("37 observations (3 dropped for missing values)");
        Map<String, Object> json = r.toJson();
        assertThat(json).containsKeys("nobs", "df_resid", "coefficients", "r_squared", "adj_r_squared",
                "f_statistic", "f_p_value", "durbin_watson", "log_likelihood", "aic", "bic", "ssr");
        assertThat(json.get("dropped")).isEqualTo(3);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cs = (List<Map<String, Object>>) json.get("coefficients");
        assertThat(cs).extracting(m -> m.get("name")).containsExactly("const", "a", "b", "a(-1)");
        assertThat(cs.get(0)).containsKeys("name", "estimate", "std_error", "t", "p_value");
    }

    @Test
    void recoversKnownCoefficientsAndWritesTheEquation() {
        OlsResult r = Ols.fit(randomData(3, 200), "y", List.of("a", "b"), OlsOptions.DEFAULT);
        assertThat(r.coefficient("a").estimate()).isCloseTo(2, within(0.05));
        assertThat(r.coefficient("b").estimate()).isCloseTo(-3, within(0.05));
        assertThat(r.equation(2)).matches("y = 1(\\.0)? \\+ 2(\\.0)? a - 3(\\.0)? b");
    }

    @Test
    void equationLooksLikeThePapers() {
        // Exact fit: lny = 0.77 lny(-1) - 1.24 RATIO + 0.007 FDIGDP, built from a made-up recursion to check the
        // layout only.
        int n = 15;
        double[] lny = new double[n];
        double[] ratio = new double[n];
        double[] fdi = new double[n];
        Random r = new Random(9);
        lny[0] = 6;
        for (int i = 0; i < n; i++) {
            ratio[i] = 0.05 + 0.01 * r.nextDouble();
            fdi[i] = 2 + r.nextDouble();
            if (i > 0) {
                lny[i] = 0.77 * lny[i - 1] - 1.24 * ratio[i] + 0.007 * fdi[i] + 1e-4 * r.nextGaussian();
            }
        }
        Dataset d = annual(2003, Series.of("lny", lny), Series.of("RATIO", ratio), Series.of("FDIGDP", fdi));
        OlsResult res = Ols.fit(d, "lny", List.of("lny(-1)", "RATIO", "FDIGDP"),
                OlsOptions.DEFAULT.withConstant(false));
        assertThat(res.equation(2)).isEqualTo("lny = 0.77 lny(-1) - 1.2 RATIO + 0.007 FDIGDP");
    }

    @Test
    void withoutConstantRSquaredIsUncentred() {
        Dataset d = randomData(4, 50);
        OlsResult r = Ols.fit(d, "y", List.of("a", "b"), OlsOptions.DEFAULT.withConstant(false));
        double[] y = r.dependentValues();
        double syy = 0;
        for (double v : y) {
            syy += v * v;
        }
        assertThat(r.rSquared()).isCloseTo(1 - r.ssr() / syy, within(1e-14));
        assertThat(r.coefficients()).extracting(Coefficient::name).containsExactly("a", "b");
    }

    @Test
    void rejectsBadSpecifications() {
        Dataset d = randomData(5, 10);
        assertThatThrownBy(() -> Ols.fit(d, "y", List.of("a", "a"), OlsOptions.DEFAULT))
                .isInstanceOf(DataException.class).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> Ols.fit(d, "log(y)", List.of("a", "log( y )"), OlsOptions.DEFAULT))
                .isInstanceOf(DataException.class)
                .hasMessage("regressor \"log( y )\" is the dependent variable itself");
        assertThat(Ols.fit(d, "y", List.of("a", "y(-1)"), OlsOptions.DEFAULT).coefficients()).hasSize(3);
        assertThatThrownBy(() -> Ols.fit(d, "y", List.of(), OlsOptions.DEFAULT.withConstant(false)))
                .isInstanceOf(DataException.class).hasMessageContaining("no regressors");
        assertThatThrownBy(() -> Ols.fit(d, "y", List.of("nothere"), OlsOptions.DEFAULT))
                .isInstanceOf(DataException.class).hasMessageContaining("nothere");
        assertThatThrownBy(() -> Ols.fit(d.slice(0, 2), "y", List.of("a", "b"), OlsOptions.DEFAULT))
                .isInstanceOf(DataException.class).hasMessageContaining("too few observations: 3 for 3");
    }
}
