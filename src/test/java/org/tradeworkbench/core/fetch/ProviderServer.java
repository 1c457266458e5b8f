package org.tradeworkbench.core.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A local stand-in for the providers' APIs: answers each request with what {@code answer} returns for its path
 * and query, including errors, a body that never finishes (held until the test ends) and a cut-off body.
 */
public final class ProviderServer implements AutoCloseable {
    public record Reply(int status, String body, String retryAfter, Kind kind) {
        public enum Kind { WHOLE, HELD, CUT }

        public static Reply ok(String body) {
            return new Reply(200, body, null, Kind.WHOLE);
        }

        public static Reply status(int status, String body) {
            return new Reply(status, body, null, Kind.WHOLE);
        }
    }

    private final HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    public final List<String> requests = new CopyOnWriteArrayList<>();

    public ProviderServer(Function<String, Reply> answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "provider-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", ex -> handle(ex, answer));
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex, Function<String, Reply> answer) throws IOException {
        String pathAndQuery = ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        requests.add(pathAndQuery);
        Reply r = answer.apply(pathAndQuery);
        byte[] b = r.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
        if (r.retryAfter() != null) {
            ex.getResponseHeaders().add("Retry-After", r.retryAfter());
        }
        try (OutputStream out = ex.getResponseBody()) {
            switch (r.kind()) {
                case WHOLE -> {
                    ex.sendResponseHeaders(r.status(), b.length == 0 ? -1 : b.length);
                    out.write(b);
                }
                case HELD -> {
                    ex.sendResponseHeaders(r.status(), b.length);
                    out.write(b, 0, b.length / 2);
                    out.flush();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                case CUT -> {
                    ex.sendResponseHeaders(r.status(), b.length);
                    out.write(b, 0, b.length / 2);
                    out.flush();
                    ex.getHttpContext().getServer(); // the connection is closed below, short of its length
                    ex.close();
                }
            }
        } catch (IOException e) {
            // the client went away (a timeout or a cut-off body, on purpose)
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
