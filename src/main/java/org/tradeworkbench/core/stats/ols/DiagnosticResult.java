package org.tradeworkbench.core.stats.ols;

/**
 * A specification test on a fitted model.
 *
 * @param name        e.g. "Breusch-Godfrey LM (order 2)"
 * @param nullHypothesis what a small p-value rejects
 * @param statistic   the LM / chi-square statistic
 * @param df          its chi-square degrees of freedom
 * @param pValue      its p-value
 * @param fStatistic  the F form where the test has one, else NaN
 * @param fDfNum      numerator df of the F form
 * @param fDfDenom    denominator df of the F form
 * @param fPValue     p-value of the F form
 */
public record DiagnosticResult(String key, String name, String nullHypothesis, double statistic, double df,
        double pValue, double fStatistic, double fDfNum, double fDfDenom, double fPValue) {

    static DiagnosticResult chiSquare(String key, String name, String h0, double stat, double df) {
        return new DiagnosticResult(key, name, h0, stat, df, Distributions.chiSquareUpper(stat, df), Double.NaN,
                Double.NaN, Double.NaN, Double.NaN);
    }

    static DiagnosticResult lmAndF(String key, String name, String h0, double lm, double df, double f, double dfNum,
            double dfDenom) {
        return new DiagnosticResult(key, name, h0, lm, df, Distributions.chiSquareUpper(lm, df), f, dfNum, dfDenom,
                Distributions.fUpper(f, dfNum, dfDenom));
    }

    static DiagnosticResult fOnly(String key, String name, String h0, double f, double dfNum, double dfDenom) {
        return new DiagnosticResult(key, name, h0, Double.NaN, Double.NaN, Double.NaN, f, dfNum, dfDenom,
                Distributions.fUpper(f, dfNum, dfDenom));
    }
}
