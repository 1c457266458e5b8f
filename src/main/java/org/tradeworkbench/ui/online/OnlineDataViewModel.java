package org.tradeworkbench.ui.online;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.commandlog.DataCommands;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.fetch.FetchRequest;
import org.tradeworkbench.core.fetch.Fetched;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.task.Cancellable;
import org.tradeworkbench.core.task.ProgressReporter;
import org.tradeworkbench.core.task.TaskRunner;
import org.tradeworkbench.ui.settings.AppSettings;
import org.tradeworkbench.ui.workbench.Notifier;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The Get data online dialog: the source and its codes, the optional Census key (kept in the settings), offline
 * use of cached answers; Fetch runs in the background with progress and cancel and, when it succeeds, merges the
 * series into the data as one undoable edit whose command is the {@code fetch} line. A failure changes nothing.
 */
public class OnlineDataViewModel {
    /** How the fetch reaches the providers: the HTTP settings for a key and the offline choice. */
    public interface Connection {
        FetchRequest.Settings settings(String censusKey, boolean offline);
    }

    private final WorkbenchModel model;
    private final TaskRunner tasks;
    private final Connection connection;
    private final AppSettings settings;

    private final StringProperty source = new SimpleStringProperty(this, "source", "census-atp");
    private final StringProperty country = new SimpleStringProperty(this, "country", "CHN");
    private final StringProperty indicator = new SimpleStringProperty(this, "indicator", "NE.EXP.GNFS.CD");
    private final StringProperty partner = new SimpleStringProperty(this, "partner", "5700");
    private final StringProperty fromYear = new SimpleStringProperty(this, "fromYear", "2013");
    private final StringProperty toYear = new SimpleStringProperty(this, "toYear", "2024");
    private final StringProperty series = new SimpleStringProperty(this, "series", "");
    private final StringProperty censusKey = new SimpleStringProperty(this, "censusKey", "");
    private final BooleanProperty offline = new SimpleBooleanProperty(this, "offline", false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private Cancellable job;
    private final CatalogueViewModel catalogue;

    /** @param settings the user's settings, where the optional Census key is kept (the Preferences dialog's) */
    public OnlineDataViewModel(WorkbenchModel model, TaskRunner tasks, Connection connection, AppSettings settings) {
        this.model = model;
        this.tasks = tasks;
        this.connection = connection;
        this.settings = settings;
        censusKey.set(settings.censusKeyProperty().get());
        catalogue = new CatalogueViewModel(tasks, () -> connection.settings(null, offline.get()), indicator::set,
                series::set);
    }

    /** Browsing the World Bank and DBnomics catalogues; a choice fills the indicator or series field. */
    public CatalogueViewModel catalogue() {
        return catalogue;
    }

    /** The request the fields describe (the fields a source does not use are left out). */
    public FetchRequest request() {
        String s = source.get();
        boolean wb = "worldbank".equals(s);
        boolean census = s != null && s.startsWith("census");
        return new FetchRequest(s, wb ? blankToNull(country.get()) : null, wb ? blankToNull(indicator.get()) : null,
                census ? blankToNull(partner.get()) : null, wb || census ? year("From", fromYear.get()) : null,
                wb || census ? year("To", toYear.get()) : null, "dbnomics".equals(s) ? blankToNull(series.get()) : null);
    }

    private static Integer year(String what, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("[0-9]{4}")) {
            throw new DataException(what + " must be a year such as 2013, got \"" + text.strip() + "\"");
        }
        return Integer.parseInt(text.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Fetches in the background; on success the series are merged into the data. */
    public void fetch() {
        if (running.get()) {
            return;
        }
        FetchRequest req;
        try {
            req = request();
        } catch (DataException e) {
            problem.set(e.getMessage());
            return;
        }
        String key = censusKey.get() == null ? "" : censusKey.get().strip();
        settings.censusKeyProperty().set(key);
        FetchRequest.Settings settings = connection.settings(key, offline.get());
        problem.set("");
        status.set("Fetching\u2026");
        running.set(true);
        progress.set(-1);
        job = tasks.run("Fetching " + req.source(), r -> req.run(settings, new ProgressReporter() {
            @Override
            public void progress(double fraction) {
                r.progress(fraction);
            }

            @Override
            public void message(String text) {
                r.message(text);
            }

            @Override
            public boolean isCancelled() {
                return r.isCancelled();
            }
        }), f -> apply(req, f), failure -> {
            running.set(false);
            progress.set(0);
            status.set("");
            problem.set(Notifier.describe(failure));
        });
    }

    /** Stops a running fetch; the data stay as they are. */
    public void cancel() {
        if (job != null && running.get()) {
            job.cancel();
            running.set(false);
            progress.set(0);
            status.set("Cancelled; the data are unchanged");
        }
    }

    private void apply(FetchRequest req, Fetched f) {
        running.set(false);
        progress.set(1);
        Dataset base = model.dataset();
        Dataset read = f.dataset();
        boolean empty = base.rowCount() == 0 && base.seriesNames().isEmpty();
        PaperData.ImportCompletion done;
        try {
            done = PaperData.completeAfterImport(empty ? read : base.merge(read), read.seriesNames());
        } catch (RuntimeException e) {
            problem.set(Notifier.describe(e));
            status.set("");
            return;
        }
        List<CommandLine> commands = new ArrayList<>();
        commands.add(req.commandLine());
        commands.addAll(DataCommands.genr(done.defined()));
        model.apply("Fetch " + req.source(), done.data(), commands);
        String s = "Fetched " + read.seriesNames().size() + " series, " + read.index().start() + "\u2013"
                + read.index().end() + " (" + f.provider() + (f.answers().stream().anyMatch(a -> a.fromCache())
                ? ", from the cache" : "") + ")";
        if (!done.defined().isEmpty()) {
            s += "; generated " + String.join(", ", done.defined().stream().map(x -> x.name()).toList());
        }
        status.set(s);
        model.lastMessageProperty().set(s);
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty indicatorProperty() {
        return indicator;
    }

    public StringProperty partnerProperty() {
        return partner;
    }

    public StringProperty fromYearProperty() {
        return fromYear;
    }

    public StringProperty toYearProperty() {
        return toYear;
    }

    public StringProperty seriesProperty() {
        return series;
    }

    public StringProperty censusKeyProperty() {
        return censusKey;
    }

    public BooleanProperty offlineProperty() {
        return offline;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
