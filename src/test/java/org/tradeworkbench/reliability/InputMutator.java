package org.tradeworkbench.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a real input, one kind per call: the ways files get damaged or arrive in another shape
 * (byte flips, truncation, byte-order marks, UTF-16, line ends, decimal commas, quotes, very long lines, very
 * wide headers, special numbers, duplicate and unsorted periods, binary junk).
 */
final class InputMutator {
    static final String[] KINDS = {"byte flips", "truncation", "BOM", "UTF-16", "line ends", "decimal comma",
        "quotes", "long line", "wide header", "special numbers", "duplicate period", "unsorted periods",
        "line cut", "binary junk", "delimiter swap"};

    private InputMutator() {
    }

    /** 1 to 3 mutations of {@code base}; {@code applied} receives their kind names. */
    static byte[] mutate(byte[] base, Random rnd, List<String> applied) {
        byte[] b = base;
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            int kind = rnd.nextInt(KINDS.length);
            applied.add(KINDS[kind]);
            b = apply(b, kind, rnd);
        }
        return b;
    }

    static byte[] apply(byte[] b, int kind, Random rnd) {
        int n = b.length;
        int at = n == 0 ? 0 : rnd.nextInt(n + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 64);
        switch (kind) {
            case 0 -> {
                byte[] c = b.clone();
                for (int i = 0, k = 1 + rnd.nextInt(8); i < k && c.length > 0; i++) {
                    c[rnd.nextInt(c.length)] ^= (byte) (1 << rnd.nextInt(8));
                }
                return c;
            }
            case 1 -> out.write(b, 0, at);
            case 2 -> {
                byte[][] marks = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE},
                    {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xEF, (byte) 0xBB}};
                out.writeBytes(marks[rnd.nextInt(marks.length)]);
                out.write(b, 0, n);
            }
            case 3 -> {
                String s = new String(b, StandardCharsets.UTF_8);
                boolean le = rnd.nextBoolean();
                if (rnd.nextBoolean()) {
                    out.writeBytes(le ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF});
                }
                out.writeBytes(s.getBytes(le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE));
            }
            case 4 -> {
                String s = new String(b, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
                s = switch (rnd.nextInt(3)) {
                    case 0 -> s.replace("\n", "\r");
                    case 1 -> s.replace("\n", "\r\n");
                    default -> s.replace("\n", rnd.nextBoolean() ? "\n\n" : "\r\r\n");
                };
                return s.getBytes(StandardCharsets.ISO_8859_1);
            }
            case 5 -> {
                String s = new String(b, StandardCharsets.ISO_8859_1);
                s = s.replaceAll("(\\d)\\.(\\d)", "$1,$2");
                if (rnd.nextBoolean()) {
                    s = s.replace(',', ';');
                }
                return s.getBytes(StandardCharsets.ISO_8859_1);
            }
            case 6 -> {
                String[] q = {"\"", "\"\"", "\"x\"y\"", "'"};
                out.write(b, 0, at);
                out.writeBytes(q[rnd.nextInt(q.length)].getBytes(StandardCharsets.UTF_8));
                out.write(b, at, n - at);
            }
            case 7 -> {
                out.write(b, 0, at);
                byte[] big = new byte[10_000 + rnd.nextInt(rnd.nextInt(16) == 0 ? 1_000_000 : 100_000)];
                byte fill = (byte) "x9,;\" ".charAt(rnd.nextInt(6));
                Arrays.fill(big, fill);
                out.writeBytes(big);
                out.write(b, at, n - at);
            }
            case 8 -> {
                int end = indexOf(b, (byte) '\n', 0);
                int cut = end < 0 ? n : end;
                out.write(b, 0, cut);
                StringBuilder wide = new StringBuilder();
                for (int i = 0, k = 1000 + rnd.nextInt(20_000); i < k; i++) {
                    wide.append(",c").append(i % 97 == 0 ? 0 : i);
                }
                out.writeBytes(wide.toString().getBytes(StandardCharsets.UTF_8));
                out.write(b, cut, n - cut);
            }
            case 9 -> {
                String[] special = {"NaN", "Inf", "-Inf", "Infinity", "-0", "1e308", "-1e308", "1e309", "1e400",
                    "4.9e-324", "1e-400", "nan", "#N/A", "1.7976931348623157E308"};
                String s = new String(b, StandardCharsets.ISO_8859_1);
                List<int[]> numbers = new ArrayList<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?").matcher(s);
                while (m.find() && numbers.size() < 2000) {
                    numbers.add(new int[] {m.start(), m.end()});
                }
                if (numbers.isEmpty()) {
                    return b;
                }
                int[] pick = numbers.get(rnd.nextInt(numbers.size()));
                s = s.substring(0, pick[0]) + special[rnd.nextInt(special.length)] + s.substring(pick[1]);
                return s.getBytes(StandardCharsets.ISO_8859_1);
            }
            case 10, 11, 12 -> {
                List<byte[]> lines = lines(b);
                if (lines.size() < 2) {
                    return b;
                }
                int i = 1 + rnd.nextInt(lines.size() - 1);
                if (kind == 10) {
                    lines.add(i, lines.get(1 + rnd.nextInt(lines.size() - 1)));
                } else if (kind == 11) {
                    int j = 1 + rnd.nextInt(lines.size() - 1);
                    byte[] t = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, t);
                } else {
                    lines.remove(i);
                }
                for (byte[] l : lines) {
                    out.writeBytes(l);
                }
            }
            case 13 -> {
                out.write(b, 0, at);
                byte[] junk = new byte[1 + rnd.nextInt(256)];
                rnd.nextBytes(junk);
                out.writeBytes(junk);
                out.write(b, at, n - at);
            }
            default -> {
                byte from = (byte) ",;\t| ".charAt(rnd.nextInt(5));
                byte to = (byte) ",;\t| ".charAt(rnd.nextInt(5));
                byte[] c = b.clone();
                for (int i = 0; i < c.length; i++) {
                    if (c[i] == from && rnd.nextInt(3) > 0) {
                        c[i] = to;
                    }
                }
                return c;
            }
        }
        return out.toByteArray();
    }

    /** The first {@code lines} lines of {@code b}. */
    static byte[] head(byte[] b, int lines) {
        int k = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && ++k == lines) {
                return Arrays.copyOf(b, i + 1);
            }
        }
        return b;
    }

    private static List<byte[]> lines(byte[] b) {
        List<byte[]> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                out.add(Arrays.copyOfRange(b, s, i + 1));
                s = i + 1;
            }
        }
        if (s < b.length) {
            out.add(Arrays.copyOfRange(b, s, b.length));
        }
        return out;
    }

    private static int indexOf(byte[] b, byte x, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }
}
