/**
 * Background work in the desktop app: the {@code core.task} runner on JavaFX threads.
 */
package org.tradeworkbench.ui.task;
