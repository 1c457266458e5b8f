package org.tradeworkbench.core.linalg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One NIST StRD linear-regression file ({@code .dat}): certified coefficients and standard deviations from the
 * header, the data from the line range the header gives, and the model (straight line, polynomial in x,
 * multiple regression, or no intercept) from its "Model" line.
 */
public record NistDataset(String name, double[] y, DesignMatrix design, double[] certifiedCoefficients,
        double[] certifiedStdErrors, double certifiedResidualSd, double certifiedRSquared) {

    public static final Path DIR = Path.of("..", "shared", "data", "nist");

    public static final List<String> NAMES = List.of("Norris", "Pontius", "NoInt1", "NoInt2", "Filip", "Longley",
            "Wampler1", "Wampler2", "Wampler3", "Wampler4", "Wampler5");

    private static final Pattern PARAM = Pattern.compile("^\\s*B(\\d+)\\s+(\\S+)\\s+(\\S+)\\s*$");
    private static final Pattern DATA_LINES = Pattern.compile("Data\\s+\\(lines\\s+(\\d+)\\s+to\\s+(\\d+)\\)");

    public static NistDataset read(String name) throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve(name + ".dat"), StandardCharsets.ISO_8859_1);
        int first = -1;
        int last = -1;
        List<Double> coef = new ArrayList<>();
        List<Double> se = new ArrayList<>();
        int firstParamIndex = -1;
        double resSd = Double.NaN;
        double r2 = Double.NaN;
        String model = null;
        for (int i = 0; i < Math.min(60, lines.size()); i++) {
            String l = lines.get(i);
            Matcher m = DATA_LINES.matcher(l);
            if (m.find()) {
                first = Integer.parseInt(m.group(1));
                last = Integer.parseInt(m.group(2));
            }
            Matcher p = PARAM.matcher(l);
            if (p.matches()) {
                if (firstParamIndex < 0) {
                    firstParamIndex = Integer.parseInt(p.group(1));
                }
                coef.add(Double.parseDouble(p.group(2)));
                se.add(Double.parseDouble(p.group(3)));
            }
            if (l.trim().startsWith("y =")) {
                model = l.trim();
            }
            if (l.trim().startsWith("Standard Deviation") && l.trim().split("\\s+").length == 3) {
                resSd = Double.parseDouble(l.trim().split("\\s+")[2]);
            }
            if (l.trim().startsWith("R-Squared")) {
                r2 = Double.parseDouble(l.trim().split("\\s+")[1]);
            }
        }
        if (first < 0 || model == null || coef.isEmpty()) {
            throw new IOException(name + ": header not understood");
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = first - 1; i < last; i++) {
            String[] f = lines.get(i).trim().split("\\s+");
            double[] r = new double[f.length];
            for (int j = 0; j < f.length; j++) {
                r[j] = Double.parseDouble(f[j]);
            }
            rows.add(r);
        }
        int n = rows.size();
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rows.get(i)[0];
        }
        boolean intercept = firstParamIndex == 0;
        boolean polynomial = model.contains("**");
        int k = coef.size();
        List<String> names = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            int power = intercept ? j : j + 1;
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                double[] r = rows.get(i);
                if (intercept && j == 0) {
                    c[i] = 1.0;
                } else if (polynomial) {
                    c[i] = Math.pow(r[1], power);
                } else {
                    c[i] = r[power];
                }
            }
            names.add(intercept && j == 0 ? "const" : polynomial ? "x^" + power : "x" + power);
            cols.add(c);
        }
        double[] cc = coef.stream().mapToDouble(Double::doubleValue).toArray();
        double[] cs = se.stream().mapToDouble(Double::doubleValue).toArray();
        return new NistDataset(name, y, DesignMatrix.ofColumns(names, cols), cc, cs, resSd, r2);
    }

    /** "Lower", "Average" or "Higher", from the file's header. */
    public static String difficulty(String name) throws IOException {
        for (String l : Files.readAllLines(DIR.resolve(name + ".dat"), StandardCharsets.ISO_8859_1)) {
            Matcher m = Pattern.compile("(\\w+) Level of Difficulty").matcher(l);
            if (m.find()) {
                return m.group(1);
            }
        }
        return "";
    }

    /**
     * Log relative error: the number of correct significant digits, capped at 15 (the certified values carry
     * 15); for a certified zero, the log absolute error.
     */
    public static double lre(double estimate, double certified) {
        double err = certified == 0 ? Math.abs(estimate) : Math.abs(estimate - certified) / Math.abs(certified);
        if (err == 0) {
            return 15;
        }
        return Math.min(15, -Math.log10(err));
    }
}
