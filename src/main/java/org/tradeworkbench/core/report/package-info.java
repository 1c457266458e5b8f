/**
 * Reports and their writers: a {@code Report} holds {@code ResultTable}s of typed cells (numbers as numbers),
 * written as text, JSON, CSV, LaTeX, HTML or Markdown.
 */
package org.tradeworkbench.core.report;
