package org.tradeworkbench.ui.main;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.tradeworkbench.ui.data.DataView;
import org.tradeworkbench.ui.figures.FiguresView;
import org.tradeworkbench.ui.replication.ReplicationView;
import org.tradeworkbench.ui.stationarity.StationarityView;
import org.tradeworkbench.ui.regression.RegressionView;
import org.tradeworkbench.ui.causality.CausalityView;
import org.tradeworkbench.ui.var.VarView;
import org.tradeworkbench.ui.cointegration.CointegrationView;

/**
 * The tabs of the main window, in order. Each tab adds its view here, in one line; nothing else in the shell needs
 * to change.
 */
public final class TabContributions {
    private TabContributions() {
    }

    public static List<WorkbenchTab> tabs() {
        return List.of(
                new WorkbenchTab("data", "Data", DataView::create),
                new WorkbenchTab("figures", "Figures", FiguresView::create),
                new WorkbenchTab("stationarity", "Stationarity", StationarityView::create),
                new WorkbenchTab("regression", "Regression", RegressionView::create),
                new WorkbenchTab("causality", "Causality", CausalityView::create),
                new WorkbenchTab("var", "VAR", VarView::create),
                new WorkbenchTab("cointegration", "Cointegration", CointegrationView::create),
                new WorkbenchTab("replication", "Replication", ReplicationView::create),
                new WorkbenchTab("commands", "Commands", org.tradeworkbench.ui.workbench.CommandsView::create));
    }

    /** Shown by a tab whose view is not part of this build yet. */
    static Node notYetAvailable(String what) {
        Label l = new Label(what + " is not available in this build.");
        l.getStyleClass().add("empty-state");
        StackPane p = new StackPane(l);
        p.setAlignment(Pos.CENTER);
        return p;
    }
}
