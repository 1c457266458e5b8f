package org.tradeworkbench.core.analysis.cointegration;

/**
 * The likelihood-ratio test that {@code variable}'s row of alpha is zero at rank r: the variable does not adjust
 * to the cointegrating relations (it is weakly exogenous for them; no long-run causality into it). Chi-square
 * with r degrees of freedom.
 */
public record WeakExogeneityResult(String variable, double statistic, int df, double pValue) {
}
