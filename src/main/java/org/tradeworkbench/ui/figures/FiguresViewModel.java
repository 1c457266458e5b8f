package org.tradeworkbench.ui.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.figures.ChartType;
import org.tradeworkbench.core.figures.EmptyState;
import org.tradeworkbench.core.analysis.figures.FigureAnalysis;
import org.tradeworkbench.core.analysis.figures.FigureRequest;
import org.tradeworkbench.core.figures.FigureChoices;
import org.tradeworkbench.core.figures.FigureKind;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.figures.GeneralFigure;
import org.tradeworkbench.core.figures.PaperFigure;
import org.tradeworkbench.core.figures.PaperFigures;
import org.tradeworkbench.core.figures.SeriesSlot;
import org.tradeworkbench.ui.status.PanelMessage;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.ui.workbench.Notifier;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The Figures tab: which figure, the columns feeding it (pre-filled from the column names), the year range,
 * title, subtitle, and lines or bars; the resulting {@link FigureSpec} is what the view draws. Each figure keeps
 * its own choices while the user switches between them. When the data change, pickers the user did not touch
 * follow the new data's best matches; a chosen column is kept as long as it exists. Holds no {@code Node};
 * building a spec is cheap arithmetic on the current data, done on the calling thread.
 */
public final class FiguresViewModel {
    /** The tab's id in workbench files. */
    public static final String PANEL_ID = "figures";
    /** The picker entry for "no column". */
    public static final String NONE = "(none)";

    private final WorkbenchModel model;
    private final ObservableList<FigureOption> figures = FXCollections.observableArrayList();
    private final ObjectProperty<FigureOption> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<SlotChoice> slots = FXCollections.observableArrayList();
    private final ObservableList<String> columnItems = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> fromYear = new SimpleObjectProperty<>(this, "fromYear");
    private final ObjectProperty<Integer> toYear = new SimpleObjectProperty<>(this, "toYear");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty subtitle = new SimpleStringProperty(this, "subtitle", "");
    private final StringProperty axisLabel = new SimpleStringProperty(this, "axisLabel", "");
    /** The general chart's right value axis label; empty for the default (its variables with their unit). */
    private final StringProperty rightLabel = new SimpleStringProperty(this, "rightLabel", "");
    /** The general chart as an index: each series divided by its mean in {@link #baseYear}, times 100. */
    private final javafx.beans.property.BooleanProperty indexed = new javafx.beans.property.SimpleBooleanProperty(
            this, "indexed", false);
    private final javafx.beans.property.IntegerProperty baseYear = new javafx.beans.property.SimpleIntegerProperty(
            this, "baseYear", 2004);
    private final ObjectProperty<FigureKind> kind = new SimpleObjectProperty<>(this, "kind", FigureKind.LINE);
    /** The general chart over time or as a scatter plot of the ticked variables against {@link #xVariable}. */
    private final ObjectProperty<ChartType> chartType = new SimpleObjectProperty<>(this, "chartType",
            ChartType.LINE);
    /** The scatter plot's X variable, {@link #NONE} for none chosen. */
    private final ObjectProperty<String> xVariable = new SimpleObjectProperty<>(this, "xVariable", NONE);
    private final javafx.beans.property.BooleanProperty fitLine = new javafx.beans.property.SimpleBooleanProperty(
            this, "fitLine", false);
    /** One entry per ticked variable of the general chart: whether it is on the right axis. */
    private final ObservableList<AxisChoice> axisChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FigureSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ReadOnlyStringWrapper defaultTitle = new ReadOnlyStringWrapper(this, "defaultTitle", "");
    private final ReadOnlyStringWrapper defaultSubtitle = new ReadOnlyStringWrapper(this, "defaultSubtitle", "");
    private final ReadOnlyStringWrapper defaultAxisLabel = new ReadOnlyStringWrapper(this, "defaultAxisLabel", "");
    private final ReadOnlyStringWrapper defaultRightLabel = new ReadOnlyStringWrapper(this, "defaultRightLabel", "");
    private final ReadOnlyObjectWrapper<Integer> shownFrom = new ReadOnlyObjectWrapper<>(this, "shownFrom");
    private final ReadOnlyObjectWrapper<Integer> shownTo = new ReadOnlyObjectWrapper<>(this, "shownTo");
    private final PanelMessage message = new PanelMessage(this, "message");

    private final Map<String, FigureChoices> choices = new HashMap<>();
    /** The data with the derived ATP balances, as the figures see them. */
    private Dataset data = Dataset.empty("");
    /** "figureId/slotKey" of pickers the user set by hand. */
    private final Set<String> userSet = new HashSet<>();
    private boolean syncing;

    public FiguresViewModel(WorkbenchModel model) {
        this.model = model;
        for (PaperFigure f : PaperFigure.values()) {
            figures.add(FigureOption.of(f));
        }
        figures.add(FigureOption.GENERAL);
        selected.addListener((o, a, b) -> loadFigure());
        fromYear.addListener((o, a, b) -> edit(c -> c.withRange(b, c.toYear())));
        toYear.addListener((o, a, b) -> edit(c -> c.withRange(c.fromYear(), b)));
        title.addListener((o, a, b) -> edit(c -> c.withTitle(b)));
        subtitle.addListener((o, a, b) -> edit(c -> c.withSubtitle(b)));
        axisLabel.addListener((o, a, b) -> edit(c -> c.withAxisLabel(b)));
        rightLabel.addListener((o, a, b) -> edit(c -> c.withRightLabel(b)));
        kind.addListener((o, a, b) -> edit(c -> c.withKind(b)));
        chartType.addListener((o, a, b) -> edit(c -> c.withType(b == ChartType.SCATTER ? b : null)));
        xVariable.addListener((o, a, b) -> edit(c -> c.withXVariable(NONE.equals(b) ? null : b)));
        fitLine.addListener((o, a, b) -> edit(c -> c.withFitLine(b ? Boolean.TRUE : null)));
        indexed.addListener((o, a, b) -> edit(c -> c.withBaseYear(b ? baseYear.get() : null)));
        baseYear.addListener((o, a, b) -> edit(c -> c.withBaseYear(indexed.get() ? b.intValue() : null)));
        model.datasetProperty().addListener((o, a, b) -> onData(b));
        // Without a year range of its own a figure draws the sample, as every panel does.
        model.sampleFromProperty().addListener((o, a, b) -> rebuild());
        model.sampleToProperty().addListener((o, a, b) -> rebuild());
        model.selectedVariables().addListener((ListChangeListener<String>) ch -> {
            if (current().isGeneral()) {
                syncAxisChoices();
                rebuild();
            }
        });
        onData(model.dataset());
        selected.set(figures.get(0));
        model.panelSettings().register(PANEL_ID, this::saveSettings, this::restoreSettings);
        model.panelSettings().registerFigures(this::savedChoices, this::restoreChoices);
    }

    // ---- properties for the view ----

    public ObservableList<FigureOption> figures() {
        return figures;
    }

    public ObjectProperty<FigureOption> selectedProperty() {
        return selected;
    }

    /** The series pickers of the selected figure (none for the general chart). */
    public ObservableList<SlotChoice> slots() {
        return slots;
    }

    /**
     * What a series picker offers: {@link #NONE}, then every series of the data and the ATP balances derived from
     * imported exports and imports.
     */
    public ObservableList<String> columnItems() {
        return columnItems;
    }

    /** The calendar years of the data, for the range pickers. */
    public ObservableList<Integer> years() {
        return years;
    }

    /**
     * First year asked for; null means the first year of the sample range (Data tab), or of the data when the
     * sample is not limited.
     */
    public ObjectProperty<Integer> fromYearProperty() {
        return fromYear;
    }

    public ObjectProperty<Integer> toYearProperty() {
        return toYear;
    }

    /** The user's title; empty means the default caption ({@link #defaultTitleProperty()}). */
    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty subtitleProperty() {
        return subtitle;
    }

    /** The user's value-axis label with its unit; empty means the default ({@link #defaultAxisLabelProperty()}). */
    public StringProperty axisLabelProperty() {
        return axisLabel;
    }

    /** The figure's own value-axis label, e.g. "US balance with China (billion US$)". */
    public ReadOnlyStringProperty defaultAxisLabelProperty() {
        return defaultAxisLabel.getReadOnlyProperty();
    }

    /**
     * The user's label of the right value axis with its unit (general chart, when a variable is on that axis);
     * empty means the default ({@link #defaultRightLabelProperty()}).
     */
    public StringProperty rightLabelProperty() {
        return rightLabel;
    }

    /** The right axis' own label, e.g. "cn_fdi_net_inflows_pct_gdp"; empty when the chart has no right axis. */
    public ReadOnlyStringProperty defaultRightLabelProperty() {
        return defaultRightLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty defaultTitleProperty() {
        return defaultTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty defaultSubtitleProperty() {
        return defaultSubtitle.getReadOnlyProperty();
    }

    public ObjectProperty<FigureKind> kindProperty() {
        return kind;
    }

    /** The general chart drawn as an index (base year = 100). */
    public javafx.beans.property.BooleanProperty indexedProperty() {
        return indexed;
    }

    /** The index's base year. */
    public javafx.beans.property.IntegerProperty baseYearProperty() {
        return baseYear;
    }

    /** Lines (or bars) over time, or a scatter plot; for the general chart. */
    public ObjectProperty<ChartType> chartTypeProperty() {
        return chartType;
    }

    /** The scatter plot's X variable ({@link #NONE}: none chosen); the ticked variables are its Y variables. */
    public ObjectProperty<String> xVariableProperty() {
        return xVariable;
    }

    /** Whether the scatter plot draws the OLS line of each Y variable on X. */
    public javafx.beans.property.BooleanProperty fitLineProperty() {
        return fitLine;
    }

    /** The general chart's variables, each with its choice of the right value axis. */
    public ObservableList<AxisChoice> axisChoices() {
        return axisChoices;
    }

    /** Puts {@code variable} (one of the ticked variables) on the right axis or back on the left one. */
    public void putOnRight(String variable, boolean right) {
        axisChoices.stream().filter(a -> a.variable().equals(variable)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(variable + " is not drawn"))
                .rightProperty().set(right);
    }

    /** The figure to draw (or its empty state). */
    public ReadOnlyObjectProperty<FigureSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public FigureSpec spec() {
        return spec.get();
    }

    /** First and last year actually drawn (the range pickers show these when the range is automatic). */
    public ReadOnlyObjectProperty<Integer> shownFromProperty() {
        return shownFrom.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> shownToProperty() {
        return shownTo.getReadOnlyProperty();
    }

    /** What the figure lacks (a hint, when it has nothing to draw) or why it could not be built (an error). */
    public ReadOnlyStringProperty messageProperty() {
        return message.textProperty();
    }

    public ReadOnlyObjectProperty<Severity> messageSeverityProperty() {
        return message.severityProperty();
    }

    // ---- commands ----

    public void select(PaperFigure f) {
        selected.set(figures.get(f.ordinal()));
    }

    public void selectGeneral() {
        selected.set(FigureOption.GENERAL);
    }

    /** Sets a series picker by hand ({@link #NONE} or null clears it). */
    public void choose(String slotKey, String column) {
        slots.stream().filter(s -> s.key().equals(slotKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no picker " + slotKey))
                .columnProperty().set(column == null ? NONE : column);
    }

    /** Back to the years that have data. */
    public void resetRange() {
        syncing = true;
        try {
            fromYear.set(null);
            toYear.set(null);
        } finally {
            syncing = false;
        }
        edit(c -> c.withRange(null, null));
    }

    /** Back to the default caption, subtitle and value-axis labels. */
    public void resetTitles() {
        title.set("");
        subtitle.set("");
        axisLabel.set("");
        rightLabel.set("");
    }

    /** Which figure the tab shows, as a workbench file keeps it (the choices of each figure are kept apart). */
    public Map<String, Object> saveSettings() {
        return Map.of("selected", current().id());
    }

    /** Shows the saved figure, if this version offers it. */
    public void restoreSettings(Map<String, Object> m) {
        Object id = m.get("selected");
        figures.stream().filter(o -> o.id().equals(id)).findFirst().ifPresent(selected::set);
    }

    /** Every figure's choices by figure id ({@code 1}..{@code 4}, {@code general}), e.g. to save the workbench. */
    public Map<String, FigureChoices> savedChoices() {
        return Map.copyOf(choices);
    }

    /**
     * Restores saved choices (e.g. from a workbench file). Their columns count as chosen by hand, so they stay
     * while they exist in the data; figures not in {@code saved} keep theirs.
     */
    public void restoreChoices(Map<String, FigureChoices> saved) {
        for (Map.Entry<String, FigureChoices> e : saved.entrySet()) {
            boolean known = figures.stream().anyMatch(o -> o.id().equals(e.getKey()));
            if (!known) {
                continue;
            }
            choices.put(e.getKey(), e.getValue());
            for (String key : e.getValue().columns().keySet()) {
                userSet.add(e.getKey() + "/" + key);
            }
        }
        loadFigure();
    }

    /**
     * Every figure the tab offers (the paper's figures, then the chart of the ticked variables), each built from
     * the choices made for it here, exactly as the tab draws it; figures the data cannot feed are empty states.
     */
    public List<FigureSpec> allFigures() {
        List<FigureSpec> out = new ArrayList<>();
        for (FigureOption o : figures) {
            FigureChoices c = choices.getOrDefault(o.id(), FigureChoices.none());
            if (o.isGeneral()) {
                c = c.withVariables(List.copyOf(model.selectedVariables()));
            }
            out.add(build(o, data, c));
        }
        return out;
    }

    // ---- internals ----

    private FigureOption current() {
        FigureOption o = selected.get();
        return o == null ? figures.get(0) : o;
    }

    private void onData(Dataset current) {
        Dataset d = PaperFigures.withDerivedSeries(current);
        data = d;
        List<String> items = new ArrayList<>();
        items.add(NONE);
        items.addAll(d.seriesNames());
        columnItems.setAll(items);
        List<Integer> ys = new ArrayList<>();
        if (d.rowCount() > 0 && d.index().frequency().isDated()) {
            for (int y = d.index().start().year(); y <= d.index().end().year(); y++) {
                ys.add(y);
            }
        }
        years.setAll(ys);
        for (PaperFigure f : PaperFigure.values()) {
            FigureChoices old = choices.getOrDefault(f.id(), FigureChoices.none());
            FigureChoices fresh = PaperFigures.defaultChoices(f, d);
            FigureChoices merged = old;
            for (SeriesSlot s : f.slots()) {
                boolean keep = userSet.contains(f.id() + "/" + s.key())
                        && old.column(s.key()).map(d::has).orElse(true);
                if (!keep) {
                    userSet.remove(f.id() + "/" + s.key());
                    merged = merged.withColumn(s.key(), fresh.column(s.key()).orElse(null));
                }
            }
            choices.put(f.id(), merged);
        }
        if (selected.get() != null) {
            loadFigure();
        }
    }

    /** Shows the selected figure's choices in the properties, then draws it. */
    private void loadFigure() {
        FigureOption o = current();
        FigureChoices c = choices.getOrDefault(o.id(), FigureChoices.none());
        syncing = true;
        try {
            List<SlotChoice> list = new ArrayList<>();
            if (!o.isGeneral()) {
                for (SeriesSlot s : o.paper().slots()) {
                    SlotChoice sc = new SlotChoice(s);
                    sc.columnProperty().set(c.column(s.key()).orElse(NONE));
                    String key = s.key();
                    sc.columnProperty().addListener((obs, a, b) -> {
                        if (!syncing) {
                            userSet.add(o.id() + "/" + key);
                            edit(ch -> ch.withColumn(key, NONE.equals(b) ? null : b));
                        }
                    });
                    list.add(sc);
                }
            }
            slots.setAll(list);
            fromYear.set(c.fromYear());
            toYear.set(c.toYear());
            title.set(c.title() == null ? "" : c.title());
            subtitle.set(c.subtitle() == null ? "" : c.subtitle());
            axisLabel.set(c.axisLabel() == null ? "" : c.axisLabel());
            rightLabel.set(c.rightLabel() == null ? "" : c.rightLabel());
            kind.set(c.kind() != null ? c.kind() : o.isGeneral() ? FigureKind.LINE : o.paper().defaultKind());
            indexed.set(c.baseYear() != null);
            if (c.baseYear() != null) {
                baseYear.set(c.baseYear());
            }
            chartType.set(c.scatter() ? ChartType.SCATTER : ChartType.LINE);
            xVariable.set(c.xVariable() == null ? NONE : c.xVariable());
            fitLine.set(c.fitted());
        } finally {
            syncing = false;
        }
        syncAxisChoices();
        rebuild();
    }

    /**
     * One axis choice per ticked variable, ticked where the general chart's choices put it on the right. A
     * variable unticked and ticked again keeps its axis.
     */
    private void syncAxisChoices() {
        if (!current().isGeneral()) {
            axisChoices.clear();
            return;
        }
        List<String> right = choices.getOrDefault(GeneralFigure.ID, FigureChoices.none()).rightAxis();
        List<AxisChoice> list = new ArrayList<>();
        for (String v : model.selectedVariables()) {
            AxisChoice a = new AxisChoice(v, right.contains(v));
            a.rightProperty().addListener((o, was, now) -> edit(c -> {
                List<String> r = new ArrayList<>(c.rightAxis());
                r.remove(v);
                if (now) {
                    r.add(v);
                }
                return c.withRightAxis(r);
            }));
            list.add(a);
        }
        axisChoices.setAll(list);
    }

    private void edit(java.util.function.UnaryOperator<FigureChoices> change) {
        if (syncing) {
            return;
        }
        String id = current().id();
        choices.put(id, change.apply(choices.getOrDefault(id, FigureChoices.none())));
        rebuild();
    }

    private void rebuild() {
        FigureOption o = current();
        Dataset d = data;
        FigureChoices c = choices.getOrDefault(o.id(), FigureChoices.none());
        if (o.isGeneral()) {
            c = c.withVariables(List.copyOf(model.selectedVariables()));
        }
        c = c.withRange(c.fromYear() != null ? c.fromYear() : sampleYear(model.sampleFromProperty().get()),
                c.toYear() != null ? c.toYear() : sampleYear(model.sampleToProperty().get()));
        FigureSpec plain;
        FigureSpec s;
        boolean failed = false;
        try {
            plain = build(o, d, c.withTitle(null).withSubtitle(null).withAxisLabel(null).withRightLabel(null));
            s = c.title() == null && c.subtitle() == null && c.axisLabel() == null && c.rightLabel() == null ? plain
                    : build(o, d, c);
        } catch (RuntimeException e) {
            String why = Notifier.describe(e);
            plain = FigureSpec.empty(o.id(), o.id(), o.label(), kind.get(), new EmptyState(why, List.of(), ""));
            s = plain;
            failed = true;
            message.error("The figure could not be built: " + why);
        }
        defaultTitle.set(plain.title());
        defaultSubtitle.set(plain.subtitle());
        defaultAxisLabel.set(plain.isEmpty() ? "" : plain.yAxisLabel());
        defaultRightLabel.set(plain.isEmpty() ? "" : plain.axes().rightLabel());
        if (!failed) {
            // An empty figure is not a failure: it says which series to load.
            message.set(s.isEmpty() ? s.emptyState().message() : "", Severity.HINT);
        }
        List<String> periods = s.periods();
        shownFrom.set(periods.isEmpty() ? null : yearOf(periods.get(0)));
        shownTo.set(periods.isEmpty() ? null : yearOf(periods.get(periods.size() - 1)));
        spec.set(s);
    }

    private static FigureSpec build(FigureOption o, Dataset d, FigureChoices c) {
        FigureRequest request = new FigureRequest(o.isGeneral() ? GeneralFigure.ID
                : Integer.toString(o.paper().number()), c);
        // Lines of any length are thinned on screen (ChartFactory); bars are one node each, so they keep the limit.
        return FigureAnalysis.chart(request, d, o.isGeneral() && c.kind() != FigureKind.BAR && !c.scatter()
                ? Integer.MAX_VALUE
                : GeneralFigure.MAX_PERIODS);
    }

    /** The calendar year of a sample bound; null (no bound) for an open end or undated data. */
    private static Integer sampleYear(Period bound) {
        return bound == null || !bound.frequency().isDated() ? null : bound.year();
    }

    private static Integer yearOf(String label) {
        return Period.parse(label).filter(p -> p.frequency().isDated()).map(Period::year).orElse(null);
    }
}
