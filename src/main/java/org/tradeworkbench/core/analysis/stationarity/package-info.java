/**
 * Unit-root tests of a set of variables (the Stationarity tab, the {@code adf} command): spec, analysis, report and
 * the table laid out like the paper's Table 2.
 */
package org.tradeworkbench.core.analysis.stationarity;
