package org.tradeworkbench.core.analysis.cointegration;

import static org.tradeworkbench.core.analysis.cointegration.CointegrationFixtures.close;
import static org.tradeworkbench.core.analysis.cointegration.CointegrationFixtures.doubles;
import static org.tradeworkbench.core.analysis.cointegration.CointegrationFixtures.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Johansen against statsmodels 0.13.5 {@code coint_johansen} (det_order -1 and 0 are cases 1 and 3; det_order 1
 * detrends the levels before the test, which is none of the five cases, so only its critical values, those of case
 * 5, are compared), R urca {@code ca.jo}/{@code cajorls} (ecdet none, const, trend: cases 3, 2, 4) and gretl's
 * {@code johansen}/{@code vecm} (all five cases, VAR orders 1 and 2).
 */
class JohansenReferenceTest {
    private static final double REL = 1e-6;
    /** urca prints its critical values with two decimals; ours have four, from the same tables. */
    private static final double URCA_CV_ABS = 0.005 + 1e-9;

    static List<JsonNode> statsmodels() {
        return CointegrationFixtures.cases("johansen_statsmodels");
    }

    static List<JsonNode> urca() {
        return CointegrationFixtures.cases("johansen_urca");
    }

    static List<JsonNode> gretl() {
        return CointegrationFixtures.cases("johansen_gretl");
    }

    private static JohansenReport run(JsonNode c, int lags, JohansenCase det) {
        return new Johansen().run(new JohansenSpec(CointegrationFixtures.strings(c.get("variables")), lags, det),
                CointegrationFixtures.dataset(c.get("dataset").asText()), ProgressReporter.NONE);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("statsmodels")
    void agreesWithStatsmodels(JsonNode c) {
        int det = c.get("det_order").asInt();
        int k = c.get("k_ar_diff").asInt();
        String what = c.get("dataset").asText() + " det_order " + det + " k " + k;
        JohansenCase jc = det == -1 ? JohansenCase.NONE : det == 0 ? JohansenCase.UNRESTRICTED_CONSTANT
                : JohansenCase.UNRESTRICTED_TREND;
        JohansenReport r = run(c, k, jc);
        double[][] tcv = matrix(c.get("trace_cv"));
        double[][] mcv = matrix(c.get("max_eigen_cv"));
        for (int i = 0; i < tcv.length; i++) {
            close(tcv[i], r.traceCriticalValues()[i], 1e-12, 1, what + " trace cv r=" + i);
            close(mcv[i], r.maxEigenCriticalValues()[i], 1e-12, 1, what + " max-eigen cv r=" + i);
        }
        if (det == 1 || k == 0) {
            // det_order 1 is none of the five cases; k_ar_diff 0 takes y_t for y_(t-1) (statsmodels #7459):
            // gretl at VAR order 1 is the reference for that.
            return;
        }
        close(doubles(c.get("eigenvalues")), r.eigenvalues(), REL, 1e-10, what + " eigenvalues");
        close(doubles(c.get("trace")), r.trace(), REL, 1e-8, what + " trace");
        close(doubles(c.get("max_eigen")), r.maxEigen(), REL, 1e-8, what + " max-eigen");
        double[][] ev = matrix(c.get("evec"));
        for (int j = 0; j < ev.length; j++) {
            for (int i = 0; i < ev.length; i++) {
                close(ev[i][j] / ev[0][j], r.eigenvectors()[i][j], REL, 1e-8, what + " eigenvector " + j + "[" + i
                        + "]");
            }
        }
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("urca")
    void agreesWithUrca(JsonNode c) {
        String ecdet = c.get("ecdet").asText();
        JohansenCase jc = switch (ecdet) {
            case "none" -> JohansenCase.UNRESTRICTED_CONSTANT;
            case "const" -> JohansenCase.RESTRICTED_CONSTANT;
            default -> JohansenCase.RESTRICTED_TREND;
        };
        int k = c.get("K").asInt() - 1;
        String what = c.get("dataset").asText() + " ecdet " + ecdet + " K " + (k + 1);
        JohansenReport r = run(c, k, jc);
        int n = r.variableCount();
        close(Arrays.copyOf(doubles(c.get("lambda")), n), r.eigenvalues(), REL, 1e-10, what + " eigenvalues");
        close(doubles(c.get("trace")), r.trace(), REL, 1e-8, what + " trace");
        close(doubles(c.get("max_eigen")), r.maxEigen(), REL, 1e-8, what + " max-eigen");
        double[][] tcv = matrix(c.get("trace_cv"));
        double[][] mcv = matrix(c.get("max_eigen_cv"));
        // urca prints Osterwald-Lenum (1992) for every case; ours are those for cases 2 and 4 and MacKinnon-Haug-
        // Michelis (1999) for case 3, so only the restricted cases are compared.
        for (int i = 0; i < n && jc.hasRestrictedTerm(); i++) {
            for (int l = 0; l < 3; l++) {
                close(tcv[i][l], r.traceCriticalValues()[i][l], 0, URCA_CV_ABS, what + " trace cv " + i + "," + l);
                close(mcv[i][l], r.maxEigenCriticalValues()[i][l], 0, URCA_CV_ABS, what + " max cv " + i + "," + l);
            }
        }
        double[][] v = matrix(c.get("V"));
        for (int i = 0; i < r.betaRows().size(); i++) {
            close(Arrays.copyOf(v[i], n), r.eigenvectors()[i], REL, 1e-8, what + " eigenvectors row " + i);
        }
        VecmEstimates one = r.estimates(1);
        double[][] beta = matrix(c.get("beta"));
        for (int i = 0; i < beta.length; i++) {
            close(beta[i][0], one.beta()[i][0], REL, 1e-8, what + " beta[" + i + "]");
        }
        double[] alpha = doubles(c.get("alpha"));
        for (int i = 0; i < n; i++) {
            close(alpha[i], one.alpha()[i][0], REL, 1e-8, what + " alpha[" + i + "]");
        }
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("gretl")
    void agreesWithGretl(JsonNode c) {
        int caseNo = c.get("case").asInt();
        int k = c.get("var_order").asInt() - 1;
        String what = c.get("dataset").asText() + " case " + caseNo;
        JohansenReport r = run(c, k, JohansenCase.parse(String.valueOf(caseNo)));
        close(doubles(c.get("trace")), r.trace(), REL, 1e-8, what + " trace");
        close(doubles(c.get("max_eigen")), r.maxEigen(), REL, 1e-8, what + " max-eigen");
        VecmEstimates one = r.estimates(1);
        double[][] beta = matrix(c.get("beta"));
        for (int i = 0; i < beta.length; i++) {
            close(beta[i][0], one.beta()[i][0], REL, 1e-8, what + " beta[" + i + "]");
        }
        double[][] alpha = matrix(c.get("alpha"));
        for (int i = 0; i < alpha.length; i++) {
            close(alpha[i][0], one.alpha()[i][0], REL, 1e-8, what + " alpha[" + i + "]");
        }
    }
}
