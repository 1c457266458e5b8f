package org.tradeworkbench.core.figures;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the user chose for a figure: the column feeding each {@link SeriesSlot} (by slot key), the variables of a
 * general chart, the year range, a title, subtitle and value-axis label (with its unit, e.g. "Balance (billion
 * US$)"; the left axis' when the chart has two) in place of the default ones, lines or bars, and for the general
 * chart a base year (each series drawn as an index, its mean in that year = 100), the variables it draws on a
 * second value axis at the right ({@code rightAxis}) and that axis' label ({@code rightLabel}), and whether it is
 * a scatter plot ({@code type}) of the variables against {@code xVariable}, with an OLS line fitted to each
 * ({@code fitLine}). {@code null} means "the default" for range, titles, axis labels, kind, type (lines over time)
 * and fit line (none). Immutable.
 */
public record FigureChoices(Map<String, String> columns, List<String> variables, Integer fromYear, Integer toYear,
        String title, String subtitle, FigureKind kind, String axisLabel, Integer baseYear, List<String> rightAxis,
        ChartType type, String xVariable, Boolean fitLine, String rightLabel) {

    public FigureChoices {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        variables = List.copyOf(variables);
        title = title == null || title.isBlank() ? null : title;
        subtitle = subtitle == null || subtitle.isBlank() ? null : subtitle;
        axisLabel = axisLabel == null || axisLabel.isBlank() ? null : axisLabel;
        rightAxis = rightAxis == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(rightAxis));
        xVariable = xVariable == null || xVariable.isBlank() ? null : xVariable;
        rightLabel = rightLabel == null || rightLabel.isBlank() ? null : rightLabel;
    }

    /** As before the right axis' label could be chosen: its default label. */
    public FigureChoices(Map<String, String> columns, List<String> variables, Integer fromYear, Integer toYear,
            String title, String subtitle, FigureKind kind, String axisLabel, Integer baseYear, List<String> rightAxis,
            ChartType type, String xVariable, Boolean fitLine) {
        this(columns, variables, fromYear, toYear, title, subtitle, kind, axisLabel, baseYear, rightAxis, type,
                xVariable, fitLine, null);
    }

    /** A chart over time, every variable on the left axis. */
    public FigureChoices(Map<String, String> columns, List<String> variables, Integer fromYear, Integer toYear,
            String title, String subtitle, FigureKind kind, String axisLabel, Integer baseYear) {
        this(columns, variables, fromYear, toYear, title, subtitle, kind, axisLabel, baseYear, List.of(), null, null,
                null);
    }

    /** Without rebasing (the general chart's {@code baseYear}: each series as an index, its mean in that year = 100). */
    public FigureChoices(Map<String, String> columns, List<String> variables, Integer fromYear, Integer toYear,
            String title, String subtitle, FigureKind kind, String axisLabel) {
        this(columns, variables, fromYear, toYear, title, subtitle, kind, axisLabel, null);
    }

    /** As before value-axis labels could be chosen: the default axis label. */
    public FigureChoices(Map<String, String> columns, List<String> variables, Integer fromYear, Integer toYear,
            String title, String subtitle, FigureKind kind) {
        this(columns, variables, fromYear, toYear, title, subtitle, kind, null);
    }

    public static FigureChoices none() {
        return new FigureChoices(Map.of(), List.of(), null, null, null, null, null, null, null, List.of(), null, null,
                null);
    }

    public Optional<String> column(String slotKey) {
        String c = columns.get(slotKey);
        return c == null || c.isBlank() ? Optional.empty() : Optional.of(c);
    }

    /** Sets a slot's column; {@code null} or blank clears it. */
    public FigureChoices withColumn(String slotKey, String column) {
        Map<String, String> m = new LinkedHashMap<>(columns);
        if (column == null || column.isBlank()) {
            m.remove(slotKey);
        } else {
            m.put(slotKey, column);
        }
        return new FigureChoices(m, variables, fromYear, toYear, title, subtitle, kind, axisLabel, baseYear,
                rightAxis, type, xVariable, fitLine, rightLabel);
    }

    public FigureChoices withVariables(List<String> vars) {
        return new FigureChoices(columns, vars, fromYear, toYear, title, subtitle, kind, axisLabel, baseYear,
                rightAxis, type, xVariable, fitLine, rightLabel);
    }

    public FigureChoices withRange(Integer from, Integer to) {
        return new FigureChoices(columns, variables, from, to, title, subtitle, kind, axisLabel, baseYear,
                rightAxis, type, xVariable, fitLine, rightLabel);
    }

    public FigureChoices withTitle(String t) {
        return new FigureChoices(columns, variables, fromYear, toYear, t, subtitle, kind, axisLabel, baseYear,
                rightAxis, type, xVariable, fitLine, rightLabel);
    }

    public FigureChoices withSubtitle(String s) {
        return new FigureChoices(columns, variables, fromYear, toYear, title, s, kind, axisLabel, baseYear,
                rightAxis, type, xVariable, fitLine, rightLabel);
    }

    /** The value axis's label with its unit; {@code null} or blank for the figure's default. */
    public FigureChoices withAxisLabel(String label) {
        return new FigureChoices(columns, variables, fromYear, toYear, title, subtitle, kind, label, baseYear,
                rightAxis, type, xVariable, fitLine, rightLabel);
    }

    /** The general chart as an index with its mean in {@code year} = 100; {@code null} for the values as they are. */
    public FigureChoices withBaseYear(Integer year) {
        return new FigureChoices(columns, variables, fromYear, toYear, title, subtitle, kind, axisLabel, year,
                rightAxis, type, xVariable, fitLine, rightLabel);
    }

    public FigureChoices withKind(FigureKind k) {
        return new FigureChoices(columns, variables, fromYear, toYear, title, subtitle, k, axisLabel, baseYear,
                rightAxis, type, xVariable, fitLine, rightLabel);
    }

    /** The variables drawn on the right value axis (the others on the left); empty for one axis. */
    public FigureChoices withRightAxis(List<String> vars) {
        return new FigureChoices(columns, variables, fromYear, toYear, title, subtitle, kind, axisLabel, baseYear,
                vars, type, xVariable, fitLine, rightLabel);
    }

    /** A scatter plot or a chart over time; {@code null} for the default (over time). */
    public FigureChoices withType(ChartType t) {
        return new FigureChoices(columns, variables, fromYear, toYear, title, subtitle, kind, axisLabel, baseYear,
                rightAxis, t, xVariable, fitLine, rightLabel);
    }

    /** The scatter plot's horizontal variable. */
    public FigureChoices withXVariable(String x) {
        return new FigureChoices(columns, variables, fromYear, toYear, title, subtitle, kind, axisLabel, baseYear,
                rightAxis, type, x, fitLine, rightLabel);
    }

    /** Whether the scatter plot has an OLS line fitted to each Y variable. */
    public FigureChoices withFitLine(Boolean fit) {
        return new FigureChoices(columns, variables, fromYear, toYear, title, subtitle, kind, axisLabel, baseYear,
                rightAxis, type, xVariable, fit, rightLabel);
    }

    /** The right value axis' label with its unit; {@code null} or blank for the default (its variables' names). */
    public FigureChoices withRightLabel(String label) {
        return new FigureChoices(columns, variables, fromYear, toYear, title, subtitle, kind, axisLabel, baseYear,
                rightAxis, type, xVariable, fitLine, label);
    }

    /** Whether the chart is a scatter plot. */
    public boolean scatter() {
        return type == ChartType.SCATTER;
    }

    /** Whether the scatter plot draws the fitted lines. */
    public boolean fitted() {
        return Boolean.TRUE.equals(fitLine);
    }
}
