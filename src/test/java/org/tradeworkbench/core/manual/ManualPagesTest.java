package org.tradeworkbench.core.manual;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manual is the docs/ pages as bundled: every page is in the build with the repository's text, every tab
 * has its page, links between pages resolve, images are there, and the reader drops no text of any page.
 */
class ManualPagesTest {
    static List<ManualPages.Page> pages() {
        return ManualPages.PAGES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void eachPageIsBundledWithTheRepositorysText(ManualPages.Page page) throws Exception {
        assertThat(ManualPages.text(page)).isEqualTo(Files.readString(Path.of("docs", page.id() + ".md")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void linksToManualPagesResolveAndImagesAreBundled(ManualPages.Page page) {
        Matcher m = Pattern.compile("\\]\\(([^)\\s]+)\\)").matcher(ManualPages.text(page));
        while (m.find()) {
            String target = m.group(1);
            if (target.endsWith(".md") || target.contains(".md#")) {
                String file = target.replaceAll("#.*", "");
                if (!file.contains("/") && Files.exists(Path.of("docs", file))
                        && ManualPages.PAGES.stream().anyMatch(p -> (p.id() + ".md").equals(file))) {
                    assertThat(ManualPages.linked(target)).as(target).isPresent();
                }
            }
            if (target.startsWith("images/")) {
                assertThat(ManualPages.class.getResource("/manual/" + target)).as(target).isNotNull();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theReaderKeepsEveryWordOfThePage(ManualPages.Page page) {
        StringBuilder all = new StringBuilder();
        for (ManualBlock b : Markdown.parse(ManualPages.text(page))) {
            all.append(' ').append(text(b));
        }
        String kept = all + " " + all.toString().replace("\\", "");
        List<String> lost = new ArrayList<>();
        // A code fence's language tag is not text of the page.
        for (String word : ManualPages.text(page).replaceAll("```\\w*", " ").split("[\\s|`*#>\\[\\]()!:-]+")) {
            String w = word;
            if (w.length() > 2 && !kept.contains(w) && !kept.contains(w.replace("\\", ""))) {
                lost.add(w);
            }
        }
        assertThat(lost).as("words of " + page.id() + ".md missing from the blocks").isEmpty();
    }

    private static String text(ManualBlock b) {
        if (b instanceof ManualBlock.Heading h) {
            return h.text();
        }
        if (b instanceof ManualBlock.Paragraph p) {
            return p.text();
        }
        if (b instanceof ManualBlock.Items i) {
            return String.join(" ", i.items());
        }
        if (b instanceof ManualBlock.Code c) {
            return c.text();
        }
        if (b instanceof ManualBlock.Table t) {
            return t.rows().toString();
        }
        ManualBlock.Image im = (ManualBlock.Image) b;
        return im.alt() + " " + im.path();
    }

    @Test
    void everyTabHasItsPage() {
        for (String tab : List.of("data", "figures", "stationarity", "regression", "causality", "var", "cointegration",
                "replication", "commands")) {
            assertThat(ManualPages.forTab(tab)).as(tab).isNotNull();
        }
        assertThat(ManualPages.forTab("stationarity").id()).isEqualTo("unit-roots");
        assertThat(ManualPages.linked("docs/cointegration.md#johansen")).map(ManualPages.Page::id).hasValue("cointegration");
        assertThat(ManualPages.linked("https://example.org/x.md")).isEmpty();
    }
}
