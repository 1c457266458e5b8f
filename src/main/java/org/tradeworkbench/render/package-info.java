/**
 * Drawing headless: figures, result tables and whole reports rendered to PNG with JavaFX graphics (no controls),
 * for the desktop's exports and the command line alike.
 */
package org.tradeworkbench.render;
