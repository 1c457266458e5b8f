package org.tradeworkbench.core.workbench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Frequency;
import org.tradeworkbench.core.data.LabelColumn;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.expr.Expressions;

/**
 * A dataset as a workbench file keeps it. Data series are stored with their full values (including every value
 * the user edited), so a workbench opens without its source files and shows exactly what was saved; generated
 * series are stored by their expression and recomputed on opening, as the desktop app recomputes them after every
 * edit.
 *
 * @param name      the dataset's name
 * @param frequency {@link Frequency} name
 * @param start     label of the first period ({@code 2004}, {@code 2004Q1}, {@code 2004-01}, or the observation
 *                  number for undated data)
 * @param rows      number of periods
 * @param series    every series in display order
 * @param labels    text columns
 * @param notes     import notes
 */
public record DatasetState(String name, Frequency frequency, String start, int rows, List<StoredSeries> series,
                           List<LabelColumn> labels, List<String> notes) {

    /** One series: values for data, the expression (and no values) for a generated series. */
    public record StoredSeries(String name, String description, String expression, double[] values) {
        public StoredSeries {
            Objects.requireNonNull(name);
            description = description == null ? "" : description;
            if ((expression == null) == (values == null)) {
                throw new IllegalArgumentException(name + ": a stored series has either values or an expression");
            }
        }

        public boolean isGenerated() {
            return expression != null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StoredSeries s && s.name.equals(name) && s.description.equals(description)
                    && Objects.equals(s.expression, expression) && Arrays.equals(s.values, values);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, expression, Arrays.hashCode(values));
        }
    }

    public DatasetState {
        Objects.requireNonNull(name);
        Objects.requireNonNull(frequency);
        series = List.copyOf(series);
        labels = List.copyOf(labels);
        notes = List.copyOf(notes);
    }

    public static DatasetState of(Dataset d) {
        List<StoredSeries> out = new ArrayList<>();
        for (Series s : d.series()) {
            out.add(s.isGenerated() ? new StoredSeries(s.name(), s.description(), s.expression(), null)
                    : new StoredSeries(s.name(), s.description(), null, s.values().clone()));
        }
        TimeIndex idx = d.index();
        return new DatasetState(d.name(), idx.frequency(), idx.start().toString(), idx.size(), out, d.labels(),
                d.notes());
    }

    /** The dataset, with generated series recomputed from the stored data. */
    public Dataset toDataset() {
        Period first = parseStart(frequency, start);
        TimeIndex idx = new TimeIndex(first, rows);
        List<Series> list = new ArrayList<>();
        for (StoredSeries s : series) {
            double[] v;
            if (s.isGenerated()) {
                v = new double[rows];
                Arrays.fill(v, Double.NaN);
            } else {
                if (s.values().length != rows) {
                    throw new DataException("series \"" + s.name() + "\" has " + s.values().length
                            + " values for " + rows + " periods");
                }
                v = s.values().clone();
            }
            list.add(new Series(s.name(), v, s.expression(), s.description()));
        }
        for (LabelColumn l : labels) {
            if (l.size() != rows) {
                throw new DataException("label column \"" + l.name() + "\" has " + l.size() + " values for "
                        + rows + " periods");
            }
        }
        return Expressions.refresh(new Dataset(name, idx, list, labels, notes));
    }

    static Period parseStart(Frequency f, String label) {
        if (f == Frequency.UNDATED) {
            try {
                return Period.undated(Long.parseLong(label.trim()));
            } catch (NumberFormatException e) {
                throw new DataException("the first observation \"" + label + "\" is not a number");
            }
        }
        Period p = Period.parse(label).orElseThrow(() -> new DataException("the first period \"" + label
                + "\" is not a period"));
        if (p.frequency() != f) {
            throw new DataException("the first period \"" + label + "\" is not " + f.name().toLowerCase());
        }
        return p;
    }
}
