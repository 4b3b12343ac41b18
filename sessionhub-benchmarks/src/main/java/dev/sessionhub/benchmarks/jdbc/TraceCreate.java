package dev.sessionhub.benchmarks.jdbc;

import dev.sessionhub.SessionHub;
import dev.sessionhub.cache.SessionCaches;
import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.Session;
import dev.sessionhub.store.jdbc.JdbcStores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Logs every statement PostgreSQL receives ({@code log_statement = all}, with
 * {@code log_min_duration_statement = 0} for the parse/bind/execute steps) during one
 * {@code createFromTemplate} through the hub and one hand-written create, and one
 * {@code addComment} and one hand-written comment, then prints that log: what each write sends,
 * statement by statement. Deletes the two sessions afterwards.
 *
 * <pre>
 * java -cp sessionhub-benchmarks/target/benchmarks.jar dev.sessionhub.benchmarks.jdbc.TraceCreate
 * </pre>
 */
public final class TraceCreate {

  /**
   * Writes of each kind before the traced ones ({@code -Dsessionhub.trace.warmup}, default 6: the
   * driver prepares a statement on the server after 5 uses); some thousands let the JIT compile
   * the write path, so that the log's timestamps show its steady-state gaps between statements.
   */
  private static final int WARM_UP = Integer.getInteger("sessionhub.trace.warmup", 6);

  private TraceCreate() {}

  public static void main(String[] args) throws Exception {
    try (EmbeddedPostgres pg = BenchPostgres.start(Map.of());
        PooledDataSource ds = new PooledDataSource(pg.getPostgresDatabase())) {
      JdbcStores stores = JdbcStores.builder(ds).build();
      SessionHub sessionHub = SessionHub.builder().sessionStore(stores.sessionStore())
          .templateStore(stores.templateStore()).cache(SessionCaches.none()).build();
      SessionJson json = SessionJson.create();
      Session prototype = SessionHub.inMemory().createFromTemplate(PostgresHub.WRITER, JdbcCreateBenchmark.BUG_FIX);
      // Warm up the driver's statement cache as the benchmarks do (server-side prepared after 5 uses).
      for (int i = 0; i < WARM_UP; i++) {
        sessionHub.createFromTemplate(PostgresHub.WRITER, JdbcCreateBenchmark.BUG_FIX);
        HandWrittenCreate.write(ds, row(prototype, json));
      }
      PostgresHub state = new PostgresHub() {
        {
          dataSource = ds;
          hub = sessionHub;
        }
      };
      JdbcCreateBenchmark.Commented commented = new JdbcCreateBenchmark.Commented();
      commented.create(state);
      for (int i = 0; i < WARM_UP; i++) {
        sessionHub.addComment(PostgresHub.WRITER, commented.hubSession, JdbcCreateBenchmark.COMMENT);
        commented.next();
        HandWrittenComment.write(ds, commented.row);
      }
      Path logDir = BenchPostgres.dataDirectory().resolve("log");
      Map<Path, Long> before = new java.util.HashMap<>();
      try (Stream<Path> files = Files.list(logDir)) {
        for (Path p : files.toList()) {
          before.put(p, Files.size(p));
        }
      }
      sql(ds, "SET log_min_duration_statement = 0");
      sql(ds, "SELECT 'hub create'");
      sessionHub.createFromTemplate(PostgresHub.WRITER, JdbcCreateBenchmark.BUG_FIX);
      sql(ds, "SELECT 'hand-written create'");
      HandWrittenCreate.write(ds, row(prototype, json));
      sql(ds, "SELECT 'hub comment'");
      sessionHub.addComment(PostgresHub.WRITER, commented.hubSession, JdbcCreateBenchmark.COMMENT);
      sql(ds, "SELECT 'hand-written comment'");
      commented.next();
      HandWrittenComment.write(ds, commented.row);
      sql(ds, "SET log_min_duration_statement = -1");
      Thread.sleep(300);
      try (Stream<Path> files = Files.list(logDir)) {
        for (Path p : files.sorted().toList()) {
          byte[] all = Files.readAllBytes(p);
          int from = (int) Math.min(all.length, before.getOrDefault(p, 0L));
          System.out.print(new String(all, from, all.length - from, StandardCharsets.UTF_8));
        }
      }
      state.deleteWritten(false);
    }
  }

  private static HandWrittenCreate.Row row(Session prototype, SessionJson json) {
    Instant at = Instant.now();
    Session s = prototype.toBuilder().id(UuidV7.at(at.toEpochMilli(), new SplittableRandom())).createdAt(at)
        .updatedAt(at).build();
    return HandWrittenCreate.Row.of(s, PostgresHub.WRITER, at, json);
  }

  private static void sql(PooledDataSource ds, String statement) throws Exception {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute(statement);
    }
  }
}
