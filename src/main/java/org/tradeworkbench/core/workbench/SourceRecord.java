package org.tradeworkbench.core.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where data of the workbench came from: a file, its SHA-256 when it was imported, and the import settings the
 * user chose (as text, e.g. {@code delimiter=";"}, {@code format=WDI}). The workbench stores the values
 * themselves, so this record is for the reader of the file and for "reload from source": opening a workbench never
 * needs the source file.
 *
 * @param path       the file as the user chose it (absolute)
 * @param sha256     hex digest of the file's bytes at import, or {@code null} when unknown
 * @param settings   import settings that differ from automatic detection (may be empty)
 * @param mode       how the import was applied: {@code replace}, {@code add} (merged on period) or {@code sample}
 */
public record SourceRecord(String path, String sha256, Map<String, String> settings, String mode) {

    public SourceRecord {
        Objects.requireNonNull(path);
        settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        mode = mode == null || mode.isBlank() ? "replace" : mode;
    }

    /** A record of {@code file} as it is now (its digest is computed from its bytes). */
    public static SourceRecord of(Path file, Map<String, String> settings, String mode) throws IOException {
        return new SourceRecord(file.toAbsolutePath().normalize().toString(), sha256(file), settings, mode);
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Whether the file still has the bytes it had at import ({@code false} when it is gone or unknown). */
    public boolean unchanged() {
        Path p = Path.of(path);
        if (sha256 == null || !Files.isRegularFile(p)) {
            return false;
        }
        try {
            return sha256.equals(sha256(p));
        } catch (IOException e) {
            return false;
        }
    }
}
