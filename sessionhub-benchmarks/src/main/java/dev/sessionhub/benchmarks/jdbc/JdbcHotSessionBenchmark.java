package dev.sessionhub.benchmarks.jdbc;

import dev.sessionhub.NewSession;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One hot session: 16 threads, each a member of it, adding comments to it at once through the
 * hub on the JDBC store on PostgreSQL, as a busy discussion does. Every comment is a change of
 * the session (its count and version), so the writers queue on the session's row lock
 * ({@code SELECT ... FOR UPDATE} in {@code SessionStore.modify}); none fails or retries.
 *
 * <ul>
 *   <li>{@link #addComment}: {@code hub.addComment}: lock and read the session, number the
 *       comment, validate, write the session row, its access rows and tags, the comment and the
 *       activity entry, commit.
 *   <li>{@link #lockedFloor}: hand-written JDBC on the same row in the same run: lock the row,
 *       bump its comment count, insert a comment row, commit. The least any design that numbers
 *       comments without gaps under one lock can do; the ratio between the two is the hub's cost.
 * </ul>
 *
 * <p>Throughput in operations per second over all 16 threads. Durable commits need the server
 * started with {@code -Dsessionhub.bench.pgsettings=fsync=on}; the setup prints the server's
 * {@code fsync} and {@code synchronous_commit} so that every result says which it was.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Threads(16)
public class JdbcHotSessionBenchmark {

  /** The hot session, its 16 members, and a floor table for the hand-written baseline. */
  @State(Scope.Benchmark)
  public static class Hot {
    static final int MEMBERS = 16;
    String sessionId;
    final String[] members = new String[MEMBERS];
    final AtomicInteger nextMember = new AtomicInteger();

    @Setup(Level.Trial)
    public void create(PostgresHub pg) throws SQLException {
      Session s = pg.hub.create(PostgresHub.WRITER, NewSession.named("A busy discussion"));
      for (int i = 0; i < MEMBERS; i++) {
        members[i] = "bench-member-" + i;
        s = pg.hub.addCollaborator(PostgresHub.WRITER, s.id(), s.version(), members[i], Role.VIEWER);
      }
      sessionId = s.id();
      try (Connection c = pg.dataSource.getConnection(); Statement st = c.createStatement()) {
        st.execute("CREATE TABLE IF NOT EXISTS bench_floor_sessions (id text PRIMARY KEY, comment_count bigint NOT NULL)");
        st.execute("CREATE TABLE IF NOT EXISTS bench_floor_comments (session_id text NOT NULL, number bigint NOT NULL,"
            + " body text NOT NULL, PRIMARY KEY (session_id, number))");
        // Emptied here rather than dropped at the end: the hub's state is torn down first.
        st.execute("TRUNCATE bench_floor_sessions, bench_floor_comments");
        st.execute("INSERT INTO bench_floor_sessions VALUES ('hot', 0)");
        try (ResultSet rs = st.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
          rs.next();
          System.out.println("# PostgreSQL fsync=" + rs.getString(1) + ", synchronous_commit=" + rs.getString(2));
        }
      }
    }
  }

  /** Each benchmark thread is one member. */
  @State(Scope.Thread)
  public static class Member {
    String userId;

    @Setup(Level.Trial)
    public void pick(Hot hot) {
      userId = hot.members[hot.nextMember.getAndIncrement() % Hot.MEMBERS];
    }
  }

  /** A comment through the hub. */
  @Benchmark
  public Comment addComment(PostgresHub pg, Hot hot, Member me) {
    return pg.hub.addComment(me.userId, hot.sessionId, "Reproduced on Safari 17; looking at the cookie path now.");
  }

  /** The hand-written floor: lock, count, insert, commit. */
  @Benchmark
  public long lockedFloor(PostgresHub pg) throws SQLException {
    try (Connection c = pg.dataSource.getConnection()) {
      c.setAutoCommit(false);
      long number;
      try (PreparedStatement lock = c.prepareStatement(
          "UPDATE bench_floor_sessions SET comment_count = comment_count + 1 WHERE id = 'hot' RETURNING comment_count");
          ResultSet rs = lock.executeQuery()) {
        rs.next();
        number = rs.getLong(1);
      }
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO bench_floor_comments (session_id, number, body) VALUES ('hot', ?, ?)")) {
        insert.setLong(1, number);
        insert.setString(2, "Reproduced on Safari 17; looking at the cookie path now.");
        insert.executeUpdate();
      }
      c.commit();
      return number;
    }
  }
}
