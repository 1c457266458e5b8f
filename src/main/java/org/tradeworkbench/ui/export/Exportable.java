package org.tradeworkbench.ui.export;

import java.util.Optional;
import javafx.scene.layout.Region;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.render.ImageSize;

/** Something the export menu can save or copy: a chart or a results table. */
public interface Exportable {

    /** The default file name without extension, e.g. {@code figure-1-china-us-high-tech-trade-balance}. */
    String fileStem();

    /** A fresh node drawing it for an image (not the one on screen, which stays as it is). FX thread. */
    Region render();

    /** The logical size an image has unless the user chooses another (scale 1). FX thread. */
    ImageSize defaultSize();

    /** Its content as plain text, for "Copy as text". */
    String asText();

    /** The table behind it, for CSV, LaTeX, HTML and Markdown; empty for charts. */
    default Optional<ResultTable> table() {
        return Optional.empty();
    }
}
