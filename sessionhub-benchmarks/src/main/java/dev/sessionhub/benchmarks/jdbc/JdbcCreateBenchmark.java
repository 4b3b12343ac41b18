package dev.sessionhub.benchmarks.jdbc;

import dev.sessionhub.FromTemplate;
import dev.sessionhub.SessionHub;
import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Session;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
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
 * Creating a session from the built-in "bug-fix" template (5 goals, 3 milestones: the full
 * aggregate) through the hub on the JDBC store on PostgreSQL, against hand-written JDBC doing the
 * same writes ({@link HandWrittenCreate}), in the same run on the same database and pool.
 *
 * <ul>
 *   <li>{@link #createFromTemplate}: {@code hub.createFromTemplate}: template instantiation,
 *       validation, the codec's document, the store's row and one transaction of 4 statements
 *       (session row, members batch, tags batch, activity batch).
 *   <li>{@link #handWritten}: the same 4 statements in one transaction with plain JDBC; the
 *       document, search words and other values are computed <em>before</em> the timed call (in an
 *       invocation-level setup, from a new snapshot with a fresh id each time). The floor: only the
 *       database work and the driver.
 *   <li>{@link #handWrittenWithJson}: the same, but the document, search words and the rest of the
 *       row are computed from the snapshot <em>inside</em> the timed call, as any application
 *       persisting its own aggregate would have to.
 * </ul>
 *
 * <p>All three write into the tables of the seeded database (1,000,000 sessions if
 * {@link SeedSessions} ran), as user {@link PostgresHub#WRITER}; the trial deletes what it wrote.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JdbcCreateBenchmark {

  static final FromTemplate BUG_FIX =
      FromTemplate.of("bug-fix").with("component", "the login form").named("Login fails on Safari");

  /** The hub's create, end to end. */
  @Benchmark
  public Session createFromTemplate(PostgresHub pg) {
    return pg.hub.createFromTemplate(PostgresHub.WRITER, BUG_FIX);
  }

  /** Hand-written JDBC, every value computed before the call. */
  @Benchmark
  public void handWritten(PostgresHub pg, NextSnapshot next) throws SQLException {
    HandWrittenCreate.write(pg.dataSource, next.row, next.queryTimeout);
  }

  /** Hand-written JDBC, the document and the other values computed in the call. */
  @Benchmark
  public void handWrittenWithJson(PostgresHub pg, NextSnapshot next) throws SQLException {
    HandWrittenCreate.write(pg.dataSource,
        HandWrittenCreate.Row.of(next.session, PostgresHub.WRITER, next.at, next.json), next.queryTimeout);
  }

  /**
   * A new "bug-fix" snapshot for every call, exactly as the hub would build it (taken from a
   * prototype the in-memory hub made, with a fresh UUIDv7 id and the current time), and its row.
   */
  @State(Scope.Thread)
  public static class NextSnapshot {
    /**
     * The JDBC query timeout (seconds) the hand-written code sets on its statements: 0 (none,
     * plain JDBC) or, to see what the store's timeout costs, 30 (the store's default).
     */
    @Param("0")
    public int queryTimeout;

    final SessionJson json = SessionJson.create();
    private final SplittableRandom random = new SplittableRandom();
    private Session prototype;
    Session session;
    Instant at;
    HandWrittenCreate.Row row;

    @Setup(Level.Trial)
    public void prototype() {
      prototype = SessionHub.inMemory().createFromTemplate(PostgresHub.WRITER, BUG_FIX);
    }

    @Setup(Level.Invocation)
    public void next() {
      at = Instant.now();
      session = prototype.toBuilder()
          .id(UuidV7.at(at.toEpochMilli(), random))
          .createdAt(at)
          .updatedAt(at)
          .collaborators(List.of(new Collaborator(PostgresHub.WRITER, prototype.collaborators().get(0).role(), at)))
          .build();
      row = HandWrittenCreate.Row.of(session, PostgresHub.WRITER, at, json);
    }
  }
}
