/**
 * Ordinary least squares: estimates, covariance types (classical and robust), fit statistics and diagnostic tests.
 */
package org.tradeworkbench.core.stats.ols;
