/**
 * Least-squares regression with lags, diagnostics and the charts of the fit (the Regression tab, the {@code ols}
 * command): spec, model terms, analysis and report.
 */
package org.tradeworkbench.core.analysis.regression;
