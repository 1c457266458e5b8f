package org.tradeworkbench.ui.online;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tradeworkbench.core.fetch.CatalogueEntry;
import org.tradeworkbench.core.fetch.CataloguePage;
import org.tradeworkbench.core.fetch.DbnomicsCatalogue;
import org.tradeworkbench.core.fetch.FetchRequest;
import org.tradeworkbench.core.fetch.WorldBankCatalogue;
import org.tradeworkbench.core.task.BackgroundWork;
import org.tradeworkbench.core.task.Cancellable;
import org.tradeworkbench.core.task.TaskRunner;
import org.tradeworkbench.ui.workbench.Notifier;

/**
 * Browsing a provider's catalogue in the Get data online dialog. World Bank: the data sources, and a text search
 * of the indicators (of all sources or the one chosen). DBnomics: providers, then a provider's datasets, then a
 * dataset's series (searched by text when one is typed). A page at a time, in the background with progress and
 * cancel; choosing an indicator or a series hands its code to the dialog's field.
 */
public final class CatalogueViewModel {
    /** What the list shows. */
    public enum Level { NONE, WB_SOURCES, WB_INDICATORS, DB_PROVIDERS, DB_DATASETS, DB_SERIES }

    public static final int PAGE_SIZE = 50;

    private final TaskRunner tasks;
    private final Supplier<FetchRequest.Settings> settings;
    private final Consumer<String> onIndicator;
    private final Consumer<String> onSeries;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<CatalogueEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper where = new ReadOnlyStringWrapper(this, "where", "");
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper(this, "pageText", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext", false);
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);

    private Level level = Level.NONE;
    private String wbSource;
    private List<CatalogueEntry> wbMatches = List.of();
    private String provider;
    private String dataset;
    private CataloguePage page;
    private Cancellable job;
    private int generation;

    /**
     * @param settings    where to ask (the HTTP layer, the API addresses), read at each request
     * @param onIndicator receives the World Bank indicator code chosen
     * @param onSeries    receives the DBnomics provider/dataset/series chosen
     */
    public CatalogueViewModel(TaskRunner tasks, Supplier<FetchRequest.Settings> settings, Consumer<String> onIndicator,
                              Consumer<String> onSeries) {
        this.tasks = tasks;
        this.settings = settings;
        this.onIndicator = onIndicator;
        this.onSeries = onSeries;
    }

    /** World Bank: the data sources. */
    public void worldBankSources() {
        run("World Bank sources", r -> WorldBankCatalogue.page(wb().sources(r), 0, Integer.MAX_VALUE), p -> {
            wbSource = null;
            show(Level.WB_SOURCES, p, "World Bank data sources");
        });
    }

    /** World Bank: the indicators (of the source chosen, if any) whose code or name holds the words typed. */
    public void searchIndicators() {
        String q = query.get();
        String src = wbSource;
        run("World Bank indicators", r -> wb().searchIndicators(src, q, r), all -> {
            wbMatches = all;
            show(Level.WB_INDICATORS, WorldBankCatalogue.page(all, 0, PAGE_SIZE), "World Bank indicators"
                    + (src == null ? "" : " of source " + src) + (q == null || q.isBlank() ? "" : " matching \""
                    + q.strip() + "\""));
        });
    }

    /** DBnomics: the providers. */
    public void dbnomicsProviders() {
        run("DBnomics providers", r -> db().providers(r), p -> {
            provider = null;
            dataset = null;
            show(Level.DB_PROVIDERS, p, "DBnomics providers");
        });
    }

    /** Opens a source, provider or dataset, or hands an indicator or series to the dialog. */
    public void choose(CatalogueEntry e) {
        if (e == null || running.get()) {
            return;
        }
        switch (level) {
            case WB_SOURCES -> {
                wbSource = e.code();
                searchIndicators();
            }
            case WB_INDICATORS -> onIndicator.accept(e.code());
            case DB_PROVIDERS -> datasets(e.code(), 0);
            case DB_DATASETS -> series(provider, e.code(), 0);
            case DB_SERIES -> onSeries.accept(provider + "/" + dataset + "/" + e.code());
            default -> { }
        }
    }

    /** DBnomics: the dataset's series that match the words typed (all of them when none). */
    public void searchSeries() {
        if (provider != null && dataset != null) {
            series(provider, dataset, 0);
        } else {
            problem.set("DBnomics searches the series of one dataset: open Providers, a provider and a dataset first");
        }
    }

    private void datasets(String p, int offset) {
        run("DBnomics datasets of " + p, r -> db().datasets(p, offset, PAGE_SIZE, r), pg -> {
            provider = p;
            dataset = null;
            show(Level.DB_DATASETS, pg, "DBnomics datasets of " + p);
        });
    }

    private void series(String p, String d, int offset) {
        String q = query.get();
        run("DBnomics series of " + p + "/" + d, r -> db().series(p, d, q, offset, PAGE_SIZE, r), pg -> {
            provider = p;
            dataset = d;
            show(Level.DB_SERIES, pg, "DBnomics series of " + p + "/" + d + (q == null || q.isBlank() ? ""
                    : " matching \"" + q.strip() + "\""));
        });
    }

    public void next() {
        turn(page == null ? 0 : page.offset() + PAGE_SIZE);
    }

    public void previous() {
        turn(page == null ? 0 : Math.max(0, page.offset() - PAGE_SIZE));
    }

    private void turn(int offset) {
        if (page == null || running.get()) {
            return;
        }
        switch (level) {
            case WB_INDICATORS -> show(level, WorldBankCatalogue.page(wbMatches, offset, PAGE_SIZE), where.get());
            case DB_DATASETS -> datasets(provider, offset);
            case DB_SERIES -> series(provider, dataset, offset);
            default -> { }
        }
    }

    /** Back to the list above: a dataset's series to the provider's datasets, and so on. */
    public void up() {
        switch (level) {
            case WB_INDICATORS -> worldBankSources();
            case DB_SERIES -> datasets(provider, 0);
            case DB_DATASETS -> dbnomicsProviders();
            default -> { }
        }
    }

    /** Stops the request under way; the list stays as it was. */
    public void cancel() {
        if (job != null && running.get()) {
            generation++;
            job.cancel();
            running.set(false);
            progress.set(0);
            problem.set("Cancelled; the list is unchanged");
        }
    }

    private WorldBankCatalogue wb() {
        FetchRequest.Settings s = settings.get();
        return new WorldBankCatalogue(s.http(), s.worldBankBase());
    }

    private DbnomicsCatalogue db() {
        FetchRequest.Settings s = settings.get();
        return new DbnomicsCatalogue(s.http(), s.dbnomicsBase());
    }

    private <T> void run(String title, BackgroundWork<T> work, Consumer<T> done) {
        if (running.get()) {
            return;
        }
        int mine = ++generation;
        running.set(true);
        progress.set(-1);
        problem.set("");
        job = tasks.run(title, work, v -> {
            if (mine != generation) {
                return; // cancelled: a late answer does not replace the list
            }
            running.set(false);
            progress.set(0);
            done.accept(v);
        }, failure -> {
            if (mine != generation) {
                return;
            }
            running.set(false);
            progress.set(0);
            problem.set(Notifier.describe(failure));
        });
    }

    private void show(Level l, CataloguePage p, String title) {
        level = l;
        page = p;
        entries.setAll(p.entries());
        where.set(title);
        hasNext.set(p.hasNext());
        hasPrevious.set(p.hasPrevious());
        pageText.set(p.total() == 0 ? "nothing found" : (p.offset() + 1) + "\u2013" + (p.offset() + p.entries().size())
                + " of " + p.total());
    }

    public Level level() {
        return level;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<CatalogueEntry> entries() {
        return entries;
    }

    public ReadOnlyStringProperty whereProperty() {
        return where.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
