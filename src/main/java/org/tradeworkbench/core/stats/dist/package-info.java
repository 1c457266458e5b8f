/**
 * Distributions and critical values the tests need (normal, MacKinnon's response surfaces for unit-root tests),
 * each with its cited source.
 */
package org.tradeworkbench.core.stats.dist;
