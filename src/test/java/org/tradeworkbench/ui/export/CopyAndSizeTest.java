package org.tradeworkbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.render.ImageSize;
import org.tradeworkbench.ui.testing.FxThread;

/** Copy as text and as image through the system clipboard (headless), and the sizes the export dialog accepts. */
class CopyAndSizeTest {
    private final List<String> infos = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();
    private final ExportActions actions = new ExportActions(ExportActions.sameThread(), infos::add, errors::add,
                org.tradeworkbench.ui.workbench.TestContexts.settings());

    @BeforeAll
    static void fx() throws Exception {
        FxThread.start();
    }

    @Test
    void copiesATableAsTextAndHtmlAndAsAnImageAtTwiceItsSize() throws Exception {
        TableExportable x = new TableExportable(TableExportTest.table2());
        FxThread.run(() -> {
            actions.copyText(x);
            Clipboard cb = Clipboard.getSystemClipboard();
            assertThat(cb.getString()).startsWith("Table 2. Stationarity test\n").contains("-3.515");
            assertThat(cb.getHtml()).contains("<caption>Table 2. Stationarity test</caption>");
            ImageSize natural = x.defaultSize();
            actions.copyImage(x, 2);
            Image img = Clipboard.getSystemClipboard().getImage();
            assertThat(img).isNotNull();
            assertThat(img.getWidth()).isEqualTo(natural.pixelWidth() * 2.0);
            assertThat(img.getHeight()).isEqualTo(natural.pixelHeight() * 2.0);
        });
        assertThat(errors).isEmpty();
        assertThat(infos).hasSize(2);
        assertThat(infos.get(0)).isEqualTo("Copied as text");
        assertThat(infos.get(1)).matches("Copied the image \\(\\d+ × \\d+ px\\)");
    }

    @Test
    void imageSizesAreCheckedWithReadableMessages() {
        assertThat(ImageExportDialog.customSize(" 1200 ", "800")).isEqualTo(new ImageSize(1200, 800, 1));
        assertThatThrownBy(() -> ImageExportDialog.customSize("12OO", "800")).hasMessageContaining("whole numbers");
        assertThatThrownBy(() -> new ImageSize(10, 800, 1)).hasMessageContaining("between 50 and 20000");
        assertThatThrownBy(() -> new ImageSize(900, 560, 9)).hasMessageContaining("scale");
        assertThatThrownBy(() -> new ImageSize(20000, 20000, 1)).hasMessageContaining("too large");
        assertThat(new ImageSize(900, 560, 3).toString()).isEqualTo("2700 × 1680 px");
    }
}
