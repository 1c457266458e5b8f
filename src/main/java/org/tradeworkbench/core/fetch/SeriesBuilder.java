package org.tradeworkbench.core.fetch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;

/** Collects observations by series and period and lays them on one time index. */
final class SeriesBuilder {
    private final String provider;
    private final Map<String, TreeMap<Period, Double>> values = new LinkedHashMap<>();
    private final Map<String, String> descriptions = new LinkedHashMap<>();

    SeriesBuilder(String provider) {
        this.provider = provider;
    }

    void describe(String series, String description) {
        descriptions.putIfAbsent(series, description);
        values.computeIfAbsent(series, k -> new TreeMap<>());
    }

    void put(String series, Period p, double v) {
        TreeMap<Period, Double> m = values.computeIfAbsent(series, k -> new TreeMap<>());
        if (!m.isEmpty() && m.firstKey().frequency() != p.frequency()) {
            throw new DataException(provider + ": series " + series + " mixes frequencies (" + m.firstKey() + ", "
                    + p + ")");
        }
        m.put(p, v);
    }

    boolean isEmpty() {
        return values.values().stream().allMatch(Map::isEmpty);
    }

    Dataset build(String name, List<String> notes) {
        Period first = null;
        Period last = null;
        for (TreeMap<Period, Double> m : values.values()) {
            if (m.isEmpty()) {
                continue;
            }
            if (first != null && first.frequency() != m.firstKey().frequency()) {
                throw new DataException(provider + ": the series have different frequencies; fetch them one at a time");
            }
            first = first == null || m.firstKey().compareTo(first) < 0 ? m.firstKey() : first;
            last = last == null || m.lastKey().compareTo(last) > 0 ? m.lastKey() : last;
        }
        if (first == null) {
            throw new DataException(provider + ": the answer holds no observations for this request");
        }
        TimeIndex index = TimeIndex.between(first, last);
        List<Series> series = new ArrayList<>();
        for (var e : values.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            double[] v = new double[index.size()];
            java.util.Arrays.fill(v, Double.NaN);
            for (var o : e.getValue().entrySet()) {
                v[index.rowOf(o.getKey()).orElseThrow()] = o.getValue();
            }
            series.add(new Series(e.getKey(), v, null, descriptions.getOrDefault(e.getKey(), "")));
        }
        return new Dataset(name, index, series, List.of(), notes);
    }

    /** A series name from codes: lower case, letters, digits and underscores. */
    static String name(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String s = p.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        String n = String.join("_", out);
        return n.isEmpty() || Character.isDigit(n.charAt(0)) ? "s_" + n : n;
    }
}
