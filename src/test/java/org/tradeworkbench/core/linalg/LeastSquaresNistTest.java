package org.tradeworkbench.core.linalg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** NIST StRD linear regression: certified digits reached by {@link LeastSquares} on all eleven datasets. */
class LeastSquaresNistTest {

    static java.util.List<String> names() {
        return NistDataset.NAMES;
    }

    @ParameterizedTest
    @MethodSource("names")
    void reachesCertifiedDigits(String name) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(NistDataset.DIR), "NIST data not present");
        NistDataset d = NistDataset.read(name);
        LeastSquaresFit fit = LeastSquares.fit(d.design(), d.y());
        int n = d.y().length;
        int k = d.certifiedCoefficients().length;
        double s2 = fit.ssr() / (n - k);
        double[][] inv = fit.xtxInverse();
        double minCoef = 99;
        double minSe = 99;
        for (int j = 0; j < k; j++) {
            minCoef = Math.min(minCoef, NistDataset.lre(fit.coefficient(j), d.certifiedCoefficients()[j]));
            minSe = Math.min(minSe, NistDataset.lre(Math.sqrt(s2 * inv[j][j]), d.certifiedStdErrors()[j]));
        }
        double resSdLre = NistDataset.lre(Math.sqrt(s2), d.certifiedResidualSd());
        System.out.printf("%-9s coef LRE %.1f  se LRE %.1f  resid sd LRE %.1f%n", name, minCoef, minSe, resSdLre);
        double needCoef = name.equals("Filip") ? 7 : 9;
        double needSe = name.equals("Filip") ? 7 : 8;
        assertThat(minCoef).as(name + " coefficients").isGreaterThanOrEqualTo(needCoef);
        assertThat(minSe).as(name + " standard errors").isGreaterThanOrEqualTo(needSe);
    }
}
