package org.tradeworkbench.core.workbench;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.data.Presample;
import org.tradeworkbench.core.commandlog.CommandScript;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Frequency;
import org.tradeworkbench.core.data.LabelColumn;
import org.tradeworkbench.core.data.SourceLocation;
import org.tradeworkbench.core.figures.FigureChoices;
import org.tradeworkbench.core.figures.FigureKind;

/**
 * The JSON form of a {@link WorkbenchFile}: {@code {"format": "trade-workbench", "version": 1, ...}}. Missing
 * values are {@code null}; infinite values are the strings {@code "Infinity"} and {@code "-Infinity"}. Reading
 * checks every member and reports the first problem with its place in the file (e.g.
 * {@code dataset.series[2].values[5]}); a file of a newer version is refused.
 */
public final class WorkbenchJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WorkbenchJson() {
    }

    // ---- writing -----------------------------------------------------------------------------------------

    public static String write(WorkbenchFile wb) {
        ObjectNode root = NODES.objectNode();
        root.put("format", WorkbenchFile.FORMAT);
        root.put("version", WorkbenchFile.VERSION);
        root.put("savedBy", "Trade Workbench " + appVersion());
        root.set("dataset", dataset(wb.dataset()));
        ArrayNode sources = root.putArray("sources");
        for (SourceRecord s : wb.sources()) {
            ObjectNode o = sources.addObject();
            o.put("path", s.path());
            o.put("sha256", s.sha256());
            o.put("mode", s.mode());
            ObjectNode settings = o.putObject("settings");
            s.settings().forEach(settings::put);
        }
        ObjectNode sample = root.putObject("sample");
        sample.put("from", wb.sampleFrom());
        sample.put("to", wb.sampleTo());
        sample.put("presample", wb.presample().code());
        ArrayNode sel = root.putArray("selectedVariables");
        wb.selectedVariables().forEach(sel::add);
        ObjectNode panels = root.putObject("panels");
        wb.panels().forEach((id, settings) -> panels.set(id, plain(settings, "panels." + id)));
        ObjectNode figures = root.putObject("figures");
        wb.figures().forEach((id, c) -> figures.set(id, figure(c)));
        root.set("view", plain(wb.view(), "view"));
        ArrayNode commands = root.putArray("commands");
        for (CommandLine c : wb.commands()) {
            commands.add(c.toString());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a workbench as JSON", e);
        }
    }

    private static ObjectNode dataset(DatasetState d) {
        ObjectNode o = NODES.objectNode();
        o.put("name", d.name());
        o.put("frequency", d.frequency().name());
        o.put("start", d.start());
        o.put("rows", d.rows());
        ArrayNode series = o.putArray("series");
        for (DatasetState.StoredSeries s : d.series()) {
            ObjectNode so = series.addObject();
            so.put("name", s.name());
            if (!s.description().isEmpty()) {
                so.put("description", s.description());
            }
            if (s.isGenerated()) {
                so.put("expression", s.expression());
            } else {
                ArrayNode v = so.putArray("values");
                for (double x : s.values()) {
                    if (Double.isNaN(x)) {
                        v.addNull();
                    } else if (Double.isInfinite(x)) {
                        v.add(x > 0 ? "Infinity" : "-Infinity");
                    } else {
                        v.add(x);
                    }
                }
            }
        }
        ArrayNode labels = o.putArray("labels");
        for (LabelColumn l : d.labels()) {
            ObjectNode lo = labels.addObject();
            lo.put("name", l.name());
            ArrayNode v = lo.putArray("values");
            for (String s : l.values()) {
                v.add(s);
            }
        }
        ArrayNode notes = o.putArray("notes");
        d.notes().forEach(notes::add);
        return o;
    }

    private static ObjectNode figure(FigureChoices c) {
        ObjectNode o = NODES.objectNode();
        ObjectNode columns = o.putObject("columns");
        c.columns().forEach(columns::put);
        ArrayNode vars = o.putArray("variables");
        c.variables().forEach(vars::add);
        o.put("fromYear", c.fromYear());
        o.put("toYear", c.toYear());
        o.put("title", c.title());
        o.put("subtitle", c.subtitle());
        o.put("axisLabel", c.axisLabel());
        o.put("kind", c.kind() == null ? null : c.kind().name());
        o.put("baseYear", c.baseYear());
        ArrayNode right = o.putArray("rightAxis");
        c.rightAxis().forEach(right::add);
        o.put("type", c.type() == null ? null : c.type().name());
        o.put("xVariable", c.xVariable());
        o.put("fitLine", c.fitLine());
        o.put("rightLabel", c.rightLabel());
        return o;
    }

    /** Plain Java values (maps, collections, strings, numbers, booleans, null) as JSON. */
    private static JsonNode plain(Object v, String where) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof String s) {
            return NODES.textNode(s);
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return NODES.numberNode(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? NODES.numberNode(d) : NODES.nullNode();
        }
        if (v instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode o = NODES.objectNode();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                o.set(String.valueOf(e.getKey()), plain(e.getValue(), where + "." + e.getKey()));
            }
            return o;
        }
        if (v instanceof Collection<?> c) {
            ArrayNode a = NODES.arrayNode();
            int i = 0;
            for (Object x : c) {
                a.add(plain(x, where + "[" + i++ + "]"));
            }
            return a;
        }
        throw new IllegalArgumentException(where + ": " + v.getClass().getSimpleName()
                + " is not a plain JSON value (use strings, numbers, booleans, lists and maps)");
    }

    static String appVersion() {
        String v = WorkbenchJson.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    // ---- reading -----------------------------------------------------------------------------------------

    /** Parses a workbench; {@code fileName} names the file in error messages. */
    public static WorkbenchFile read(String json, String fileName) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            SourceLocation loc = at == null ? SourceLocation.file(fileName)
                    : SourceLocation.of(fileName, at.getLineNr(), at.getColumnNr());
            throw new DataException(loc, "is not a valid workbench file (broken JSON: " + e.getOriginalMessage() + ")");
        }
        Reader r = new Reader(fileName);
        if (root == null || !root.isObject() || !WorkbenchFile.FORMAT.equals(root.path("format").asText(null))) {
            throw new DataException(SourceLocation.file(fileName),
                    "is not a Trade Workbench file (it lacks \"format\": \"" + WorkbenchFile.FORMAT + "\")");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || version.asInt() < 1) {
            throw new DataException(SourceLocation.file(fileName), "has no valid format version");
        }
        if (version.asInt() > WorkbenchFile.VERSION) {
            throw new DataException(SourceLocation.file(fileName), "was saved by a newer Trade Workbench ("
                    + root.path("savedBy").asText("unknown version") + ", file format version " + version.asInt()
                    + "); this is " + appVersion() + ", which reads format version " + WorkbenchFile.VERSION
                    + " and older. Update Trade Workbench to open it");
        }
        DatasetState data = r.dataset(r.object(root, "dataset", "dataset"), "dataset");
        try {
            // The stored data must make a dataset (series of the right length, distinct names, a valid start):
            // checked here, so that a damaged file is refused while opening, with its name, and the open
            // workbench stays as it is.
            data.toDataset();
        } catch (DataException e) {
            throw new DataException(SourceLocation.file(fileName), "has a damaged dataset: " + e.problem(), e);
        }
        List<SourceRecord> sources = new ArrayList<>();
        JsonNode srcs = r.optionalArray(root, "sources", "sources");
        for (int i = 0; i < srcs.size(); i++) {
            String w = "sources[" + i + "]";
            JsonNode s = r.object(srcs, i, w);
            Map<String, String> settings = new LinkedHashMap<>();
            JsonNode so = s.path("settings");
            if (!so.isMissingNode() && !so.isNull()) {
                r.requireObject(so, w + ".settings");
                so.fields().forEachRemaining(e -> settings.put(e.getKey(), r.text(e.getValue(), w + ".settings." + e.getKey())));
            }
            sources.add(new SourceRecord(r.string(s, "path", w), r.optionalString(s, "sha256", w), settings,
                    r.optionalString(s, "mode", w)));
        }
        JsonNode sample = root.path("sample");
        String from = sample.isObject() ? r.optionalString(sample, "from", "sample") : null;
        String to = sample.isObject() ? r.optionalString(sample, "to", "sample") : null;
        Presample presample;
        try {
            presample = Presample.parse(sample.isObject() ? r.optionalString(sample, "presample", "sample") : null);
        } catch (org.tradeworkbench.core.data.DataException e) {
            throw r.bad("sample.presample", "is neither \"cut\" nor \"use\"");
        }
        List<String> selected = r.strings(r.optionalArray(root, "selectedVariables", "selectedVariables"),
                "selectedVariables");
        Map<String, Map<String, Object>> panels = new LinkedHashMap<>();
        JsonNode p = root.path("panels");
        if (!p.isMissingNode() && !p.isNull()) {
            r.requireObject(p, "panels");
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                r.requireObject(e.getValue(), "panels." + e.getKey());
                panels.put(e.getKey(), toPlainMap(e.getValue()));
            }
        }
        Map<String, FigureChoices> figures = new LinkedHashMap<>();
        JsonNode f = root.path("figures");
        if (!f.isMissingNode() && !f.isNull()) {
            r.requireObject(f, "figures");
            for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                figures.put(e.getKey(), r.figure(e.getValue(), "figures." + e.getKey()));
            }
        }
        Map<String, Object> view = Map.of();
        JsonNode v = root.path("view");
        if (!v.isMissingNode() && !v.isNull()) {
            r.requireObject(v, "view");
            view = toPlainMap(v);
        }
        List<CommandLine> commands = new ArrayList<>();
        JsonNode cs = r.optionalArray(root, "commands", "commands");
        for (int i = 0; i < cs.size(); i++) {
            String line = r.text(cs.get(i), "commands[" + i + "]");
            List<CommandScript.Entry> parsed = CommandScript.parse(line, fileName + " commands[" + i + "]");
            if (parsed.size() != 1) {
                throw r.bad("commands[" + i + "]", "is not one command line");
            }
            commands.add(parsed.get(0).command());
        }
        return new WorkbenchFile(data, sources, from, to, presample, selected, panels, figures, view, commands);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toPlainMap(JsonNode n) {
        return MAPPER.convertValue(n, LinkedHashMap.class);
    }

    /** Typed access with the member's place in every message. */
    private static final class Reader {
        private final String file;

        Reader(String file) {
            this.file = file;
        }

        DataException bad(String where, String problem) {
            return new DataException(SourceLocation.file(file), where + " " + problem);
        }

        void requireObject(JsonNode n, String where) {
            if (!n.isObject()) {
                throw bad(where, "must be an object");
            }
        }

        JsonNode object(JsonNode parent, String key, String where) {
            JsonNode n = parent.get(key);
            if (n == null || n.isNull()) {
                throw bad(where, "is missing");
            }
            requireObject(n, where);
            return n;
        }

        JsonNode object(JsonNode array, int i, String where) {
            JsonNode n = array.get(i);
            requireObject(n, where);
            return n;
        }

        JsonNode optionalArray(JsonNode parent, String key, String where) {
            JsonNode n = parent.get(key);
            if (n == null || n.isNull()) {
                return NODES.arrayNode();
            }
            if (!n.isArray()) {
                throw bad(where, "must be a list");
            }
            return n;
        }

        JsonNode array(JsonNode parent, String key, String where) {
            JsonNode n = parent.get(key);
            if (n == null || !n.isArray()) {
                throw bad(where + "." + key, n == null ? "is missing" : "must be a list");
            }
            return n;
        }

        String text(JsonNode n, String where) {
            if (n == null || !n.isTextual()) {
                throw bad(where, "must be a text");
            }
            return n.asText();
        }

        String string(JsonNode parent, String key, String where) {
            JsonNode n = parent.get(key);
            if (n == null || n.isNull()) {
                throw bad(where + "." + key, "is missing");
            }
            return text(n, where + "." + key);
        }

        String optionalString(JsonNode parent, String key, String where) {
            JsonNode n = parent.get(key);
            return n == null || n.isNull() ? null : text(n, where + "." + key);
        }

        Integer optionalInt(JsonNode parent, String key, String where) {
            JsonNode n = parent.get(key);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isIntegralNumber()) {
                throw bad(where + "." + key, "must be a whole number");
            }
            return n.asInt();
        }

        List<String> strings(JsonNode array, String where) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                out.add(text(array.get(i), where + "[" + i + "]"));
            }
            return out;
        }

        DatasetState dataset(JsonNode d, String w) {
            String name = string(d, "name", w);
            String freqText = string(d, "frequency", w);
            Frequency freq;
            try {
                freq = Frequency.valueOf(freqText);
            } catch (IllegalArgumentException e) {
                throw bad(w + ".frequency", "\"" + freqText + "\" is not one of ANNUAL, QUARTERLY, MONTHLY, UNDATED");
            }
            String start = string(d, "start", w);
            Integer rows = optionalInt(d, "rows", w);
            if (rows == null || rows < 0) {
                throw bad(w + ".rows", "must be a whole number of periods");
            }
            try {
                DatasetState.parseStart(freq, start);
            } catch (DataException e) {
                throw bad(w + ".start", e.getMessage());
            }
            List<DatasetState.StoredSeries> series = new ArrayList<>();
            JsonNode sa = array(d, "series", w);
            for (int i = 0; i < sa.size(); i++) {
                String sw = w + ".series[" + i + "]";
                JsonNode s = object(sa, i, sw);
                String sname = string(s, "name", sw);
                String desc = optionalString(s, "description", sw);
                String expr = optionalString(s, "expression", sw);
                JsonNode vals = s.get("values");
                if (expr != null && vals != null) {
                    throw bad(sw, "has both an expression and values");
                }
                if (expr != null) {
                    series.add(new DatasetState.StoredSeries(sname, desc, expr, null));
                    continue;
                }
                if (vals == null || !vals.isArray()) {
                    throw bad(sw + ".values", vals == null ? "is missing (a data series needs values)" : "must be a list");
                }
                if (vals.size() != rows) {
                    throw bad(sw + ".values", "has " + vals.size() + " values for " + rows + " periods");
                }
                double[] v = new double[rows];
                for (int k = 0; k < rows; k++) {
                    v[k] = number(vals.get(k), sw + ".values[" + k + "]");
                }
                series.add(new DatasetState.StoredSeries(sname, desc, null, v));
            }
            List<LabelColumn> labels = new ArrayList<>();
            JsonNode la = optionalArray(d, "labels", w + ".labels");
            for (int i = 0; i < la.size(); i++) {
                String lw = w + ".labels[" + i + "]";
                JsonNode l = object(la, i, lw);
                JsonNode vals = array(l, "values", lw);
                if (vals.size() != rows) {
                    throw bad(lw + ".values", "has " + vals.size() + " values for " + rows + " periods");
                }
                String[] v = new String[rows];
                for (int k = 0; k < rows; k++) {
                    JsonNode x = vals.get(k);
                    v[k] = x.isNull() ? null : text(x, lw + ".values[" + k + "]");
                }
                labels.add(new LabelColumn(string(l, "name", lw), v));
            }
            List<String> notes = strings(optionalArray(d, "notes", w + ".notes"), w + ".notes");
            return new DatasetState(name, freq, start, rows, series, labels, notes);
        }

        double number(JsonNode x, String where) {
            if (x.isNull()) {
                return Double.NaN;
            }
            if (x.isNumber()) {
                return x.asDouble();
            }
            if (x.isTextual() && x.asText().equals("Infinity")) {
                return Double.POSITIVE_INFINITY;
            }
            if (x.isTextual() && x.asText().equals("-Infinity")) {
                return Double.NEGATIVE_INFINITY;
            }
            throw bad(where, "must be a number or null, got " + x);
        }

        FigureChoices figure(JsonNode f, String w) {
            requireObject(f, w);
            Map<String, String> columns = new LinkedHashMap<>();
            JsonNode c = f.path("columns");
            if (!c.isMissingNode() && !c.isNull()) {
                requireObject(c, w + ".columns");
                c.fields().forEachRemaining(e -> columns.put(e.getKey(), text(e.getValue(), w + ".columns." + e.getKey())));
            }
            List<String> vars = strings(optionalArray(f, "variables", w + ".variables"), w + ".variables");
            String kindText = optionalString(f, "kind", w);
            FigureKind kind = null;
            if (kindText != null) {
                try {
                    kind = FigureKind.valueOf(kindText);
                } catch (IllegalArgumentException e) {
                    throw bad(w + ".kind", "\"" + kindText + "\" is not LINE or BAR");
                }
            }
            // Files written before rebasing, the right axis, scatter plots and the right axis' label have none of
            // these: the defaults.
            String typeText = optionalString(f, "type", w);
            org.tradeworkbench.core.figures.ChartType type = null;
            if (typeText != null) {
                try {
                    type = org.tradeworkbench.core.figures.ChartType.valueOf(typeText);
                } catch (IllegalArgumentException e) {
                    throw bad(w + ".type", "\"" + typeText + "\" is not LINE or SCATTER");
                }
            }
            JsonNode fit = f.get("fitLine");
            if (fit != null && !fit.isNull() && !fit.isBoolean()) {
                throw bad(w + ".fitLine", "must be true or false");
            }
            return new FigureChoices(columns, vars, optionalInt(f, "fromYear", w), optionalInt(f, "toYear", w),
                    optionalString(f, "title", w), optionalString(f, "subtitle", w), kind,
                    optionalString(f, "axisLabel", w), optionalInt(f, "baseYear", w),
                    strings(optionalArray(f, "rightAxis", w + ".rightAxis"), w + ".rightAxis"), type,
                    optionalString(f, "xVariable", w), fit == null || fit.isNull() ? null : fit.asBoolean(),
                    optionalString(f, "rightLabel", w));
        }
    }
}
