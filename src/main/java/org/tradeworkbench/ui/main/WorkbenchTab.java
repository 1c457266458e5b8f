package org.tradeworkbench.ui.main;

import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;
import org.tradeworkbench.ui.workbench.WorkbenchContext;

/**
 * One tab of the main window. {@code content} builds the tab's view (FXML + view model) from the shared context;
 * it is called the first time the tab is shown, so start-up only pays for the visible tab.
 *
 * @param id    stable identifier, also the tab's CSS id and the key for tests ({@code #tab-data})
 * @param title what the tab header says
 */
public record WorkbenchTab(String id, String title, Function<WorkbenchContext, Node> content) {
    public WorkbenchTab {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(content);
    }
}
