/** The command language's state and interpreter, shared by the CLI's run-script and the desktop console. */
package org.tradeworkbench.core.script;
