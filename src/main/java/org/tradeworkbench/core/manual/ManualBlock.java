package org.tradeworkbench.core.manual;

import java.util.List;

/** One block of a manual page as {@link Markdown} reads it; inline marks stay in the text ({@link Inline}). */
public sealed interface ManualBlock {
    /** A heading, level 1 (the page title) to 4. */
    record Heading(int level, String text) implements ManualBlock {
    }

    /** A paragraph: its lines joined by spaces. */
    record Paragraph(String text) implements ManualBlock {
    }

    /** A bulleted or numbered list; each item one string (continuation lines joined). */
    record Items(boolean numbered, List<String> items) implements ManualBlock {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** A fenced code block, lines as written. */
    record Code(String text) implements ManualBlock {
    }

    /** A table: the header row first; the separator row is dropped. */
    record Table(List<List<String>> rows) implements ManualBlock {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** An image on its own line: {@code ![alt](path)}, the path relative to the page. */
    record Image(String alt, String path) implements ManualBlock {
    }
}
