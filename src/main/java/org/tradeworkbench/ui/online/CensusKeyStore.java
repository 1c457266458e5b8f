package org.tradeworkbench.ui.online;

import org.tradeworkbench.core.workbench.AppPreferences;

/** Where the optional Census API key is kept between sessions. */
public interface CensusKeyStore {
    String load();

    void save(String key);

    /** The user's preferences (node {@code online}, key {@code censusKey}), which the command line reads too. */
    static CensusKeyStore preferences() {
        return new CensusKeyStore() {
            @Override
            public String load() {
                return AppPreferences.node("online").get("censusKey", "");
            }

            @Override
            public void save(String key) {
                if (key == null || key.isBlank()) {
                    AppPreferences.node("online").remove("censusKey");
                } else {
                    AppPreferences.node("online").put("censusKey", key.strip());
                }
            }
        };
    }
}
