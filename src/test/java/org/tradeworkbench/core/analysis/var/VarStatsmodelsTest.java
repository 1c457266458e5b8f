package org.tradeworkbench.core.analysis.var;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeworkbench.core.analysis.var.VarFixtures.close;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Agreement with statsmodels 0.13.5 VAR to 1e-6 relative on real data (fixture: var_fixtures.py). */
class VarStatsmodelsTest {
    private static final double REL = 1e-6;

    static Stream<String> cases() {
        return VarFixtures.cases().stream().map(c -> c.get("name").asText());
    }

    private static VarFit fit(JsonNode c) {
        return VarFit.estimate(VarFixtures.data(c), c.get("lags").asInt(), VarFixtures.trend(c));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void coefficientsAndCovariance(String name) {
        JsonNode c = VarFixtures.named(name);
        VarFit f = fit(c);
        assertThat(f.nobs()).isEqualTo(c.get("nobs").asInt());
        double[][] params = VarFixtures.matrix(c.get("params"));
        double[][] se = VarFixtures.matrix(c.get("stderr"));
        for (int r = 0; r < params.length; r++) {
            for (int e = 0; e < params[0].length; e++) {
                close(params[r][e], f.param(r, e), REL, name + " param " + r + "," + e);
                close(se[r][e], f.stderr(r, e), REL, name + " stderr " + r + "," + e);
            }
        }
        double[][] su = VarFixtures.matrix(c.get("sigma_u"));
        for (int i = 0; i < su.length; i++) {
            for (int j = 0; j < su.length; j++) {
                close(su[i][j], f.sigmaU()[i][j], REL, name + " sigma_u");
            }
        }
        close(c.get("llf").asDouble(), f.logLikelihood(), REL, name + " llf");
        double[] ic = f.informationCriteria();
        close(c.get("aic").asDouble(), ic[0], REL, "aic");
        close(c.get("bic").asDouble(), ic[1], REL, "bic");
        close(c.get("hqic").asDouble(), ic[2], REL, "hqic");
        close(c.get("fpe").asDouble(), ic[3], REL, "fpe");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void lagOrderSelection(String name) {
        JsonNode c = VarFixtures.named(name);
        VarData d = VarFixtures.data(c);
        int maxLags = c.get("maxlags").asInt();
        LagOrderTable t = LagOrderTable.compute(d, maxLags, VarFixtures.trend(c), org.tradeworkbench.core.task.ProgressReporter.NONE);
        String[] keys = {"aic", "bic", "hqic", "fpe"};
        for (int k = 0; k < 4; k++) {
            JsonNode exp = c.get("select_order").get(keys[k]);
            assertThat(t.rows()).hasSize(exp.size());
            for (int p = 0; p < exp.size(); p++) {
                close(exp.get(p).asDouble(), t.rows().get(p)[k], REL, name + " " + keys[k] + " p=" + p);
            }
            assertThat(t.selected(k)).as(keys[k]).isEqualTo(c.get("selected").get(keys[k]).asInt());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void stabilityAndResidualTests(String name) {
        JsonNode c = VarFixtures.named(name);
        VarFit f = fit(c);
        Stability s = Stability.of(f);
        assertThat(s.isStable()).isEqualTo(c.get("is_stable").asBoolean());
        JsonNode mod = c.get("eigen_moduli");
        for (int i = 0; i < mod.size(); i++) {
            close(mod.get(i).asDouble(), s.modulus(i), REL, name + " eigenvalue modulus " + i);
        }
        JsonNode w = c.get("whiteness");
        ResidualDiagnostics.Statistic q = ResidualDiagnostics.portmanteau(f, w.get("nlags").asInt(), false);
        close(w.get("statistic").asDouble(), q.statistic(), REL, "portmanteau");
        assertThat(q.df()).isEqualTo(w.get("df").asDouble());
        close(w.get("p_value").asDouble(), q.pValue(), REL, "portmanteau p");
        ResidualDiagnostics.Statistic qa = ResidualDiagnostics.portmanteau(f, w.get("nlags").asInt(), true);
        close(w.get("adjusted_statistic").asDouble(), qa.statistic(), REL, "adjusted portmanteau");
        close(w.get("adjusted_p_value").asDouble(), qa.pValue(), REL, "adjusted portmanteau p");
        JsonNode n = c.get("normality");
        ResidualDiagnostics.Statistic jb = ResidualDiagnostics.normality(f);
        close(n.get("statistic").asDouble(), jb.statistic(), REL, "normality");
        close(n.get("p_value").asDouble(), jb.pValue(), REL, "normality p");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void impulseResponsesAndVarianceDecomposition(String name) {
        JsonNode c = VarFixtures.named(name);
        VarFit f = fit(c);
        int h = c.get("horizon").asInt();
        compare(c.get("irfs"), ImpulseResponses.responses(f, IrfKind.UNIT, h), name + " irf");
        compare(c.get("orth_irfs"), ImpulseResponses.responses(f, IrfKind.ORTHOGONALISED, h), name + " orth irf");
        compare(c.get("irf_stderr"), AsymptoticIrf.stderr(f, false, h), name + " irf stderr");
        compare(c.get("orth_irf_stderr"), AsymptoticIrf.stderr(f, true, h), name + " orth irf stderr");
        double[][][] fevd = ImpulseResponses.varianceDecomposition(f, h);
        JsonNode exp = c.get("fevd"); // [variable][h][shock]
        for (int v = 0; v < exp.size(); v++) {
            for (int s = 0; s < h; s++) {
                for (int j = 0; j < exp.get(v).get(s).size(); j++) {
                    close(exp.get(v).get(s).get(j).asDouble(), fevd[s][v][j], REL, name + " fevd");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void causality(String name) {
        JsonNode c = VarFixtures.named(name);
        VarFit f = fit(c);
        JsonNode e = c.get("causality");
        Causality.Result r = Causality.test(f, VarFixtures.strings(e.get("causing")),
                VarFixtures.strings(e.get("caused")), f.lags());
        close(e.get("f").asDouble(), r.f(), REL, "F");
        assertThat(List.of(r.df(), r.dfDenom())).containsExactly(e.get("f_df").get(0).asInt(),
                e.get("f_df").get(1).asInt());
        close(e.get("f_p_value").asDouble(), r.fPValue(), REL, "F p");
        close(e.get("wald").asDouble(), r.wald(), REL, "Wald");
        close(e.get("wald_p_value").asDouble(), r.waldPValue(), REL, "Wald p");
        JsonNode ty = c.get("toda_yamamoto");
        if (ty != null) {
            int p = ty.get("p").asInt();
            int dmax = ty.get("d_max").asInt();
            VarFit levels = VarFit.estimate(VarFixtures.data(c), p + dmax, VarFixtures.trend(c));
            Causality.Result t = Causality.test(levels, r.causing(), r.caused(), p);
            close(ty.get("statistic").asDouble(), t.wald(), REL, "Toda-Yamamoto");
            assertThat(t.df()).isEqualTo(ty.get("df").asInt());
            close(ty.get("p_value").asDouble(), t.waldPValue(), REL, "Toda-Yamamoto p");
        }
    }

    private static void compare(JsonNode exp, double[][][] act, String what) {
        assertThat(act.length).isEqualTo(exp.size());
        for (int h = 0; h < exp.size(); h++) {
            for (int i = 0; i < exp.get(h).size(); i++) {
                for (int j = 0; j < exp.get(h).get(i).size(); j++) {
                    close(exp.get(h).get(i).get(j).asDouble(), act[h][i][j], REL, what + " h=" + h + " [" + i + "]["
                            + j + "]");
                }
            }
        }
    }
}
