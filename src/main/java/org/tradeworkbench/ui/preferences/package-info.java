/**
 * The Preferences dialog: theme, decimals, export scale and export folder.
 */
package org.tradeworkbench.ui.preferences;
