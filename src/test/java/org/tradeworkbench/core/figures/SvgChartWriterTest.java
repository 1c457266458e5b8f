package org.tradeworkbench.core.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartWriterTest {
    static final String SVG_NS = "http://www.w3.org/2000/svg";

    static FigureSeries series(String name, double... y) {
        List<String> periods = new ArrayList<>();
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            periods.add(Integer.toString(2006 + i));
            x[i] = 2006 + i;
        }
        return new FigureSeries(name, name + " label", periods, x, y);
    }

    static FigureSpec spec(FigureKind kind) {
        return new FigureSpec("1", "balance", "Figure 1. China–US trade balance <2006–2011>", "Billions & more",
                "Year", "US balance", "billion US$", kind,
                List.of(series("bal", -10.5, -20.25, Double.NaN, -40, -35.5, -30),
                        series("ex", 5, 6, 7, 8, 9, 10.75)),
                "Source: U.S. Census Bureau", null);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> byClass(Document d, String tag, String cls) {
        List<Element> out = new ArrayList<>();
        NodeList nl = d.getElementsByTagNameNS(SVG_NS, tag);
        for (int i = 0; i < nl.getLength(); i++) {
            Element e = (Element) nl.item(i);
            if (e.getAttribute("class").equals(cls)) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Document d, String cls) {
        List<Element> e = byClass(d, "text", cls);
        assertThat(e).hasSize(1);
        return e.get(0).getTextContent();
    }

    @Test
    void lineChartHasTitleAxisLabelsAndOnePointPerValue() throws Exception {
        Document d = parse(SvgChartWriter.write(spec(FigureKind.LINE)));
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(text(d, "title")).isEqualTo("Figure 1. China–US trade balance <2006–2011>");
        assertThat(text(d, "subtitle")).isEqualTo("Billions & more");
        assertThat(text(d, "x-label")).isEqualTo("Year");
        assertThat(text(d, "y-label")).isEqualTo("US balance (billion US$)");
        List<Element> points = byClass(d, "circle", "point");
        assertThat(points).hasSize(11);
        assertThat(points.get(0).getAttribute("data-series")).isEqualTo("bal label");
        assertThat(points.get(0).getAttribute("data-period")).isEqualTo("2006");
        assertThat(Double.parseDouble(points.get(1).getAttribute("data-value"))).isEqualTo(-20.25);
        assertThat(points.subList(0, 5)).extracting(p -> p.getAttribute("data-period"))
                .containsExactly("2006", "2007", "2009", "2010", "2011");
        // The missing 2008 breaks the first line into two paths; the second series is one path.
        assertThat(byClass(d, "path", "line")).hasSize(3);
        assertThat(byClass(d, "text", "legend-label")).extracting(Element::getTextContent)
                .containsExactly("bal label", "ex label");
        List<String> yTicks = byClass(d, "text", "tick-label").stream().map(Element::getTextContent).toList();
        assertThat(yTicks).containsExactly("-40", "-20", "0", "20", "2006", "2007", "2008", "2009", "2010", "2011");
        assertThat(text(d, "note")).isEqualTo("Source: U.S. Census Bureau");
        // Points lie inside the plot: larger values are drawn higher (smaller y).
        double y2006 = Double.parseDouble(points.get(0).getAttribute("cy"));
        double y2007 = Double.parseDouble(points.get(1).getAttribute("cy"));
        assertThat(y2007).isGreaterThan(y2006);
    }

    @Test
    void barChartHasOneRectPerValue() throws Exception {
        Document d = parse(SvgChartWriter.write(spec(FigureKind.BAR), 640, 400));
        List<Element> bars = byClass(d, "rect", "bar");
        assertThat(bars).hasSize(11);
        for (Element b : bars) {
            assertThat(Double.parseDouble(b.getAttribute("height"))).isPositive();
        }
        assertThat(text(d, "title")).startsWith("Figure 1.");
        assertThat(d.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 640 400");
    }

    @Test
    void emptyFigureSaysWhy() throws Exception {
        FigureSpec empty = FigureSpec.empty("3", "categories", "Figure 3", FigureKind.BAR,
                new EmptyState("Figure 3 needs ATP trade by category.", List.of("ATP exports"), "Import a Census file."));
        Document d = parse(SvgChartWriter.write(empty));
        assertThat(text(d, "empty")).isEqualTo("Figure 3 needs ATP trade by category. Needs: ATP exports. "
                + "Import a Census file.");
        assertThat(byClass(d, "rect", "bar")).isEmpty();
    }

    @Test
    void aMillionPointLineIsWrittenWithThePointsThatDrawItAndItsExtremes() throws Exception {
        int n = 1_000_000;
        java.util.Random r = new java.util.Random(7);
        double[] y = new double[n];
        double[] x = new double[n];
        List<String> periods = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            y[i] = i == 0 ? 0 : y[i - 1] + r.nextGaussian();
            x[i] = i + 1;
            periods.add(Integer.toString(i + 1));
        }
        FigureSpec big = new FigureSpec("general", "walk", "A random walk", "", "Observation", "x", "",
                FigureKind.LINE, List.of(new FigureSeries("x", "x", periods, x, y)), "", null);
        String svg = SvgChartWriter.write(big);
        assertThat(svg.length()).as("characters").isLessThan(400_000);
        Document d = parse(svg);
        assertThat(byClass(d, "circle", "point")).isEmpty();
        assertThat(byClass(d, "desc", "thinned")).singleElement()
                .satisfies(e -> assertThat(e.getTextContent()).startsWith("1000000 points, drawn with the "));
        // The path reaches the plotted extremes of the whole series.
        String path = byClass(d, "path", "line").get(0).getAttribute("d");
        double top = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (String point : path.substring(1).split(" L")) {
            double py = Double.parseDouble(point.trim().split(" ")[1]);
            top = Math.min(top, py);
            bottom = Math.max(bottom, py);
        }
        String small = SvgChartWriter.write(spec(FigureKind.LINE));
        assertThat(byClass(parse(small), "desc", "thinned")).isEmpty();
        double lowest = java.util.Arrays.stream(y).min().orElseThrow();
        double highest = java.util.Arrays.stream(y).max().orElseThrow();
        FigureSpec twoPoints = new FigureSpec("general", "walk", "A random walk", "", "Observation", "x", "",
                FigureKind.LINE, List.of(new FigureSeries("x", "x", List.of("1", "2"), new double[] {1, n},
                        new double[] {lowest, highest})), "", null);
        String ends = byClass(parse(SvgChartWriter.write(twoPoints)), "path", "line").get(0).getAttribute("d");
        String[] pts = ends.substring(1).split(" L");
        assertThat(bottom).isEqualTo(Double.parseDouble(pts[0].trim().split(" ")[1]));
        assertThat(top).isEqualTo(Double.parseDouble(pts[1].trim().split(" ")[1]));
    }
}
