/**
 * Granger causality: pairwise F and chi-square tests on nested VAR equations, and lag-order choice.
 */
package org.tradeworkbench.core.stats.granger;
