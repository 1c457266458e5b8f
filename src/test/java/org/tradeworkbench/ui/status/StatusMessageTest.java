package org.tradeworkbench.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The status bar's message: an error stays an error until the next message, which is plain information. */
class StatusMessageTest {

    @Test
    void anErrorIsMarkedAndTheNextPlainMessageIsAHint() {
        WorkbenchModel model = new WorkbenchModel();
        model.showMessage("cannot write out.csv", true);
        assertThat(model.lastMessageErrorProperty().get()).isTrue();
        model.lastMessageProperty().set("Loaded sample data");
        assertThat(model.lastMessageErrorProperty().get()).isFalse();
        model.showMessage("Saved", false);
        assertThat(model.lastMessageErrorProperty().get()).isFalse();
    }

    @Test
    void panelMessagesCarryTheirSeverity() {
        PanelMessage m = new PanelMessage(this, "message");
        m.hint("Pick a dependent variable");
        assertThat(m.severity()).isEqualTo(Severity.HINT);
        m.error("singular matrix");
        assertThat(m.text()).isEqualTo("singular matrix");
        assertThat(m.severity()).isEqualTo(Severity.ERROR);
        m.clear();
        assertThat(m.text()).isEmpty();
    }
}
