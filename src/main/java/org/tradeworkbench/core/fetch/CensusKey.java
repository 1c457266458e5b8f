package org.tradeworkbench.core.fetch;

/**
 * Which U.S. Census API key a fetch sends: the one given for this fetch ({@code --key}) wins, then the
 * {@value #ENVIRONMENT} environment variable, then the key kept in Preferences. The key is sent with requests
 * only; the URLs the cache, the dataset notes and the command log keep never hold it.
 */
public final class CensusKey {
    public static final String ENVIRONMENT = "CENSUS_API_KEY";

    private CensusKey() {
    }

    /** The first of the three that is not blank, stripped; null when there is none. */
    public static String choose(String option, String environment, String stored) {
        for (String k : new String[] {option, environment, stored}) {
            if (k != null && !k.isBlank()) {
                return k.strip();
            }
        }
        return null;
    }
}
