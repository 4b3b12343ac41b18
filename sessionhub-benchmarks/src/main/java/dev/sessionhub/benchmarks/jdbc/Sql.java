package dev.sessionhub.benchmarks.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs SQL statements on the benchmarks' database and prints what they return (for
 * {@code EXPLAIN (ANALYZE, BUFFERS)} and other checks; there is no {@code psql} in the embedded
 * binaries). Statements come from the arguments, or from standard input separated by lines
 * holding only {@code ;}. All run on one connection, in order, each timed.
 *
 * <pre>
 * java -cp sessionhub-benchmarks/target/benchmarks.jar dev.sessionhub.benchmarks.jdbc.Sql "SELECT 1" ...
 * </pre>
 */
public final class Sql {

  private Sql() {}

  public static void main(String[] args) throws Exception {
    List<String> statements = new ArrayList<>(List.of(args));
    if (statements.isEmpty()) {
      StringBuilder current = new StringBuilder();
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.trim().equals(";")) {
          statements.add(current.toString());
          current.setLength(0);
        } else {
          current.append(line).append('\n');
        }
      }
      if (!current.toString().isBlank()) {
        statements.add(current.toString());
      }
    }
    try (EmbeddedPostgres pg = BenchPostgres.start(Map.of());
        Connection c = pg.getPostgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      for (String sql : statements) {
        System.out.println("> " + sql.strip());
        long t = System.nanoTime();
        boolean rows = st.execute(sql);
        double ms = (System.nanoTime() - t) / 1e6;
        if (rows) {
          try (ResultSet rs = st.getResultSet()) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
              StringBuilder line = new StringBuilder();
              for (int i = 1; i <= md.getColumnCount(); i++) {
                if (i > 1) {
                  line.append(" | ");
                }
                line.append(rs.getString(i));
              }
              System.out.println(line);
            }
          }
        } else {
          System.out.println("(" + st.getUpdateCount() + " rows)");
        }
        System.out.printf("(%.2f ms)%n%n", ms);
      }
    }
  }
}
