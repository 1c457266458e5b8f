package org.tradeworkbench.core.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppPreferencesTest {
    @Test
    void testsKeepTheirPreferencesAwayFromTheUsers() {
        // Set by the surefire configuration: running the tests must not move the user's window or recent files.
        assertThat(System.getProperty(AppPreferences.ROOT_PROPERTY)).isEqualTo("org/tradeworkbench-tests");
        assertThat(AppPreferences.node("window").absolutePath()).isEqualTo("/org/tradeworkbench-tests/window");
    }
}
