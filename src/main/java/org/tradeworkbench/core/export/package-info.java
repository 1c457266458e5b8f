/**
 * Export all: every figure and every report's tables of a workbench written into one folder with an index page; the
 * same for the desktop and the command line, images drawn by a renderer passed in.
 */
package org.tradeworkbench.core.export;
