package org.tradeworkbench.ui.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradeworkbench.core.io.CsvDialect;
import org.tradeworkbench.core.io.CsvRecords;

/**
 * Lists the countries of a World Bank WDI file or the partners of a Census country table, for the picker of the
 * import dialog. Scans the whole file once (off the FX thread); the importer does the actual reading.
 */
public final class ProviderChoices {
    private ProviderChoices() {
    }

    /** WDI: distinct "Country Code" / "Country Name" pairs below the header line. */
    public static List<ProviderChoice> wdiCountries(Path file, CsvDialect dialect) throws IOException {
        return scan(file, dialect, "country code", "country name");
    }

    /** Census: distinct CTY_CODE / CTYNAME pairs. */
    public static List<ProviderChoice> censusPartners(Path file, CsvDialect dialect) throws IOException {
        return scan(file, dialect, "cty_code", "ctyname");
    }

    private static List<ProviderChoice> scan(Path file, CsvDialect dialect, String codeColumn, String nameColumn)
            throws IOException {
        Map<String, String> found = new LinkedHashMap<>();
        int[] columns = {-1, -1};
        try (InputStream in = Files.newInputStream(file)) {
            CsvRecords.forEach(skipBom(in), dialect, file.toString(), (rec, line) -> {
                if (columns[0] < 0) {
                    for (int j = 0; j < rec.length; j++) {
                        String h = rec[j].trim().toLowerCase(Locale.ROOT);
                        if (h.equals(codeColumn)) {
                            columns[0] = j;
                        } else if (h.equals(nameColumn)) {
                            columns[1] = j;
                        }
                    }
                    return;
                }
                int code = columns[0];
                int name = columns[1];
                if (rec.length > code && !rec[code].isBlank()) {
                    String c = rec[code].trim();
                    found.putIfAbsent(c, name >= 0 && rec.length > name ? rec[name].trim() : "");
                }
            });
        }
        List<ProviderChoice> out = new ArrayList<>();
        found.forEach((c, n) -> out.add(new ProviderChoice(c, n)));
        return out;
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 3);
        byte[] b = new byte[3];
        int n = p.readNBytes(b, 0, 3);
        if (!(n == 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF)) {
            p.unread(b, 0, n);
        }
        return p;
    }
}
