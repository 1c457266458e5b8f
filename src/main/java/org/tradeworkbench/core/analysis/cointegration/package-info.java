/**
 * Cointegration (the Cointegration tab and the {@code engle-granger}, {@code johansen} and {@code ardl} commands):
 * Engle-Granger, Johansen with its VECM at every rank and p-values, and the ARDL bounds test, each a spec, an
 * analysis and a report.
 */
package org.tradeworkbench.core.analysis.cointegration;
