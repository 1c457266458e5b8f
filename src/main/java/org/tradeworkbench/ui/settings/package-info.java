/**
 * App-wide settings every window and panel reads: the saved user settings, the theme on every window, the window
 * layout.
 */
package org.tradeworkbench.ui.settings;
