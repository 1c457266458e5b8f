package org.tradeworkbench.core.figures;

/**
 * One input of a figure that the user fills with a column, e.g. "US ATP exports to China".
 *
 * @param key     stable identifier within the figure, used in {@link FigureChoices}
 * @param label   what the picker says
 * @param matcher recognises the column in a dataset, to pre-fill the picker
 */
public record SeriesSlot(String key, String label, ColumnMatcher matcher) {
}
