/**
 * The app shell: the application, the main window with its menus and tabs, and File > Export all; the one package
 * that puts the features together.
 */
package org.tradeworkbench.ui.main;
