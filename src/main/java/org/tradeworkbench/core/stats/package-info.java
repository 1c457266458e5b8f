/**
 * Statistics on series: descriptive statistics here, the estimators and tests in the subpackages.
 */
package org.tradeworkbench.core.stats;
