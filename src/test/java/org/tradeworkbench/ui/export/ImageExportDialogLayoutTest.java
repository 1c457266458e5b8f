package org.tradeworkbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.ui.Fxml;
import org.tradeworkbench.ui.testing.FxThread;

/** The image size dialog's layout loads from its FXML: three scales and a custom size, in one choice. */
class ImageExportDialogLayoutTest {

    @BeforeAll
    static void fx() throws Exception {
        FxThread.start();
    }

    @Test
    void theChoicesAreOneToggleGroup() throws Exception {
        FxThread.run(() -> {
            ImageExportDialog d = Fxml.load(new ImageExportDialog(), "ImageExportDialog.fxml");
            Node content = d.content();
            ToggleGroup g = null;
            for (String id : new String[] {"#imageScale1", "#imageScale2", "#imageScale3", "#imageCustomSize"}) {
                RadioButton b = (RadioButton) content.lookup(id);
                assertThat(b).as(id).isNotNull();
                g = g == null ? b.getToggleGroup() : g;
                assertThat(b.getToggleGroup()).isSameAs(g).isNotNull();
            }
            assertThat(content.lookup("#imageWidth")).isNotNull();
            assertThat(content.lookup("#imageSizeError")).isNotNull();
        });
    }
}
