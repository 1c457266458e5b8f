package org.tradeworkbench.core.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.SourceLocation;
import org.tradeworkbench.core.figures.FigureChoices;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.figures.GeneralFigure;
import org.tradeworkbench.core.figures.PaperFigure;
import org.tradeworkbench.core.figures.PaperFigures;
import org.tradeworkbench.core.figures.SvgChartWriter;
import org.tradeworkbench.core.analysis.replication.ReplicationAnalysis;
import org.tradeworkbench.core.analysis.replication.ReplicationSpec;
import org.tradeworkbench.core.task.ProgressReporter;
import org.tradeworkbench.core.report.CsvTableWriter;
import org.tradeworkbench.core.report.HtmlTableWriter;
import org.tradeworkbench.core.report.LatexTableWriter;
import org.tradeworkbench.core.report.MarkdownTableWriter;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;

/**
 * "Export all": every figure (SVG, and PNG when an {@link Images} renderer is given) and every table (HTML,
 * Markdown, CSV, LaTeX, and PNG) of a workbench into one folder, with an {@code index.html} that shows them under
 * their titles and links every file. A figure without data and a panel without a result are listed with the reason.
 * Files of the same name are replaced; other files in the folder are left alone. When writing fails or is
 * cancelled, the files already written stay and the index lists them.
 */
public final class ExportAll {
    private ExportAll() {
    }

    /** Draws images; the text formats need no renderer. Called from the exporting thread. */
    public interface Images {
        void figurePng(FigureSpec figure, Path file) throws IOException;

        void tablePng(ResultTable table, Path file) throws IOException;
    }

    /** Told of every file before it is written; asked between files whether to stop. */
    public interface Progress {
        void writing(String file, int done, int total);

        boolean isCancelled();

        Progress NONE = new Progress() {
            @Override
            public void writing(String file, int done, int total) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    /**
     * The tables of one panel (e.g. the Regression tab's coefficients, fit and diagnostics), or why it has none.
     *
     * @param title    the panel, e.g. "Regression"
     * @param tables   its current result tables, in the order it shows them
     * @param whyEmpty what the panel says when it has no result (used when {@code tables} is empty)
     */
    public record Section(String title, List<ResultTable> tables, String whyEmpty) {
        public Section {
            tables = List.copyOf(tables);
            whyEmpty = whyEmpty == null ? "" : whyEmpty;
        }

        public static Section of(Report r) {
            return new Section(r.title(), r.tables(), "");
        }

        public static Section of(String title, Report r) {
            return new Section(title, r.tables(), "");
        }
    }

    /**
     * What one Export all writes: the desktop's File ▸ Export all and the command line's {@code export-all} both
     * build one of these from the same figure specs and reports and write it with {@link #write(Path, Contents,
     * Images, Progress)}, so the same inputs give the same files.
     *
     * @param title    the index page's heading, see {@link #title}
     * @param figures  every figure, in index order
     * @param sections the panels' tables, in index order
     */
    public record Contents(String title, List<FigureSpec> figures, List<Section> sections) {
        public Contents {
            figures = List.copyOf(figures);
            sections = List.copyOf(sections);
        }
    }

    /** The index page's heading for a dataset. */
    public static String title(org.tradeworkbench.core.data.Dataset data) {
        return "Trade Workbench: " + data.name();
    }

    /** The replication section: the replication report of the paper's results on {@code data}. */
    public static Section replication(org.tradeworkbench.core.data.Dataset data) {
        return replication(data, ReplicationSpec.DEFAULT);
    }

    /** The replication section with the definitions of the paper variables in {@code spec}. */
    public static Section replication(org.tradeworkbench.core.data.Dataset data, ReplicationSpec spec) {
        return Section.of(REPLICATION, new ReplicationAnalysis().run(spec, data, ProgressReporter.NONE));
    }

    /** The heading of the replication section (the Replication tab's). */
    public static final String REPLICATION = "Replication";

    /** What was written, relative to the folder, in index order. */
    public record Written(List<String> figures, List<String> tables) {
        public int fileCount() {
            return figures.size() + tables.size() + 1;
        }
    }

    /**
     * Every figure with the choices the Figures tab starts with: the paper's Figures 1-4 (empty states where the
     * data lack their series), then the chart of {@code variables}.
     */
    public static List<FigureSpec> defaultFigures(org.tradeworkbench.core.data.Dataset data, List<String> variables) {
        org.tradeworkbench.core.data.Dataset d = PaperFigures.withDerivedSeries(data);
        List<FigureSpec> out = new ArrayList<>();
        for (PaperFigure f : PaperFigure.values()) {
            out.add(PaperFigures.build(f, d, PaperFigures.defaultChoices(f, d)));
        }
        out.add(GeneralFigure.build(d, FigureChoices.none().withVariables(List.copyOf(variables))));
        return out;
    }

    /** The figures as SVG and the results as HTML and Markdown, without images (e.g. on the command line). */
    public static Written write(Path folder, String title, List<FigureSpec> figures, List<Report> results) {
        return write(folder, title, figures, results.stream().map(Section::of).toList(), null, Progress.NONE);
    }

    /** Writes {@code contents}; see {@link #write(Path, String, List, List, Images, Progress)}. */
    public static Written write(Path folder, Contents contents, Images images, Progress progress) {
        return write(folder, contents.title(), contents.figures(), contents.sections(), images, progress);
    }

    /**
     * Writes everything. {@code images} may be null (no PNG files). A {@link DataException} naming the file when
     * one cannot be written; a {@link CancellationException} when {@code progress} says stop. Either way the index
     * lists what was written before.
     */
    public static Written write(Path folder, String title, List<FigureSpec> figures, List<Section> sections,
            Images images, Progress progress) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DataException(SourceLocation.file(folder.toString()), "cannot create the export folder ("
                    + e.getMessage() + ")", e);
        }
        Writer w = new Writer(folder, images, progress, count(figures, sections, images));
        try {
            w.figures(figures);
            for (Section s : sections) {
                w.section(s);
            }
        } catch (RuntimeException e) {
            w.body.append("<p class=\"stopped\">").append(e instanceof CancellationException
                    ? "Export cancelled here." : "Export stopped here: " + esc(String.valueOf(e.getMessage())))
                    .append("</p>\n");
            w.index(title);
            throw e;
        }
        w.index(title);
        return new Written(List.copyOf(w.figFiles), List.copyOf(w.tableFiles));
    }

    private static int count(List<FigureSpec> figures, List<Section> sections, Images images) {
        int perFigure = images == null ? 1 : 2;
        int perTable = images == null ? 4 : 5;
        int n = 1;
        for (FigureSpec f : figures) {
            n += f.isEmpty() ? 0 : perFigure;
        }
        for (Section s : sections) {
            n += s.tables().size() * perTable;
        }
        return n;
    }

    /** The state of one export: names taken, files written, the index body so far. */
    private static final class Writer {
        private final Path folder;
        private final Images images;
        private final Progress progress;
        private final int total;
        private int done;
        private final Set<String> used = new HashSet<>();
        private final List<String> figFiles = new ArrayList<>();
        private final List<String> tableFiles = new ArrayList<>();
        private final StringBuilder body = new StringBuilder();

        Writer(Path folder, Images images, Progress progress, int total) {
            this.folder = folder;
            this.images = images;
            this.progress = progress;
            this.total = total;
            used.add("index.html");
        }

        void figures(List<FigureSpec> figures) {
            if (figures.isEmpty()) {
                return;
            }
            body.append("<h2>Figures</h2>\n");
            List<FigureSpec> empty = new ArrayList<>();
            for (FigureSpec f : figures) {
                if (f.isEmpty()) {
                    empty.add(f);
                    continue;
                }
                String stem = stem(f.fileStem(), "figure");
                String svg = stem + ".svg";
                text(svg, SvgChartWriter.write(f), figFiles);
                body.append("<figure>\n<img src=\"").append(esc(svg)).append("\" alt=\"").append(esc(f.title()))
                        .append("\">\n<figcaption>").append(esc(f.title()));
                if (!f.subtitle().isBlank()) {
                    body.append(" \u2014 ").append(esc(f.subtitle()));
                }
                body.append("<br>").append(link(svg, "SVG"));
                if (images != null) {
                    String png = stem + ".png";
                    image(png, file -> images.figurePng(f, file), figFiles);
                    body.append(", ").append(link(png, "PNG"));
                }
                body.append("</figcaption>\n</figure>\n");
            }
            if (!empty.isEmpty()) {
                body.append("<h3>Figures without data</h3>\n<ul class=\"empty\">\n");
                for (FigureSpec f : empty) {
                    body.append("<li><b>").append(esc(f.title())).append("</b>: ")
                            .append(esc(f.emptyState().message())).append("</li>\n");
                }
                body.append("</ul>\n");
            }
        }

        void section(Section s) {
            body.append("<h2>").append(esc(s.title())).append("</h2>\n");
            if (s.tables().isEmpty()) {
                body.append("<p class=\"empty\">No result: ").append(esc(s.whyEmpty().isBlank()
                        ? "nothing was computed" : s.whyEmpty())).append("</p>\n");
                return;
            }
            for (ResultTable t : s.tables()) {
                String stem = stem(FigureSpec.slug(s.title() + " " + t.title()), "table");
                body.append("<section class=\"table\">\n<h3>").append(esc(t.title())).append("</h3>\n");
                if (images != null) {
                    String png = stem + ".png";
                    image(png, file -> images.tablePng(t, file), tableFiles);
                    body.append("<img src=\"").append(esc(png)).append("\" alt=\"").append(esc(t.title()))
                            .append("\">\n");
                }
                String html = stem + ".html";
                String md = stem + ".md";
                String csv = stem + ".csv";
                String tex = stem + ".tex";
                text(html, HtmlTableWriter.document(t.title(), List.of(t)), tableFiles);
                text(md, MarkdownTableWriter.write(t), tableFiles);
                text(csv, CsvTableWriter.write(t), tableFiles);
                text(tex, LatexTableWriter.write(t), tableFiles);
                body.append("<p>").append(link(html, "HTML")).append(", ").append(link(md, "Markdown"))
                        .append(", ").append(link(csv, "CSV")).append(", ").append(link(tex, "LaTeX"));
                if (images != null) {
                    body.append(", ").append(link(stem + ".png", "PNG"));
                }
                body.append("</p>\n</section>\n");
            }
        }

        /** A file stem not used yet in this export (the same title twice gets "-2"). */
        private String stem(String wanted, String fallback) {
            String base = wanted.isEmpty() ? fallback : wanted;
            String s = base;
            for (int i = 2; used.contains(s + ".svg") || used.contains(s + ".html"); i++) {
                s = base + "-" + i;
            }
            for (String ext : List.of(".svg", ".png", ".html", ".md", ".csv", ".tex")) {
                used.add(s + ext);
            }
            return s;
        }

        private void step(String name) {
            if (progress.isCancelled()) {
                throw new CancellationException("export cancelled");
            }
            progress.writing(name, done++, total);
        }

        private void text(String name, String content, List<String> into) {
            step(name);
            put(folder, name, content);
            into.add(name);
        }

        private interface ImageWork {
            void write(Path file) throws IOException;
        }

        private void image(String name, ImageWork work, List<String> into) {
            step(name);
            Path file = folder.resolve(name);
            try {
                work.write(file);
            } catch (IOException | RuntimeException e) {
                throw new DataException(SourceLocation.file(file.toString()), "cannot write the image ("
                        + e.getMessage() + ")", e);
            }
            into.add(name);
        }

        void index(String title) {
            progress.writing("index.html", done++, total);
            String index = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                    + esc(title) + "</title>\n<style>body{font-family:sans-serif;max-width:64em;margin:2em auto;"
                    + "padding:0 1em;color:#1a1a1a}figure,section.table{margin:1.5em 0}img{max-width:100%;"
                    + "border:1px solid #ddd}.empty{color:#555}.stopped{color:#b3261e;font-weight:bold}</style>\n"
                    + "</head>\n<body>\n<h1>" + esc(title) + "</h1>\n" + body + "</body>\n</html>\n";
            put(folder, "index.html", index);
        }
    }

    private static String link(String file, String label) {
        return "<a href=\"" + esc(file) + "\">" + label + "</a>";
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
