package org.tradeworkbench.ui.manual;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tradeworkbench.core.manual.ManualBlock;
import org.tradeworkbench.core.manual.ManualPages;
import org.tradeworkbench.core.manual.ManualPages.Page;
import org.tradeworkbench.core.manual.Markdown;

/**
 * Help ▸ Manual: the list of pages (narrowed by a search over their text), the page shown and its blocks. Links
 * to other pages open them here; the pages come from {@code source} (the bundled docs in the app).
 */
public final class ManualViewModel {
    private final Function<Page, String> source;
    private final Map<Page, String> texts = new LinkedHashMap<>();
    private final ObservableList<Page> pages = FXCollections.observableArrayList();
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyObjectWrapper<List<ManualBlock>> blocks = new ReadOnlyObjectWrapper<>(this, "blocks",
            List.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public ManualViewModel(Function<Page, String> source) {
        this.source = source;
        pages.setAll(ManualPages.PAGES);
        page.addListener((o, a, b) -> show(b));
        search.addListener((o, a, b) -> filter(b));
        page.set(ManualPages.PAGES.get(0));
    }

    /** The pages whose text contains the search (all without one), in reading order. */
    public ObservableList<Page> pages() {
        return pages;
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The blocks of the page shown. */
    public ReadOnlyObjectProperty<List<ManualBlock>> blocksProperty() {
        return blocks.getReadOnlyProperty();
    }

    /** Why a page cannot be shown, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Shows the page with this id (as {@link ManualPages#forTab} gives it). */
    public void open(String pageId) {
        ManualPages.page(pageId).ifPresentOrElse(p -> {
            if (!pages.contains(p)) {
                search.set("");
            }
            page.set(p);
        }, () -> problem.set("There is no manual page \"" + pageId + "\"."));
    }

    /** Follows a link of the page: true when it names another manual page, which is then shown. */
    public boolean followLink(String target) {
        var linked = ManualPages.linked(target);
        linked.ifPresent(p -> open(p.id()));
        return linked.isPresent();
    }

    private void show(Page p) {
        if (p == null) {
            blocks.set(List.of());
            return;
        }
        try {
            blocks.set(Markdown.parse(text(p)));
            problem.set("");
        } catch (RuntimeException e) {
            blocks.set(List.of());
            problem.set(e.getMessage());
        }
    }

    private String text(Page p) {
        return texts.computeIfAbsent(p, source);
    }

    private void filter(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        Page current = page.get();
        List<Page> found = ManualPages.PAGES.stream().filter(p -> q.isEmpty()
                || p.title().toLowerCase(Locale.ROOT).contains(q) || text(p).toLowerCase(Locale.ROOT).contains(q))
                .toList();
        pages.setAll(found);
        if (current != null && !found.contains(current) && !found.isEmpty()) {
            page.set(found.get(0));
        }
    }
}
