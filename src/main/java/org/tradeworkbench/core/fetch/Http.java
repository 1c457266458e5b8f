package org.tradeworkbench.core.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * GETs with {@link HttpClient}: the whole answer must arrive within the timeout (a server that sends its body
 * slowly times out too), the user can cancel while waiting, and every failure is a {@link DataException} that
 * says what happened in words: no network, timeout, the HTTP status, a cut-off answer. Answers are cached
 * ({@link ResponseCache}); when the network fails, a cached answer is used and says so.
 */
public final class Http {
    private final HttpClient client;
    private final ResponseCache cache;
    private final Duration timeout;
    private final boolean offline;
    private final Clock clock;

    public Http(ResponseCache cache, Duration timeout, boolean offline, Clock clock) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.cache = cache;
        this.timeout = timeout;
        this.offline = offline;
        this.clock = clock;
    }

    public static Http standard(boolean offline) {
        return new Http(ResponseCache.standard(), Duration.ofSeconds(30), offline, Clock.systemUTC());
    }

    /** A failure of the exchange, before any answer could be used. */
    static final class Failure extends DataException {
        final int status;
        final boolean network;

        Failure(String message, int status, boolean network) {
            super(message);
            this.status = status;
            this.network = network;
        }
    }

    /**
     * The answer for {@code url}; {@code secret} (an API key, may be null) is appended to the request only and
     * never stored or shown. {@code provider} names the source in messages.
     */
    public Answer get(String provider, String url, String secret, ProgressReporter progress) {
        if (offline) {
            return cache.get(url).orElseThrow(() -> new DataException(provider + ": working offline, and no answer "
                    + "for " + url + " is in the cache (" + cache.dir() + ")"));
        }
        try {
            String body = exchange(provider, url, secret, progress);
            Answer a = new Answer(url, body, clock.instant(), false);
            try {
                cache.put(a);
            } catch (IOException e) {
                progress.message("the answer could not be cached: " + e.getMessage());
            }
            return a;
        } catch (Failure f) {
            if (f.network) {
                Optional<Answer> cached = cache.get(url);
                if (cached.isPresent()) {
                    progress.message(f.getMessage() + "; using the answer cached at " + cached.get().fetchedAt());
                    return cached.get();
                }
            }
            throw f;
        }
    }

    private String exchange(String provider, String url, String secret, ProgressReporter progress) {
        String full = secret == null || secret.isBlank() ? url
                : url + (url.contains("?") ? "&" : "?") + "key=" + java.net.URLEncoder.encode(secret,
                StandardCharsets.UTF_8);
        HttpRequest req;
        try {
            req = HttpRequest.newBuilder(URI.create(full)).timeout(timeout).header("Accept", "application/json")
                    .header("User-Agent", "trade-workbench").GET().build();
        } catch (IllegalArgumentException e) {
            throw new Failure(provider + ": not a valid address: " + url, 0, false);
        }
        progress.message("Asking " + provider + "\u2026");
        CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray());
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<byte[]> r;
        try {
            while (true) {
                if (progress.isCancelled()) {
                    f.cancel(true);
                    throw new Failure(provider + ": cancelled", 0, false);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    f.cancel(true);
                    throw new Failure(provider + ": no complete answer within " + timeout.toSeconds() + " s from "
                            + url, 0, true);
                }
                try {
                    r = f.get(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, 200), TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException e) {
                    // poll again: cancel and deadline
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            throw new Failure(provider + ": cancelled", 0, false);
        } catch (ExecutionException e) {
            throw describe(provider, url, e.getCause());
        }
        int status = r.statusCode();
        String body = new String(r.body(), StandardCharsets.UTF_8);
        if (status >= 400) {
            throw new Failure(provider + ": " + statusText(status, r) + " for " + url + detail(body), status,
                    status >= 500 || status == 429);
        }
        if (status == 204 || body.isBlank()) {
            throw new Failure(provider + ": no data for " + url + " (the answer is empty)", status, false);
        }
        return body;
    }

    private static String statusText(int status, HttpResponse<?> r) {
        String s = switch (status) {
            case 400 -> "HTTP 400 (the request was refused: a code or parameter is not valid)";
            case 401, 403 -> "HTTP " + status + " (access refused: the API key is missing or not valid)";
            case 404 -> "HTTP 404 (not found: no such series, indicator or dataset)";
            case 429 -> "HTTP 429 (too many requests: the provider limits the rate; try again later"
                    + r.headers().firstValue("Retry-After").map(v -> ", after " + v + " s").orElse("") + ")";
            default -> status >= 500 ? "HTTP " + status + " (the provider's server failed; try again later)"
                    : "HTTP " + status;
        };
        return s;
    }

    /** The start of an error body when it is short text (providers explain errors there). */
    private static String detail(String body) {
        String t = body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) {
            return "";
        }
        return ": " + (t.length() > 160 ? t.substring(0, 160) + "\u2026" : t);
    }

    private static Failure describe(String provider, String url, Throwable t) {
        if (t instanceof HttpConnectTimeoutException) {
            return new Failure(provider + ": could not connect within the timeout to " + host(url), 0, true);
        }
        if (t instanceof HttpTimeoutException) {
            return new Failure(provider + ": no answer within the timeout from " + url, 0, true);
        }
        if (t instanceof ConnectException || t instanceof UnresolvedAddressException
                || t instanceof java.net.UnknownHostException || t.getCause() instanceof UnresolvedAddressException) {
            return new Failure(provider + ": no network connection to " + host(url)
                    + " (offline? fetch again when connected, or use --offline for cached answers)", 0, true);
        }
        if (t instanceof IOException) {
            return new Failure(provider + ": the answer from " + url + " was cut off or broken ("
                    + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()) + ")", 0, true);
        }
        return new Failure(provider + ": the request failed: " + t, 0, true);
    }

    private static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
