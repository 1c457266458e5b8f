package org.tradeworkbench.core.stats.ols;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.linalg.NistDataset;

/**
 * NIST StRD linear regression through the OLS engine as users call it: at least 9 correct digits (LRE) in every
 * coefficient and 8 in every standard error, Filip at least 7. Writes the table of docs/performance.md to
 * {@code target/nist-lre.md}.
 */
class OlsNistAccuracyTest {

    @Test
    void certifiedDigitsOnAllElevenDatasets() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(NistDataset.DIR), "NIST data not present");
        StringBuilder md = new StringBuilder();
        md.append("| Dataset | Difficulty | min LRE coefficients | min LRE std. errors | LRE residual SD | LRE R² |\n");
        md.append("|---|---|---|---|---|---|\n");
        List<String> failures = new ArrayList<>();
        for (String name : NistDataset.NAMES) {
            NistDataset d = NistDataset.read(name);
            boolean intercept = d.design().name(0).equals("const");
            List<String> names = new ArrayList<>();
            List<double[]> cols = new ArrayList<>();
            for (int j = intercept ? 1 : 0; j < d.design().cols(); j++) {
                names.add(d.design().name(j));
                cols.add(d.design().column(j));
            }
            OlsResult r = Ols.fit("y", d.y(), names, cols, OlsOptions.DEFAULT.withConstant(intercept));
            double minCoef = 15;
            double minSe = 15;
            for (int j = 0; j < r.coefficients().size(); j++) {
                Coefficient c = r.coefficients().get(j);
                minCoef = Math.min(minCoef, NistDataset.lre(c.estimate(), d.certifiedCoefficients()[j]));
                minSe = Math.min(minSe, NistDataset.lre(c.stdError(), d.certifiedStdErrors()[j]));
            }
            double sdLre = NistDataset.lre(r.standardErrorOfRegression(), d.certifiedResidualSd());
            double r2Lre = NistDataset.lre(r.rSquared(), d.certifiedRSquared());
            md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f |%n", name,
                    NistDataset.difficulty(name), minCoef, minSe, sdLre, r2Lre));
            double need = name.equals("Filip") ? 7 : 9;
            double needSe = name.equals("Filip") ? 7 : 8;
            if (minCoef < need || minSe < needSe) {
                failures.add(name + " coefficients " + minCoef + ", standard errors " + minSe);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "nist-lre.md"), md.toString());
        System.out.print(md);
        assertThat(failures).as("datasets below the required digits").isEmpty();
    }
}
