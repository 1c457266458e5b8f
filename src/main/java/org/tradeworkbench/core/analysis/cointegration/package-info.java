/**
 * Cointegration (the Cointegration tab and the {@code engle-granger}, {@code johansen}, {@code ardl} and
 * {@code phillips-ouliaris} commands): Engle-Granger, Johansen with its VECM at every rank and p-values, the ARDL
 * bounds test and the Phillips-Ouliaris Pu and Pz tests, each a spec, an analysis and a report.
 */
package org.tradeworkbench.core.analysis.cointegration;
