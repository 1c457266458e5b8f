package org.tradeworkbench.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.SourceLocation;

class NotifierTest {
    @Test
    void dataProblemsShowTheirOwnMessageEvenWhenWrapped() {
        DataException e = new DataException(SourceLocation.of("a.csv", 3, 2), "\"x\" is not a number");
        assertThat(Notifier.describe(new CompletionException(e))).isEqualTo("a.csv, line 3, column 2: \"x\" is not a number");
    }

    @Test
    void otherFailuresNameTheirKindWithoutStackTrace() {
        String s = Notifier.describe(new IllegalStateException("odd"));
        assertThat(s).isEqualTo("Unexpected problem (IllegalStateException): odd");
        assertThat(s).doesNotContain("\tat ");
    }
}
