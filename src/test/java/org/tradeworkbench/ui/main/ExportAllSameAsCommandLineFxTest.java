package org.tradeworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.cli.Cli;
import org.tradeworkbench.core.export.ExportAll;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.workbench.WorkbenchStore;
import org.tradeworkbench.render.ExportImages;
import org.tradeworkbench.ui.figures.FiguresView;
import org.tradeworkbench.ui.replication.ReplicationView;
import org.tradeworkbench.ui.testing.FxThread;
import org.tradeworkbench.ui.workbench.RecordingNotifier;
import org.tradeworkbench.ui.workbench.TestContexts;
import org.tradeworkbench.ui.workbench.WorkbenchContext;
import org.tradeworkbench.ui.workbench.WorkbenchModel;
import org.tradeworkbench.ui.workbench.WorkbenchSnapshot;

/**
 * File ▸ Export all and {@code export-all} write the same files from the same workbench: with the Figures and
 * Replication tabs built (what the command line exports), every file of the desktop's export, images included,
 * is the command line's from the saved workbench: the same text, the same pictures.
 */
class ExportAllSameAsCommandLineFxTest {

    @BeforeAll
    static void fx() throws Exception {
        FxThread.start();
    }

    @Test
    void desktopAndCommandLineWriteTheSameFiles(@TempDir Path dir) throws Exception {
        WorkbenchModel model = new WorkbenchModel();
        model.load(PaperData.withPaperVariables(PaperData.bundledSample()), null);
        RecordingNotifier notifier = new RecordingNotifier();
        WorkbenchContext ctx = TestContexts.context(model, notifier);
        FxThread.run(() -> {
            FiguresView.create(ctx);
            ReplicationView.create(ctx);
        });
        Path workbench = dir.resolve("paper.twb");
        WorkbenchStore.save(FxThread.call(() -> WorkbenchSnapshot.capture(model, "figures")), workbench);

        Path desktop = dir.resolve("desktop");
        AtomicReference<ExportAll.Written> written = new AtomicReference<>();
        ExportAllAction.start(ctx, desktop, ExportImages.at(1), written::set);
        assertThat(notifier.errors()).isEmpty();
        assertThat(written.get()).isNotNull();

        Path cli = dir.resolve("cli");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"export-all", "--workbench", workbench.toString(), "--out", cli.toString(),
            "--scale", "1"}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(status).isZero();

        List<String> desktopFiles = names(desktop);
        assertThat(desktopFiles).hasSizeGreaterThan(20).contains("index.html")
                .anyMatch(f -> f.endsWith(".png")).anyMatch(f -> f.startsWith("replication-"));
        assertThat(names(cli)).containsExactlyElementsOf(desktopFiles);
        for (String f : desktopFiles) {
            if (f.endsWith(".png")) {
                assertSamePicture(f, desktop.resolve(f), cli.resolve(f));
            } else {
                assertThat(Files.readString(cli.resolve(f))).as(f).isEqualTo(Files.readString(desktop.resolve(f)));
            }
        }
    }

    /**
     * The same image: the same size, and pixels that differ only where JavaFX's anti-aliasing of crossing lines
     * varies between two drawings (a few grey levels, at most one pixel in a thousand).
     */
    private static void assertSamePicture(String name, Path a, Path b) throws Exception {
        BufferedImage x = ImageIO.read(a.toFile());
        BufferedImage y = ImageIO.read(b.toFile());
        assertThat(y.getWidth()).as(name).isEqualTo(x.getWidth());
        assertThat(y.getHeight()).as(name).isEqualTo(x.getHeight());
        long off = 0;
        int worst = 0;
        for (int r = 0; r < x.getHeight(); r++) {
            for (int c = 0; c < x.getWidth(); c++) {
                int p = x.getRGB(c, r);
                int q = y.getRGB(c, r);
                if (p != q) {
                    off++;
                    for (int shift = 0; shift <= 16; shift += 8) {
                        worst = Math.max(worst, Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)));
                    }
                }
            }
        }
        assertThat(off).as("%s: pixels that differ", name).isLessThanOrEqualTo((long) x.getWidth() * x.getHeight() / 1000);
        assertThat(worst).as("%s: largest difference of a colour channel", name).isLessThanOrEqualTo(24);
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
