/**
 * Unit-root and stationarity tests: augmented Dickey-Fuller and KPSS, with lag selection and the order of
 * integration.
 */
package org.tradeworkbench.core.stats.unitroot;
