package org.tradeworkbench.core.stats;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.report.Report;

/**
 * Descriptive statistics of one series as a paper's summary table prints them: observations, mean, standard
 * deviation (n - 1 divisor), minimum, maximum, plus median, skewness and excess kurtosis (moment estimators,
 * as statsmodels' {@code stats.stattools} and Stata's {@code summarize, detail}). Missing values are skipped and
 * counted.
 */
public record Descriptives(String name, int n, int missing, double mean, double sd, double min, double max,
                           double median, double skewness, double kurtosis) implements Report {

    public static Descriptives of(String name, double[] values) {
        double[] v = Arrays.stream(values).filter(d -> !Double.isNaN(d)).toArray();
        int missing = values.length - v.length;
        int n = v.length;
        if (n == 0) {
            throw new DataException("series " + name + " has no values");
        }
        // Two passes: the mean first, then centred sums, which keeps the variance accurate for large levels.
        double sum = 0;
        for (double d : v) {
            sum += d;
        }
        double mean = sum / n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        double corr = 0;
        for (double d : v) {
            double c = d - mean;
            corr += c;
            m2 += c * c;
            m3 += c * c * c;
            m4 += c * c * c * c;
        }
        mean += corr / n;
        m2 -= corr * corr / n;
        double sd = n > 1 ? Math.sqrt(m2 / (n - 1)) : Double.NaN;
        double mm2 = m2 / n;
        double skew = mm2 > 0 ? (m3 / n) / Math.pow(mm2, 1.5) : Double.NaN;
        double kurt = mm2 > 0 ? (m4 / n) / (mm2 * mm2) - 3.0 : Double.NaN;
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        return new Descriptives(name, n, missing, mean, sd, sorted[0], sorted[n - 1], median, skew, kurt);
    }

    @Override
    public String title() {
        return "Descriptive statistics: " + name;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("nobs", n);
        m.put("missing", missing);
        m.put("mean", mean);
        m.put("std_dev", sd);
        m.put("min", min);
        m.put("max", max);
        m.put("median", median);
        m.put("skewness", skewness);
        m.put("excess_kurtosis", kurtosis);
        return m;
    }

    @Override
    public List<ResultTable> tables() {
        ResultTable.Builder t = ResultTable.builder(title(), "variable", "obs", "mean", "std. dev.", "min", "max",
                "median", "skewness", "ex. kurtosis");
        t.row(Cell.text(name), Cell.integer(n), Cell.number(mean, 3), Cell.number(sd, 3), Cell.number(min, 3),
                Cell.number(max, 3), Cell.number(median, 3), Cell.number(skewness, 3), Cell.number(kurtosis, 3));
        if (missing > 0) {
            t.note(missing + " missing values skipped");
        }
        return List.of(t.build());
    }
}
