package org.tradeworkbench.core.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Raw answers on disk, one pair of files per URL: {@code <sha256>.body} (the answer as received) and
 * {@code <sha256>.json} (the URL and the time it was fetched). Written atomically, so a crash leaves the old
 * answer or the new one.
 */
public final class ResponseCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    public ResponseCache(Path dir) {
        this.dir = dir;
    }

    /** {@code $XDG_CACHE_HOME/trade-workbench/fetch}, or {@code ~/.cache/trade-workbench/fetch}. */
    public static ResponseCache standard() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new ResponseCache(base.resolve("trade-workbench").resolve("fetch"));
    }

    public Path dir() {
        return dir;
    }

    public Optional<Answer> get(String url) {
        String k = key(url);
        Path body = dir.resolve(k + ".body");
        Path meta = dir.resolve(k + ".json");
        if (!Files.isRegularFile(body) || !Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        try {
            JsonNode m = JSON.readTree(meta.toFile());
            if (!url.equals(m.path("url").asText())) {
                return Optional.empty();
            }
            Instant at = Instant.parse(m.path("fetchedAt").asText());
            return Optional.of(new Answer(url, Files.readString(body, StandardCharsets.UTF_8), at, true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged entry is as good as none; the next fetch rewrites it
        }
    }

    public void put(Answer a) throws IOException {
        Files.createDirectories(dir);
        String k = key(a.url());
        ObjectNode m = JSON.createObjectNode();
        m.put("url", a.url());
        m.put("fetchedAt", a.fetchedAt().toString());
        write(dir.resolve(k + ".body"), a.body());
        write(dir.resolve(k + ".json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m));
    }

    private static void write(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String key(String url) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
