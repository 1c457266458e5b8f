package org.tradeworkbench.core.analysis.var;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tradeworkbench.core.analysis.var.VarFixtures.close;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * The VAR analyses run from their specs on a dataset agree with statsmodels 0.13.5 (fixture: var_fixtures.py):
 * lag-order table, coefficients and p-values, responses of every kind in a chosen Cholesky order, asymptotic
 * bands, variance decomposition, Toda-Yamamoto with d_max given and taken from ADF and KPSS.
 */
class VarAnalysesStatsmodelsTest {
    private static final double REL = 1e-6;
    private static final ProgressReporter NONE = ProgressReporter.NONE;

    static Stream<String> cases() {
        return VarFixtures.cases().stream().map(c -> c.get("name").asText());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void lagOrderTableAndItsJson(String name) {
        JsonNode c = VarFixtures.named(name);
        VarModel m = VarFixtures.model(c);
        VarSelectReport r = new VarSelectAnalysis().run(new VarSelectSpec(m.variables(), m.trend(), m.exog(),
                c.get("maxlags").asInt()), VarFixtures.dataset(c), NONE);
        Map<String, Object> json = r.toJson();
        String[] ours = {"aic", "bic", "hq", "fpe"};
        String[] theirs = {"aic", "bic", "hqic", "fpe"};
        for (int k = 0; k < 4; k++) {
            @SuppressWarnings("unchecked")
            List<Double> got = (List<Double>) json.get(ours[k]);
            JsonNode exp = c.get("select_order").get(theirs[k]);
            assertThat(got).hasSize(exp.size());
            for (int p = 0; p < exp.size(); p++) {
                close(exp.get(p).asDouble(), got.get(p), REL, name + " " + ours[k] + " p=" + p);
            }
            assertThat(((Map<?, ?>) json.get("selected")).get(ours[k])).isEqualTo(c.get("selected").get(theirs[k]).asInt());
        }
        // The starred cell of each criterion's column is the selected order's row.
        for (int k = 0; k < 4; k++) {
            int row = r.selected(k) - r.table().pMin();
            assertThat(r.resultTable().rows().get(row).get(k + 1).text()).endsWith("*");
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void equationsStabilityAndResidualTests(String name) {
        JsonNode c = VarFixtures.named(name);
        JsonNode w = c.get("whiteness");
        VarReport r = new VarAnalysis().run(new VarSpec(VarFixtures.model(c), w.get("nlags").asInt()),
                VarFixtures.dataset(c), NONE);
        double[][] pv = VarFixtures.matrix(c.get("pvalues"));
        double[][] tv = VarFixtures.matrix(c.get("tvalues"));
        for (int reg = 0; reg < pv.length; reg++) {
            for (int e = 0; e < pv[0].length; e++) {
                close(tv[reg][e], r.tValue(reg, e), REL, name + " t " + reg + "," + e);
                close(pv[reg][e], r.pValue(reg, e), REL, name + " p " + reg + "," + e);
            }
        }
        assertThat(r.stability().isStable()).isEqualTo(c.get("is_stable").asBoolean());
        close(w.get("statistic").asDouble(), r.residualTests().get(0).statistic().statistic(), REL, "portmanteau");
        close(w.get("adjusted_statistic").asDouble(), r.residualTests().get(1).statistic().statistic(), REL,
                "adjusted portmanteau");
        close(c.get("normality").get("statistic").asDouble(), r.residualTests().get(3).statistic().statistic(), REL,
                "normality");
        assertThat(r.tables()).hasSize(2 + r.fit().k() + 1);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void responsesOfEveryKindWithAsymptoticBands(String name) {
        JsonNode c = VarFixtures.named(name);
        VarModel m = VarFixtures.model(c);
        Dataset data = VarFixtures.dataset(c);
        int h = c.get("horizon").asInt();
        IrfAnalysis a = new IrfAnalysis();
        compare(c.get("irfs"), a.run(IrfSpec.of(m, IrfKind.UNIT, h), data, NONE).responses(), name + " unit");
        compare(c.get("girf"), a.run(IrfSpec.of(m, IrfKind.GENERALISED, h), data, NONE).responses(), name + " girf");
        IrfReport o = a.run(new IrfSpec(m, IrfKind.ORTHOGONALISED, List.of(), h, IrfBands.ASYMPTOTIC, 100, 1, 0.95),
                data, NONE);
        compare(c.get("orth_irfs"), o.responses(), name + " orth");
        double[][][] se = VarFixtures.cube(c.get("orth_irf_stderr"));
        double z = 1.959963984540054;
        for (int s = 0; s <= h; s++) {
            for (int i = 0; i < m.variables().size(); i++) {
                for (int j = 0; j < m.variables().size(); j++) {
                    close(o.responses()[s][i][j] - z * se[s][i][j], o.lower()[s][i][j], REL, name + " lower");
                    close(o.responses()[s][i][j] + z * se[s][i][j], o.upper()[s][i][j], REL, name + " upper");
                }
            }
        }
        // Reversed Cholesky order: statsmodels on the columns in that order; our arrays stay in the VAR's order.
        JsonNode rev = c.get("reordered");
        List<String> order = VarFixtures.strings(rev.get("order"));
        IrfReport ro = a.run(new IrfSpec(m, IrfKind.ORTHOGONALISED, order, h, IrfBands.ASYMPTOTIC, 100, 1, 0.95),
                data, NONE);
        double[][][] exp = VarFixtures.cube(rev.get("orth_irfs"));
        double[][][] expSe = VarFixtures.cube(rev.get("orth_irf_stderr"));
        int k = order.size();
        for (int s = 0; s <= h; s++) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    int mi = m.index(order.get(i));
                    int mj = m.index(order.get(j));
                    close(exp[s][i][j], ro.responses()[s][mi][mj], REL, name + " reordered orth");
                    close(exp[s][i][j] + z * expSe[s][i][j], ro.upper()[s][mi][mj], REL, name + " reordered upper");
                }
            }
        }
        FevdReport f = new FevdAnalysis().run(new FevdSpec(m, order, h), data, NONE);
        JsonNode fe = rev.get("fevd"); // [variable][h][shock] in the reversed order
        for (int v = 0; v < k; v++) {
            for (int s = 0; s < h; s++) {
                for (int j = 0; j < k; j++) {
                    close(fe.get(v).get(s).get(j).asDouble(), f.shares()[s][m.index(order.get(v))][m.index(order.get(j))],
                            REL, name + " reordered fevd");
                }
            }
        }
        FevdReport f0 = new FevdAnalysis().run(new FevdSpec(m, List.of(), h), data, NONE);
        assertThat(f0.shares()).hasNumberOfRows(h);
        close(c.get("fevd").get(0).get(h - 1).get(0).asDouble(), f0.shares()[h - 1][0][0], REL, name + " fevd");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void todaYamamoto(String name) {
        JsonNode c = VarFixtures.named(name);
        JsonNode ty = c.get("toda_yamamoto");
        if (ty == null) {
            return;
        }
        JsonNode e = c.get("causality");
        VarModel m = VarFixtures.model(c).withLags(ty.get("p").asInt());
        TodaYamamotoReport r = new TodaYamamotoAnalysis().run(new TodaYamamotoSpec(m, ty.get("d_max").asInt(),
                VarFixtures.strings(e.get("causing")), VarFixtures.strings(e.get("caused"))), VarFixtures.dataset(c), NONE);
        Map<String, Object> json = r.toJson();
        close(ty.get("statistic").asDouble(), (Double) json.get("statistic"), REL, name + " TY statistic");
        assertThat(json.get("df")).isEqualTo(ty.get("df").asInt());
        close(ty.get("p_value").asDouble(), (Double) json.get("p_value"), REL, name + " TY p");
        assertThat(json.get("d_max")).isEqualTo(ty.get("d_max").asInt());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void integrationOrdersAsStatsmodelsAdfAndKpssFindThem(String name) {
        JsonNode c = VarFixtures.named(name);
        VarModel m = VarFixtures.model(c);
        List<IntegrationOrders.Order> got = IntegrationOrders.of(VarFixtures.dataset(c), m.variables(), m.trend(), NONE);
        JsonNode exp = c.get("integration");
        for (int i = 0; i < exp.size(); i++) {
            JsonNode e = exp.get(i);
            IntegrationOrders.Order o = got.get(i);
            if (e.get("adf_order").isNull()) {
                assertThat(o.order()).as(name + " " + o.variable()).isNull();
                continue;
            }
            assertThat(o.adfOrder()).as(name + " " + o.variable()).isEqualTo(e.get("adf_order").asInt());
            close(e.get("kpss_p_value").asDouble(), o.kpssPValue(), REL, name + " kpss p " + o.variable());
            assertThat(o.order()).as(name + " order " + o.variable()).isEqualTo(e.get("order").asInt());
        }
    }

    @Test
    void todaYamamotoTakesDMaxFromTheUnitRootTests() {
        JsonNode c = VarFixtures.named("denmark_levels");
        JsonNode ty = c.get("toda_yamamoto");
        VarModel m = VarFixtures.model(c).withLags(ty.get("p").asInt());
        TodaYamamotoReport r = new TodaYamamotoAnalysis().run(new TodaYamamotoSpec(m, null, List.of("LRY"),
                List.of("LRM")), VarFixtures.dataset(c), NONE);
        assertThat(r.dMax()).isEqualTo(1);
        close(ty.get("statistic").asDouble(), r.tests().get(0).wald(), REL, "TY with d_max from ADF/KPSS");
        assertThat(r.tables()).hasSize(2);
        // Every direction when no pair is given: k (k - 1) tests.
        assertThat(new TodaYamamotoAnalysis().run(TodaYamamotoSpec.of(m), VarFixtures.dataset(c), NONE).tests())
                .hasSize(12);
    }

    @Test
    void dMaxThatTheTestsCannotGiveIsAnErrorNamingTheVariable() {
        JsonNode c = VarFixtures.named("china_us_levels");
        assertThatThrownBy(() -> new TodaYamamotoAnalysis().run(TodaYamamotoSpec.of(VarFixtures.model(c)),
                VarFixtures.dataset(c), NONE)).isInstanceOf(DataException.class)
                .hasMessageContaining("lnexp").hasMessageContaining("give d_max");
    }

    private static void compare(JsonNode exp, double[][][] act, String what) {
        double[][][] e = VarFixtures.cube(exp);
        assertThat(act.length).isEqualTo(e.length);
        for (int h = 0; h < e.length; h++) {
            for (int i = 0; i < e[h].length; i++) {
                for (int j = 0; j < e[h][i].length; j++) {
                    close(e[h][i][j], act[h][i][j], REL, what + " h=" + h + " [" + i + "][" + j + "]");
                }
            }
        }
    }
}
