/**
 * A workbench on disk: the workbench file (data, settings, specs, command log) in JSON, atomic saving, autosave and
 * recovery, recent files and user preferences.
 */
package org.tradeworkbench.core.workbench;
