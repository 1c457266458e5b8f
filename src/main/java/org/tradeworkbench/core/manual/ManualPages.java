package org.tradeworkbench.core.manual;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages of the manual, in reading order: the user-facing pages of docs/, bundled with the app under
 * {@code /manual/} (pom.xml), so the app and the repository show the same text. Each analysis tab has its page.
 */
public final class ManualPages {
    /** One page: {@code id} is its file name without {@code .md}. */
    public record Page(String id, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    public static final List<Page> PAGES = List.of(
            new Page("desktop", "The desktop app"),
            new Page("formats", "Data formats and workbench files"),
            new Page("data-sources", "Excel files and online databases"),
            new Page("figures", "Figures"),
            new Page("unit-roots", "Unit-root tests (Stationarity)"),
            new Page("regression", "Regression"),
            new Page("var", "VAR, impulse responses and causality"),
            new Page("cointegration", "Cointegration"),
            new Page("replication", "Replication of the paper"),
            new Page("cli", "Command line and scripts"),
            new Page("reliability", "Reliability"),
            new Page("install", "Installing"));

    /** The page each tab's "?" opens. */
    private static final Map<String, String> BY_TAB = Map.of("data", "formats", "figures", "figures",
            "stationarity", "unit-roots", "regression", "regression", "causality", "var", "var", "var",
            "cointegration", "cointegration", "replication", "replication", "commands", "cli");

    private ManualPages() {
    }

    public static Optional<Page> page(String id) {
        return PAGES.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The page of the tab {@code tabId}, or the desktop page for a tab without its own. */
    public static Page forTab(String tabId) {
        return page(BY_TAB.getOrDefault(tabId, "desktop")).orElseThrow();
    }

    /** The page a link target names ({@code var.md}, {@code cointegration.md#johansen}), if it is a manual page. */
    public static Optional<Page> linked(String target) {
        String t = target;
        int hash = t.indexOf('#');
        if (hash >= 0) {
            t = t.substring(0, hash);
        }
        if (t.startsWith("docs/")) {
            t = t.substring(5);
        }
        if (!t.endsWith(".md") || t.contains("/")) {
            return Optional.empty();
        }
        return page(t.substring(0, t.length() - 3));
    }

    /** The page's Markdown as bundled; a missing page is an error naming it (the build bundles every page). */
    public static String text(Page page) {
        String resource = "/manual/" + page.id() + ".md";
        try (InputStream in = ManualPages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the manual page " + resource + " is not in this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the manual page " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }
}
