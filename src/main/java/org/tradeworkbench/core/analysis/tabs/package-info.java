/**
 * The analysis tabs of a saved workbench run without the app, from the specs the file stores: what the
 * {@code tabs} command and Export all print. Kept apart from {@code core.analysis} so that the analysis
 * kinds depend on that package and this one on them, without a cycle.
 */
package org.tradeworkbench.core.analysis.tabs;
