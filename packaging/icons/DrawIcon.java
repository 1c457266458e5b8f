import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the application icon: a rounded tile with two trade lines (exports rising above imports) over bars.
 * Run from the repository root: {@code java -Djava.awt.headless=true packaging/icons/DrawIcon.java 256
 * packaging/icons/trade-workbench.png}.
 */
public class DrawIcon {
    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]);
        File out = new File(args[1]);
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size / 256.0;
        g.scale(s, s);

        g.setPaint(new GradientPaint(0, 0, new Color(0x1F, 0x3A, 0x5F), 0, 256, new Color(0x0E, 0x1E, 0x33)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48));

        // Bars: a trade balance growing over time.
        g.setColor(new Color(255, 255, 255, 60));
        int[] heights = {24, 34, 30, 48, 62, 80, 96};
        for (int i = 0; i < heights.length; i++) {
            g.fillRect(40 + i * 26, 208 - heights[i], 18, heights[i]);
        }

        // Axes.
        g.setColor(new Color(0xDD, 0xE6, 0xF0));
        g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(32, 40, 32, 212);
        g.drawLine(32, 212, 224, 212);

        // Two lines: one rising steeply (exports), one flatter (imports).
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xF2, 0xA5, 0x41));
        g.draw(line(new double[] {44, 180, 84, 160, 124, 150, 164, 110, 212, 56}));
        g.setColor(new Color(0x5C, 0xC8, 0xE6));
        g.draw(line(new double[] {44, 190, 84, 182, 124, 170, 164, 160, 212, 140}));
        g.dispose();
        ImageIO.write(img, "png", out);
    }

    private static Path2D line(double[] xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        return p;
    }
}
