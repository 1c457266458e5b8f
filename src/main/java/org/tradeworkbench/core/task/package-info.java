/**
 * Background work without a toolkit: the task runner, progress reporting and cancelling, and debouncing; the JavaFX
 * adapter is in {@code ui.task}.
 */
package org.tradeworkbench.core.task;
