package org.tradeworkbench.core.fetch;

import java.time.Instant;

/**
 * A provider's raw answer: the URL asked (without any API key), the body, when it was fetched, and whether it
 * came from the cache instead of the network.
 */
public record Answer(String url, String body, Instant fetchedAt, boolean fromCache) {
}
