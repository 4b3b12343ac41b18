package dev.sessionhub.benchmarks.jdbc;

import dev.sessionhub.model.Session;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code hub.get(owner, id)} with no cache ({@link dev.sessionhub.cache.SessionCaches#none()}): every call is one
 * {@code SELECT document ... WHERE id = ?} on the seeded PostgreSQL, the codec's parse of the
 * document and the access check. The ids are a random sample of {@code sample} seeded sessions
 * (each read by its owner), a random one per call, so reads are spread over the table.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JdbcGetByIdBenchmark {

  /** How many sessions (a random sample of the table) the reads choose from. */
  @Param("100000")
  public int sample;

  private String[] ids;
  private String[] owners;

  @Setup(Level.Trial)
  public void sample(PostgresHub pg) throws SQLException {
    List<String[]> rows = new ArrayList<>();
    try (Connection c = pg.dataSource.getConnection(); Statement st = c.createStatement()) {
      long total;
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sh_sessions WHERE owner_id <> '" + PostgresHub.WRITER + "'")) {
        rs.next();
        total = rs.getLong(1);
      }
      if (total < sample) {
        throw new IllegalStateException("the database holds " + total + " sessions; seed it first: "
            + "java -cp sessionhub-benchmarks/target/benchmarks.jar dev.sessionhub.benchmarks.jdbc.SeedSessions");
      }
      double percent = Math.min(100, 100.0 * sample * 1.2 / total);
      try (ResultSet rs = st.executeQuery("SELECT id, owner_id FROM sh_sessions TABLESAMPLE BERNOULLI (" + percent
          + ") REPEATABLE (42) LIMIT " + sample)) {
        while (rs.next()) {
          rows.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
    }
    ids = rows.stream().map(r -> r[0]).toArray(String[]::new);
    owners = rows.stream().map(r -> r[1]).toArray(String[]::new);
  }

  /** One read of a random sampled session by its owner. */
  @Benchmark
  public Session get(PostgresHub pg) {
    int i = ThreadLocalRandom.current().nextInt(ids.length);
    return pg.hub.get(owners[i], ids[i]);
  }
}
