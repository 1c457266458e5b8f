/** The user manual shown in the app: the pages of docs/ bundled with it, and a reader of their Markdown. */
package org.tradeworkbench.core.manual;
