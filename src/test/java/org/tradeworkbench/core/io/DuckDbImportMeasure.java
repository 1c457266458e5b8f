package org.tradeworkbench.core.io;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The reference side of the big-file measurement (docs/performance.md, Big files): DuckDB reads the files that
 * {@link SyntheticLoadFiles} writes, in memory, through its JDBC driver, which only the {@code duckdb} Maven profile
 * puts on the classpath (this class needs nothing but {@code java.sql} to compile). {@code DuckDbImportMeasure
 * wide FILE} loads the table with {@code read_csv} into a table and sums {@code x1}; {@code DuckDbImportMeasure
 * long FILE} sums {@code value} by partner and period from {@code read_csv} into a table (the series our import
 * makes with {@code --series-by partner}) and sums partner P001. A third argument sets DuckDB's threads (default:
 * the cores; our reader uses one). Prints one line with the seconds, the row or series
 * count and the check sum, in the form {@link ImportMeasure} prints.
 */
final class DuckDbImportMeasure {
    private DuckDbImportMeasure() {
    }

    public static void main(String[] args) throws SQLException {
        String kind = args[0];
        String file = args[1].replace("'", "''");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            if (args.length > 2) {
                st.execute("SET threads = " + Integer.parseInt(args[2]));
            }
            String threads = one(st, "SELECT current_setting('threads')");
            long t0 = System.nanoTime();
            String check;
            String count;
            if (kind.equals("wide")) {
                st.execute("CREATE TABLE w AS SELECT * FROM read_csv('" + file + "')");
                double secs = (System.nanoTime() - t0) / 1e9;
                count = "rows=" + one(st, "SELECT count(*) FROM w") + " series=5";
                check = one(st, "SELECT sum(x1) FROM w");
                print(count, check, secs, threads);
            } else {
                st.execute("CREATE TABLE s AS SELECT partner, period, sum(value) AS v FROM read_csv('" + file
                        + "', types={'period': 'VARCHAR', 'partner': 'VARCHAR', 'product': 'VARCHAR'})"
                        + " GROUP BY partner, period");
                double secs = (System.nanoTime() - t0) / 1e9;
                count = "rows=" + one(st, "SELECT count(DISTINCT period) FROM s") + " series="
                        + one(st, "SELECT count(DISTINCT partner) FROM s");
                check = one(st, "SELECT sum(v) FROM s WHERE partner = 'P001'");
                print(count, check, secs, threads);
            }
        }
    }

    private static void print(String count, String check, double secs, String threads) {
        System.out.println(count + " firstSum=" + String.format(Locale.ROOT, "%.6f", Double.parseDouble(check))
                + " seconds=" + String.format(Locale.ROOT, "%.1f", secs) + " duckdbThreads=" + threads);
    }

    private static String one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
