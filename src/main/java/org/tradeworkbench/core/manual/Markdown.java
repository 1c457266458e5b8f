package org.tradeworkbench.core.manual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Markdown the pages of docs/ are written in into blocks: ATX headings, paragraphs, bulleted and
 * numbered lists (indented lines continue an item), fenced code, pipe tables and images on their own line. That is
 * all the pages use; anything else reads as paragraph text, so nothing on a page is dropped.
 */
public final class Markdown {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern ITEM = Pattern.compile("^\\s{0,3}([-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern IMAGE = Pattern.compile("^!\\[([^\\]]*)]\\(([^)\\s]+)\\)\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");

    private Markdown() {
    }

    public static List<ManualBlock> parse(String text) {
        List<String> lines = Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        List<ManualBlock> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        List<String> items = new ArrayList<>();
        boolean numbered = false;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.startsWith("```")) {
                flush(out, paragraph, items, numbered);
                items = new ArrayList<>();
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.size() && !lines.get(i).strip().startsWith("```")) {
                    code.append(code.length() == 0 ? "" : "\n").append(lines.get(i));
                    i++;
                }
                out.add(new ManualBlock.Code(code.toString()));
                i++;
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                flush(out, paragraph, items, numbered);
                items = new ArrayList<>();
                out.add(new ManualBlock.Heading(Math.min(4, h.group(1).length()), h.group(2)));
                i++;
                continue;
            }
            if (trimmed.isEmpty()) {
                flush(out, paragraph, items, numbered);
                items = new ArrayList<>();
                i++;
                continue;
            }
            if (trimmed.startsWith("|")) {
                flush(out, paragraph, items, numbered);
                items = new ArrayList<>();
                List<List<String>> rows = new ArrayList<>();
                while (i < lines.size() && lines.get(i).strip().startsWith("|")) {
                    String row = lines.get(i).strip();
                    if (!SEPARATOR.matcher(row).matches()) {
                        rows.add(cells(row));
                    }
                    i++;
                }
                out.add(new ManualBlock.Table(rows));
                continue;
            }
            Matcher img = IMAGE.matcher(trimmed);
            if (img.matches() && paragraph.length() == 0) {
                flush(out, paragraph, items, numbered);
                items = new ArrayList<>();
                out.add(new ManualBlock.Image(img.group(1), img.group(2)));
                i++;
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                if (paragraph.length() > 0) {
                    flush(out, paragraph, List.of(), false);
                }
                boolean isNumbered = Character.isDigit(item.group(1).charAt(0));
                if (!items.isEmpty() && isNumbered != numbered) {
                    flush(out, paragraph, items, numbered);
                    items = new ArrayList<>();
                }
                numbered = isNumbered;
                items.add(item.group(2).strip());
                i++;
                continue;
            }
            if (!items.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + trimmed);
                i++;
                continue;
            }
            if (!items.isEmpty()) {
                flush(out, paragraph, items, numbered);
                items = new ArrayList<>();
            }
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(trimmed);
            i++;
        }
        flush(out, paragraph, items, numbered);
        return out;
    }

    private static void flush(List<ManualBlock> out, StringBuilder paragraph, List<String> items, boolean numbered) {
        if (paragraph.length() > 0) {
            out.add(new ManualBlock.Paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
        if (!items.isEmpty()) {
            out.add(new ManualBlock.Items(numbered, items));
        }
    }

    private static List<String> cells(String row) {
        String r = row;
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|")) {
            r = r.substring(0, r.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String c : r.split("(?<!\\\\)\\|", -1)) {
            out.add(c.strip().replace("\\|", "|"));
        }
        return out;
    }
}
