package org.tradeworkbench.core.manual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown reader on the constructs the manual pages use, and inline marks. */
class MarkdownTest {

    @Test
    void readsHeadingsParagraphsListsCodeTablesAndImages() {
        List<ManualBlock> b = Markdown.parse("""
                # Title

                First line
                second line.

                - one
                  continued
                - two
                1. first
                2. second

                ```
                adf --data F
                  --lags 2
                ```

                | a | b \\| c |
                |---|:---:|
                | 1 | 2 |

                ![Figure](images/x.png)
                ## Sub ##
                """);
        assertThat(b).containsExactly(
                new ManualBlock.Heading(1, "Title"),
                new ManualBlock.Paragraph("First line second line."),
                new ManualBlock.Items(false, List.of("one continued", "two")),
                new ManualBlock.Items(true, List.of("first", "second")),
                new ManualBlock.Code("adf --data F\n  --lags 2"),
                new ManualBlock.Table(List.of(List.of("a", "b | c"), List.of("1", "2"))),
                new ManualBlock.Image("Figure", "images/x.png"),
                new ManualBlock.Heading(2, "Sub"));
    }

    @Test
    void inlineMarksBecomeSpansAndUnmatchedMarksStayText() {
        assertThat(Inline.spans("Run `adf` with **care**, see [VAR](var.md#irf) or *here*; 2 * 3 and snake_case."))
                .containsExactly(
                        new Inline.Span(Inline.Kind.TEXT, "Run ", null),
                        new Inline.Span(Inline.Kind.CODE, "adf", null),
                        new Inline.Span(Inline.Kind.TEXT, " with ", null),
                        new Inline.Span(Inline.Kind.BOLD, "care", null),
                        new Inline.Span(Inline.Kind.TEXT, ", see ", null),
                        new Inline.Span(Inline.Kind.LINK, "VAR", "var.md#irf"),
                        new Inline.Span(Inline.Kind.TEXT, " or ", null),
                        new Inline.Span(Inline.Kind.EMPHASIS, "here", null),
                        new Inline.Span(Inline.Kind.TEXT, "; 2 * 3 and snake_case.", null));
        assertThat(Inline.spans("a \\* b `unclosed")).extracting(Inline.Span::text).containsExactly("a * b `unclosed");
    }
}
