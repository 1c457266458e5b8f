package org.tradeworkbench.core.paper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Frequency;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.expr.Expression;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.io.atp.AtpColumns;

/** The paper's dataset: the bundled sample, and the paper's frame with its variables as generated series. */
public final class PaperData {
    private PaperData() {
    }

    /** The bundled annual sample data, read through the same importer as any user file. */
    public static Dataset bundledSample() throws IOException {
        return resource(PaperVariables.SAMPLE_ANNUAL_RESOURCE, "china_us_annual");
    }

    /** The bundled monthly US–China goods trade. */
    public static Dataset bundledMonthly() throws IOException {
        return resource(PaperVariables.SAMPLE_MONTHLY_RESOURCE, "us_china_goods_monthly");
    }

    private static Dataset resource(String path, String name) throws IOException {
        try (InputStream in = PaperData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new DataException("the bundled sample data are missing from this build (" + path + ")");
            }
            Path tmp = Files.createTempFile("trade-workbench-sample", ".csv");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                return DataImporter.read(tmp).withName(name);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Adds the paper's variables ({@link PaperVariables#all()}) as generated series to {@code data}, each whose
     * inputs are present (and ATP balances where exports and imports are). A series of that name that is data
     * is left as it is.
     */
    public static Dataset withPaperVariables(Dataset data) {
        return frame(data, Map.of(), false).data();
    }

    /**
     * Like {@link #withPaperVariables(Dataset)} with edited expressions (name to expression), over the whole
     * dataset (no cut); the result says which variables could not be defined and why.
     */
    public static PaperFrame withPaperVariables(Dataset data, Map<String, String> expressions) {
        return frame(data, expressions, false);
    }

    /**
     * The paper's frame: annual {@value PaperVariables#FIRST_YEAR}..{@value PaperVariables#LAST_YEAR}, cut
     * BEFORE the expressions are evaluated (so the first difference of 2004 is missing), with the paper's
     * variables defined from {@code expressions} (name to expression; the defaults of {@link PaperVariables}
     * for names not given).
     */
    public static PaperFrame paperFrame(Dataset data, Map<String, String> expressions) {
        return frame(data, expressions, true);
    }

    public static PaperFrame paperFrame(Dataset data) {
        return paperFrame(data, Map.of());
    }

    private static PaperFrame frame(Dataset data, Map<String, String> expressions, boolean cut) {
        Dataset d = AtpColumns.withBalances(data);
        if (cut) {
            if (d.index().frequency() != Frequency.ANNUAL) {
                throw new DataException("the paper's data are annual; these data are "
                        + d.index().frequency().name().toLowerCase() + " (load an annual file, e.g. the bundled sample)");
            }
            Period first = Period.annual(PaperVariables.FIRST_YEAR);
            Period last = Period.annual(PaperVariables.LAST_YEAR);
            // Extend to the paper's whole span first, so the frame always has its 15 years.
            Dataset span = new Dataset("", TimeIndex.between(first, last), List.of());
            d = d.merge(span).withName(data.name());
            d = new SampleRange(first, last).apply(d);
        }
        Map<String, String> used = new LinkedHashMap<>();
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (PaperVariables.Variable v : PaperVariables.all()) {
            String expr = expressions.getOrDefault(v.name(), v.expression());
            used.put(v.name(), expr);
            Series existing = d.find(v.name()).orElse(null);
            if (existing != null && !existing.isGenerated()) {
                continue;
            }
            List<String> absent = new ArrayList<>();
            for (String input : Expression.parse(expr).variables()) {
                if (!d.has(input)) {
                    absent.add(input);
                }
            }
            if (absent.isEmpty()) {
                d = Expressions.define(d, v.name(), expr);
                d = d.with(d.get(v.name()).withDescription(v.description() + " = " + expr));
            } else {
                missing.put(v.name(), absent);
            }
        }
        return new PaperFrame(d, used, missing);
    }

    /**
     * The paper's generated series that an import makes possible, added to {@code merged} (the data with the
     * imported files merged in) as the desktop app does on a drop: the ATP balances ({@link AtpColumns#withBalances})
     * when the import brought ATP exports or imports, and, on annual data, each paper variable ({@code lny},
     * {@code RATIO}, ...) that is not there yet, whose inputs are all present and computed (directly or through
     * a generated series such as the balance) from a series the import brought. Every generated series already
     * there keeps its expression and is recomputed, since merged data may have changed what it reads. A paper
     * variable that is data is left as it is.
     *
     * @param imported the names of the series the imported files brought
     */
    public static ImportCompletion completeAfterImport(Dataset merged, Collection<String> imported) {
        Dataset d = Expressions.refresh(merged);
        if (imported.stream().anyMatch(n -> ATP_FLOW.matcher(n).matches())) {
            d = AtpColumns.withBalances(d);
        }
        if (d.index().frequency() == Frequency.ANNUAL) {
            for (PaperVariables.Variable v : PaperVariables.all()) {
                if (d.has(v.name())) {
                    continue;
                }
                Set<String> inputs = Expression.parse(v.expression()).variables();
                if (inputs.stream().allMatch(d::has) && readsAny(d, inputs, Set.copyOf(imported))) {
                    d = Expressions.define(d, v.name(), v.expression());
                    d = d.with(d.get(v.name()).withDescription(v.description() + " = " + v.expression()));
                }
            }
        }
        List<Series> defined = new ArrayList<>();
        for (Series s : d.series()) {
            Series was = merged.find(s.name()).orElse(null);
            if (s.isGenerated() && (was == null || !was.isGenerated()
                    || !was.expression().equals(s.expression()))) {
                defined.add(s);
            }
        }
        return new ImportCompletion(d, defined);
    }

    private static final Pattern ATP_FLOW =
            Pattern.compile(".+_atp(\\d\\d)?_(exports|imports)_musd");

    /** Whether any of {@code names}, or a generated series among them through its inputs, is in {@code sources}. */
    private static boolean readsAny(Dataset d, Set<String> names, Set<String> sources) {
        Deque<String> todo = new ArrayDeque<>(names);
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            if (sources.contains(n)) {
                return true;
            }
            d.find(n).filter(Series::isGenerated).ifPresent(s -> todo.addAll(Expression.parse(s.expression()).variables()));
        }
        return false;
    }

    /**
     * @param data    the merged data with the generated series the import made possible
     * @param defined the generated series added (or redefined) on top of the merged data, for the log
     */
    public record ImportCompletion(Dataset data, List<Series> defined) {
    }

    /**
     * @param data        the frame with the variables that could be defined
     * @param expressions the expression of every paper variable
     * @param missing     for each variable that could not be defined, the series its expression needs and the
     *                    data lack
     */
    public record PaperFrame(Dataset data, Map<String, String> expressions, Map<String, List<String>> missing) {

        /** The variable's values over the frame, or null when it could not be defined. */
        public double[] values(String variable) {
            return data.find(variable).map(Series::values).orElse(null);
        }
    }
}
