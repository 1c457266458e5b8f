/**
 * The {@code bench} command's cases and data: seeded inputs and timed runs of the engine after warm-up, outside
 * the unit tests.
 */
package org.tradeworkbench.core.bench;
