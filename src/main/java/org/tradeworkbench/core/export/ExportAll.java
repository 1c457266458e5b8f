package org.tradeworkbench.core.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.SourceLocation;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.figures.SvgChartWriter;
import org.tradeworkbench.core.report.HtmlTableWriter;
import org.tradeworkbench.core.report.MarkdownTableWriter;
import org.tradeworkbench.core.report.StatResult;

/**
 * "Export all": every figure as SVG and every result as HTML and Markdown into one folder, with an
 * {@code index.html} that shows the figures and links the tables. Files of the same name are replaced; other
 * files in the folder are left alone.
 */
public final class ExportAll {
    private ExportAll() {
    }

    /** What was written, relative to the folder, in index order. */
    public record Written(List<String> figures, List<String> tables) {
    }

    public static Written write(Path folder, String title, List<FigureSpec> figures, List<StatResult> results) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DataException(SourceLocation.file(folder.toString()), "cannot create the export folder ("
                    + e.getMessage() + ")", e);
        }
        Set<String> used = new HashSet<>();
        List<String> figFiles = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        if (!figures.isEmpty()) {
            body.append("<h2>Figures</h2>\n");
        }
        for (FigureSpec f : figures) {
            String name = unique(f.fileStem(), ".svg", used);
            put(folder, name, SvgChartWriter.write(f));
            figFiles.add(name);
            body.append("<figure><img src=\"").append(esc(name)).append("\" alt=\"").append(esc(f.title()))
                    .append("\" width=\"800\"><figcaption>").append(esc(f.title())).append("</figcaption></figure>\n");
        }
        List<String> tableFiles = new ArrayList<>();
        if (!results.isEmpty()) {
            body.append("<h2>Tables</h2>\n<ul>\n");
        }
        for (StatResult r : results) {
            String stem = FigureSpec.slug(r.title());
            String html = unique(stem.isEmpty() ? "table" : stem, ".html", used);
            String md = html.substring(0, html.length() - ".html".length()) + ".md";
            used.add(md);
            put(folder, html, HtmlTableWriter.document(r));
            put(folder, md, MarkdownTableWriter.write(r));
            tableFiles.add(html);
            tableFiles.add(md);
            body.append("<li>").append(esc(r.title())).append(": <a href=\"").append(esc(html))
                    .append("\">HTML</a>, <a href=\"").append(esc(md)).append("\">Markdown</a></li>\n");
        }
        if (!results.isEmpty()) {
            body.append("</ul>\n");
        }
        String index = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(title)
                + "</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
                + "figure{margin:1.5em 0}img{max-width:100%;border:1px solid #ddd}</style>\n</head>\n<body>\n<h1>"
                + esc(title) + "</h1>\n" + body + "</body>\n</html>\n";
        put(folder, "index.html", index);
        return new Written(figFiles, tableFiles);
    }

    private static String unique(String stem, String ext, Set<String> used) {
        String name = stem + ext;
        for (int i = 2; used.contains(name) || name.equals("index.html"); i++) {
            name = stem + "-" + i + ext;
        }
        used.add(name);
        return name;
    }

    private static void put(Path folder, String name, String text) {
        try {
            Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataException(SourceLocation.file(folder.resolve(name).toString()), "cannot write the export ("
                    + e.getMessage() + ")", e);
        }
    }

    private static String esc(String s) {
        return HtmlTableWriter.escape(s);
    }
}
