package org.tradeworkbench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.analysis.causality.CausalityAnalysis;
import org.tradeworkbench.core.analysis.causality.CausalitySpec;
import org.tradeworkbench.core.analysis.regression.ModelTerms;
import org.tradeworkbench.core.analysis.regression.RegressionAnalysis;
import org.tradeworkbench.core.analysis.regression.RegressionSpec;
import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.StationarityAnalysis;
import org.tradeworkbench.core.analysis.stationarity.BreakChoice;
import org.tradeworkbench.core.analysis.stationarity.StationaritySpec;
import org.tradeworkbench.core.analysis.stationarity.UnitRootKind;
import org.tradeworkbench.core.analysis.var.FevdSpec;
import org.tradeworkbench.core.analysis.var.IrfBands;
import org.tradeworkbench.core.analysis.var.IrfKind;
import org.tradeworkbench.core.analysis.var.IrfSpec;
import org.tradeworkbench.core.analysis.var.MethodsCheckSpec;
import org.tradeworkbench.core.analysis.var.TodaYamamotoSpec;
import org.tradeworkbench.core.analysis.var.VarModel;
import org.tradeworkbench.core.analysis.var.VarSelectSpec;
import org.tradeworkbench.core.analysis.var.VarSpec;
import org.tradeworkbench.core.analysis.var.VarTabSpec;
import org.tradeworkbench.core.analysis.var.VecmSpec;
import org.tradeworkbench.core.analysis.var.VarTrend;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.ols.CovarianceType;

/** Every analysis spec reads back from its JSON as the same record; a misspelled field is an error naming it. */
class AnalysisSpecJsonTest {
    private static final String[] NAMES = {"lny", "RATIO", "d(PATENT, 2)", "log(`a,b`)", "FDIGDP(-1)", "x \"q\""};

    private static List<String> names(Random r) {
        List<String> out = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.add(NAMES[r.nextInt(NAMES.length)] + i);
        }
        return out;
    }

    private static <E extends Enum<E>> E pick(Random r, Class<E> type) {
        E[] all = type.getEnumConstants();
        return all[r.nextInt(all.length)];
    }

    static Stream<Object> specs() {
        Random r = new Random(20261206L);
        return IntStream.range(0, 30).mapToObj(i -> switch (i % 3) {
            case 0 -> new StationaritySpec(names(r), pick(r, UnitRootKind.class), pick(r, UnitRootTrend.class),
                    pick(r, DifferenceChoice.class), pick(r, LagChoice.class), r.nextInt(5),
                    r.nextBoolean() ? null : r.nextInt(8), r.nextBoolean(),
                    new BreakChoice(pick(r, org.tradeworkbench.core.stats.unitroot.ZivotAndrewsBreak.class),
                            0.05 + 0.25 * r.nextDouble()));
            case 1 -> {
                CovarianceType cov = pick(r, CovarianceType.class);
                yield new CausalitySpec(names(r), 1 + r.nextInt(12), r.nextBoolean()).withCovariance(cov,
                        r.nextInt(4) - 1, cov.isHac() ? new org.tradeworkbench.core.stats.ols.HacSettings(
                                pick(r, org.tradeworkbench.core.stats.ols.HacBandwidth.class), r.nextBoolean(),
                                r.nextBoolean()) : null);
            }
            default -> {
                List<ModelTerms.Regressor> xs = new ArrayList<>();
                for (String n : names(r)) {
                    xs.add(new ModelTerms.Regressor(n, r.nextInt(4)));
                }
                yield new RegressionSpec(NAMES[r.nextInt(NAMES.length)], r.nextInt(4), xs, r.nextBoolean(),
                        pick(r, CovarianceType.class), r.nextInt(4) - 1, 1 + r.nextInt(4))
                        .withHac(new org.tradeworkbench.core.stats.ols.HacSettings(
                                pick(r, org.tradeworkbench.core.stats.ols.HacBandwidth.class), r.nextBoolean(),
                                r.nextBoolean()))
                        .withQlr(r.nextBoolean() ? 0 : 0.05 + 0.4 * r.nextDouble()).withCusum(r.nextBoolean())
                        .withCusumSquares(r.nextBoolean()).withRecursiveCoefficients(r.nextBoolean());
            }
        });
    }

    /** The VAR analyses' specs: two to four distinct variables, every trend, kind, band and order. */
    static Stream<Object> varSpecs() {
        Random r = new Random(20261207L);
        return IntStream.range(0, 50).mapToObj(i -> {
            List<String> vars = new ArrayList<>();
            int k = 2 + r.nextInt(3);
            for (int j = 0; j < k; j++) {
                vars.add(NAMES[(i + j) % NAMES.length] + j);
            }
            List<String> exog = r.nextBoolean() ? List.of() : List.of("x" + i);
            VarModel m = new VarModel(vars, 1 + r.nextInt(6), pick(r, VarTrend.class), exog);
            List<String> order = new ArrayList<>(vars);
            java.util.Collections.shuffle(order, r);
            VecmSpec vecm = new VecmSpec(vars, 1 + r.nextInt(4),
                    pick(r, org.tradeworkbench.core.analysis.cointegration.JohansenCase.class),
                    r.nextBoolean() ? null : r.nextInt(vars.size() + 1));
            return switch (i % 10) {
                case 8 -> new org.tradeworkbench.core.analysis.var.VecmIrfSpec(vecm, pick(r, IrfKind.class),
                        r.nextBoolean() ? List.of() : order, r.nextInt(40));
                case 9 -> new org.tradeworkbench.core.analysis.var.VecmFevdSpec(vecm,
                        r.nextBoolean() ? List.of() : order, 1 + r.nextInt(40));
                case 0 -> new VarSelectSpec(vars, m.trend(), exog, 1 + r.nextInt(12));
                case 1 -> new VarSpec(m, r.nextBoolean() ? null : 1 + r.nextInt(12));
                case 2 -> new IrfSpec(m, pick(r, IrfKind.class), r.nextBoolean() ? List.of() : order, r.nextInt(40),
                        pick(r, IrfBands.class), 10 + r.nextInt(2000), r.nextLong(), 0.5 + 0.49 * r.nextDouble());
                case 3 -> r.nextBoolean() ? new FevdSpec(m, r.nextBoolean() ? List.of() : order, 1 + r.nextInt(40))
                        : new FevdSpec(m, order, 1 + r.nextInt(40), IrfBands.BOOTSTRAP, 10 + r.nextInt(2000),
                        r.nextLong(), 0.5 + 0.49 * r.nextDouble());
                case 5 -> new VarTabSpec(vars, r.nextInt(6), 1 + r.nextInt(8), pick(r, VarTrend.class),
                        pick(r, IrfKind.class), r.nextBoolean() ? List.of() : order, r.nextInt(30),
                        pick(r, IrfBands.class), 10 + r.nextInt(500), r.nextLong(), r.nextBoolean(), r.nextBoolean(),
                        r.nextBoolean() ? null : r.nextInt(3));
                case 6 -> new VecmSpec(vars, 1 + r.nextInt(4),
                        pick(r, org.tradeworkbench.core.analysis.cointegration.JohansenCase.class),
                        r.nextBoolean() ? null : r.nextInt(vars.size() + 1));
                case 4 -> new MethodsCheckSpec(vars, 1 + r.nextInt(4), m.trend(), r.nextBoolean(),
                        r.nextBoolean() ? null : vars.get(0));
                default -> r.nextBoolean() ? TodaYamamotoSpec.of(m)
                        : new TodaYamamotoSpec(m, r.nextInt(3), List.of(vars.get(0)), List.of(vars.get(1)));
            };
        });
    }

    /** The Cointegration tab's specs, each test alone and inside the tab's choice. */
    static Stream<Object> cointegrationSpecs() {
        Random r = new Random(20261208L);
        return IntStream.range(0, 24).mapToObj(i -> {
            List<String> vars = new ArrayList<>();
            int k = 2 + r.nextInt(5);
            for (int j = 0; j < k; j++) {
                vars.add(NAMES[(i + j) % NAMES.length] + j);
            }
            var po = new org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisSpec(vars,
                    pick(r, org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisType.class),
                    pick(r, org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisDemean.class),
                    pick(r, org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisLag.class),
                    r.nextBoolean() ? null : 1e-12 * (1 + r.nextInt(1000)));
            var eg = new org.tradeworkbench.core.analysis.cointegration.EngleGrangerSpec(vars,
                    pick(r, org.tradeworkbench.core.analysis.cointegration.EngleGrangerTrend.class), r.nextInt(5),
                    null, null);
            return switch (i % 4) {
                case 0 -> po;
                case 1 -> org.tradeworkbench.core.analysis.cointegration.CointegrationSpec.of(po);
                case 2 -> eg;
                default -> org.tradeworkbench.core.analysis.cointegration.CointegrationSpec.of(eg);
            };
        });
    }

    @ParameterizedTest
    @MethodSource("cointegrationSpecs")
    void cointegrationSpecsReadBackAsTheSameSpec(Object spec) {
        readsBackAsTheSameSpec(spec);
    }

    @ParameterizedTest
    @MethodSource("varSpecs")
    void varSpecsReadBackAsTheSameSpec(Object spec) {
        readsBackAsTheSameSpec(spec);
    }

    @ParameterizedTest
    @MethodSource("specs")
    void readsBackAsTheSameSpec(Object spec) {
        String json = AnalysisJson.write(spec);
        assertThat(AnalysisJson.read(json, spec.getClass())).isEqualTo(spec);
        assertThat(AnalysisJson.read(AnalysisJson.tree(spec), spec.getClass())).isEqualTo(spec);
    }

    /** Figure requests with every choice of the general chart: index, right axis, scatter plot and fit. */
    static Stream<Object> figureRequests() {
        Random r = new Random(20261207L);
        return IntStream.range(0, 20).mapToObj(i -> {
            org.tradeworkbench.core.figures.FigureChoices c = org.tradeworkbench.core.figures.FigureChoices.none()
                    .withVariables(names(r)).withRange(r.nextBoolean() ? null : 1990 + r.nextInt(10),
                            r.nextBoolean() ? null : 2005 + r.nextInt(10))
                    .withTitle(r.nextBoolean() ? null : "T " + i).withAxisLabel(r.nextBoolean() ? null : "A (US$)")
                    .withKind(r.nextBoolean() ? null : pick(r, org.tradeworkbench.core.figures.FigureKind.class))
                    .withBaseYear(r.nextBoolean() ? null : 2000 + r.nextInt(10)).withRightAxis(names(r))
                    .withType(r.nextBoolean() ? null : pick(r, org.tradeworkbench.core.figures.ChartType.class))
                    .withXVariable(r.nextBoolean() ? null : NAMES[r.nextInt(NAMES.length)])
                    .withFitLine(r.nextBoolean() ? null : r.nextBoolean())
                    .withRightLabel(r.nextBoolean() ? null : "R " + i + " (% of GDP)");
            return new org.tradeworkbench.core.analysis.figures.FigureRequest(i % 5 == 4 ? "2" : "general", c);
        });
    }

    @ParameterizedTest
    @MethodSource("figureRequests")
    void figureRequestsReadBackAsTheSameRequest(Object spec) {
        readsBackAsTheSameSpec(spec);
    }

    @Test
    void figureChoicesWrittenBeforeTheRightAxisAndScatterPlotsReadWithTheirDefaults() {
        org.tradeworkbench.core.figures.FigureChoices c = AnalysisJson.read("{\"columns\":{},\"variables\":[\"a\"],"
                + "\"fromYear\":null,\"toYear\":null,\"title\":null,\"subtitle\":null,\"kind\":\"LINE\","
                + "\"axisLabel\":null,\"baseYear\":2004}", org.tradeworkbench.core.figures.FigureChoices.class);
        assertThat(c).isEqualTo(org.tradeworkbench.core.figures.FigureChoices.none().withVariables(List.of("a"))
                .withKind(org.tradeworkbench.core.figures.FigureKind.LINE).withBaseYear(2004));
        assertThat(c.rightAxis()).isEmpty();
        assertThat(c.scatter()).isFalse();
        assertThat(c.fitted()).isFalse();
        assertThat(c.rightLabel()).isNull();
    }

    @Test
    void theStationaritySpecIsWrittenWithReadableNames() {
        StationaritySpec s = StationaritySpec.DEFAULT.withVariables(List.of("lny"));
        assertThat(AnalysisJson.write(s)).isEqualTo("{\"variables\":[\"lny\"],\"test\":\"ADF\",\"trend\":\"CONSTANT\","
                + "\"difference\":\"LEVEL\",\"lags\":\"AIC\",\"fixedLags\":0,\"maxLag\":null,\"kpss\":false,"
                + "\"breaks\":{\"type\":\"INTERCEPT\",\"trim\":0.15},\"pp\":{\"statistic\":\"Z_TAU\",\"lags\":\"short\"},"
                + "\"glsCriterion\":\"MAIC\"}");
    }

    @Test
    void aStationaritySpecWrittenBeforeTheBreakTestsReadsWithTheDefaultBreak() {
        StationaritySpec s = AnalysisJson.read("{\"variables\":[\"lny\"],\"test\":\"ADF\",\"trend\":\"CONSTANT\","
                + "\"difference\":\"LEVEL\",\"lags\":\"AIC\",\"fixedLags\":0,\"maxLag\":null,\"kpss\":false}",
                StationaritySpec.class);
        assertThat(s).isEqualTo(StationaritySpec.DEFAULT.withVariables(List.of("lny")));
        assertThat(s.breaks()).isEqualTo(BreakChoice.DEFAULT);
        assertThat(s.pp()).isEqualTo(org.tradeworkbench.core.analysis.stationarity.PhillipsPerronChoice.DEFAULT);
        assertThat(s.glsCriterion()).isEqualTo(org.tradeworkbench.core.stats.unitroot.DfGlsLagCriterion.MAIC);
    }

    @Test
    void phillipsPerronAndDfGlsChoicesReadBack() {
        StationaritySpec s = new StationaritySpec(List.of("x"), UnitRootKind.PP,
                org.tradeworkbench.core.stats.dist.UnitRootTrend.CONSTANT_TREND, DifferenceChoice.SMALLEST,
                LagChoice.BIC, 2, 5, true, null, new org.tradeworkbench.core.analysis.stationarity.PhillipsPerronChoice(
                org.tradeworkbench.core.stats.unitroot.PhillipsPerronSpec.Statistic.Z_ALPHA, "7"),
                org.tradeworkbench.core.stats.unitroot.DfGlsLagCriterion.BIC);
        assertThat(AnalysisJson.read(AnalysisJson.write(s), StationaritySpec.class)).isEqualTo(s);
        assertThatThrownBy(() -> AnalysisJson.read("{\"variables\":[],\"test\":\"PP\",\"trend\":\"CONSTANT\","
                + "\"difference\":\"LEVEL\",\"lags\":\"AIC\",\"fixedLags\":0,\"maxLag\":null,\"kpss\":false,"
                + "\"pp\":{\"statistic\":\"Z_TAU\",\"lags\":\"middle\"}}", StationaritySpec.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("middle");
    }

    @Test
    void aCausalitySpecWrittenBeforeTheCovarianceChoiceReadsAsTheClassicalTest() {
        CausalitySpec old = AnalysisJson.read("{\"variables\":[\"a\",\"b\"],\"lags\":2,\"allLags\":true}",
                CausalitySpec.class);
        assertThat(old).isEqualTo(new CausalitySpec(List.of("a", "b"), 2, true));
        assertThat(old.covariance()).isEqualTo(CovarianceType.CLASSICAL);
        assertThat(old.robust()).isFalse();
        CausalitySpec hc1 = old.withCovariance(CovarianceType.HC1, -1, null);
        assertThat(AnalysisJson.write(hc1)).contains("\"covariance\":\"HC1\"");
        assertThat(AnalysisJson.read(AnalysisJson.write(hc1), CausalitySpec.class)).isEqualTo(hc1);
    }

    @Test
    void eachAnalysisNamesItsSpecType() {
        assertThat(new StationarityAnalysis().specType()).isEqualTo(StationaritySpec.class);
        assertThat(new CausalityAnalysis().specType()).isEqualTo(CausalitySpec.class);
        assertThat(new RegressionAnalysis().specType()).isEqualTo(RegressionSpec.class);
        assertThat(List.of(new StationarityAnalysis().kind(), new CausalityAnalysis().kind(),
                new RegressionAnalysis().kind())).containsExactly("stationarity", "causality", "regression");
    }

    @Test
    void aMisspelledOrInvalidFieldIsAnError() {
        assertThatThrownBy(() -> AnalysisJson.read("{\"variables\":[\"a\",\"b\"],\"lag\":2,\"allLags\":false}",
                CausalitySpec.class)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lag");
        assertThatThrownBy(() -> AnalysisJson.read("{\"variables\":[\"a\",\"b\"],\"lags\":0,\"allLags\":false}",
                CausalitySpec.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> AnalysisJson.read("{\"variables\":[],\"test\":\"KPSS\",\"trend\":\"CONSTANT\","
                + "\"difference\":\"LEVEL\",\"lags\":\"AIC\",\"fixedLags\":0,\"maxLag\":null,\"kpss\":false}",
                StationaritySpec.class)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KPSS");
    }
}
