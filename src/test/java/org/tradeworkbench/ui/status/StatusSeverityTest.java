package org.tradeworkbench.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The status bar's message: an error stays an error until the next message, which is plain information. */
class StatusSeverityTest {

    @Test
    void anErrorIsMarkedAndTheNextPlainMessageIsAHint() {
        WorkbenchModel model = new WorkbenchModel();
        StatusSeverity.show(model, "cannot write out.csv", Severity.ERROR);
        assertThat(StatusSeverity.of(model).get()).isEqualTo(Severity.ERROR);
        model.lastMessageProperty().set("Loaded sample data");
        assertThat(StatusSeverity.of(model).get()).isEqualTo(Severity.HINT);
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
