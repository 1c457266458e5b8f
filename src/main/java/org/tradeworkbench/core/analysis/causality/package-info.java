/**
 * Granger causality tests between every pair of a set of variables (the Causality tab, the {@code causality} and
 * {@code granger} commands): spec, analysis, report and the table laid out like the paper's Table 3.
 */
package org.tradeworkbench.core.analysis.causality;
