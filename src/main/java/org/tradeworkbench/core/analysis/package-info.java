/**
 * What every analysis is: a typed, JSON-serialisable spec, one {@code run(spec, data, progress)} and a typed
 * report; each kind lives in its own subpackage.
 */
package org.tradeworkbench.core.analysis;
