/**
 * Expressions on series (logs, differences, lags, arithmetic): parsed once, evaluated over a dataset to make
 * generated series.
 */
package org.tradeworkbench.core.expr;
