package dev.sessionhub.benchmarks.jdbc;

import dev.sessionhub.FromTemplate;
import dev.sessionhub.SessionHub;
import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.TemplateRef;
import dev.sessionhub.spi.SortPosition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Creating a session and commenting on one through the hub on the JDBC store on PostgreSQL
 * (durable commits: fsync and synchronous_commit on, printed by the setup), against two floors in
 * the same run on the same database and pool, so that every round gives the ratios:
 *
 * <ul>
 *   <li>{@link #createFromTemplate}: {@code hub.createFromTemplate} of the built-in "bug-fix"
 *       template (5 goals, 3 milestones): template instantiation, validation, the codec's
 *       document, the store's row, one round trip of 5 statements (statement timeout, session row,
 *       access rows, tags, activity) and the commit.
 *   <li>{@link #handWritten}: the same statements by hand ({@link HandWrittenCreate}), every value
 *       computed before the call: the floor of the same design. {@link #handWrittenWithJson}: the
 *       same, the document and the rest of the row computed in the call.
 *   <li>{@link #addComment}: {@code hub.addComment} on a session of the benchmark's own (4
 *       members): the store's {@code modify}, two round trips and the commit.
 *       {@link #handWrittenComment}: the same statements by hand ({@link HandWrittenComment}).
 *   <li>{@link #singleRowInsert}: one row of 100 bytes into a table with a primary key, and the
 *       commit: the least a durable write costs here (a WAL flush).
 * </ul>
 *
 * <p>All write into the tables of the seeded database ({@link SeedSessions}; the benchmark
 * refuses an unseeded or unanalysed one), as user {@link PostgresHub#WRITER}; the trial deletes
 * what it wrote. {@code write-ratios.py} pools rounds and gives the ratios with bootstrap
 * intervals.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JdbcCreateBenchmark {

  static final FromTemplate BUG_FIX =
      FromTemplate.of("bug-fix").with("component", "the login form").named("Login fails on Safari");

  static final String COMMENT = "Reproduced on Safari 17; looking at the cookie path now.";

  /** The hub's create, end to end. */
  @Benchmark
  public Session createFromTemplate(PostgresHub pg) {
    return pg.hub.createFromTemplate(PostgresHub.WRITER, BUG_FIX);
  }

  /** Hand-written JDBC, every value computed before the call. */
  @Benchmark
  public void handWritten(PostgresHub pg, NextSnapshot next) throws SQLException {
    HandWrittenCreate.write(pg.dataSource, next.row);
  }

  /** Hand-written JDBC, the document and the other values computed in the call. */
  @Benchmark
  public void handWrittenWithJson(PostgresHub pg, NextSnapshot next) throws SQLException {
    HandWrittenCreate.write(pg.dataSource, HandWrittenCreate.Row.of(next.session, PostgresHub.WRITER, next.at, next.json));
  }

  /** The hub's comment, end to end. */
  @Benchmark
  public Comment addComment(PostgresHub pg, Commented s) {
    return pg.hub.addComment(PostgresHub.WRITER, s.hubSession, COMMENT);
  }

  /** The statements of the hub's comment, by hand. */
  @Benchmark
  public void handWrittenComment(PostgresHub pg, Commented s) throws SQLException {
    HandWrittenComment.write(pg.dataSource, s.row);
  }

  /**
   * The statements of the hub's comment by hand, with the codec's work in the call: the locked
   * document parsed, the new one and the comment's JSON written ({@link
   * HandWrittenComment#writeWithJson}).
   */
  @Benchmark
  public void handWrittenCommentWithJson(PostgresHub pg, Commented s) throws SQLException {
    HandWrittenComment.writeWithJson(pg.dataSource, s.json, s.jsonSession, PostgresHub.WRITER, COMMENT, s.random);
  }

  /** One durable single-row INSERT and its COMMIT. */
  @Benchmark
  public void singleRowInsert(PostgresHub pg, Floor f) throws SQLException {
    try (Connection c = pg.dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_floor_rows (id, note) VALUES (?, ?)")) {
        ps.setLong(1, f.next++);
        ps.setString(2, Floor.NOTE);
        ps.executeUpdate();
      }
      c.commit();
      c.setAutoCommit(true);
    }
  }

  /** The floor table, emptied at the start of each trial; durability settings printed. */
  @State(Scope.Benchmark)
  public static class Floor {
    static final String NOTE = "x".repeat(100);
    long next;

    @Setup(Level.Trial)
    public void table(PostgresHub pg) throws SQLException {
      try (Connection c = pg.dataSource.getConnection(); Statement st = c.createStatement()) {
        st.execute("CREATE TABLE IF NOT EXISTS bench_floor_rows (id bigint PRIMARY KEY, note text NOT NULL)");
        st.execute("TRUNCATE bench_floor_rows");
      }
    }
  }

  /**
   * A session of {@link PostgresHub#WRITER} with 3 more members for the hub's comments, and one for
   * the hand-written ones with the next comment's row computed before each call.
   */
  @State(Scope.Thread)
  public static class Commented {
    final SessionJson json = SessionJson.create();
    final SplittableRandom random = new SplittableRandom();
    String hubSession;
    Session handSession;
    String jsonSession;
    HandWrittenComment.Row row;

    @Setup(Level.Trial)
    public void create(PostgresHub pg) {
      hubSession = withMembers(pg).id();
      handSession = withMembers(pg);
      jsonSession = withMembers(pg).id();
    }

    private static Session withMembers(PostgresHub pg) {
      Session s = pg.hub.createFromTemplate(PostgresHub.WRITER, BUG_FIX);
      for (String m : new String[] {"bench-member-1", "bench-member-2", "bench-member-3"}) {
        s = pg.hub.addCollaborator(PostgresHub.WRITER, s.id(), s.version(), m, Role.COLLABORATOR);
      }
      return s;
    }

    @Setup(Level.Invocation)
    public void next() {
      Instant at = Instant.now();
      long number = handSession.commentCount() + 1;
      handSession = handSession.toBuilder().version(handSession.version() + 1).commentCount(number).updatedAt(at)
          .build();
      String commentId = UuidV7.at(at.toEpochMilli(), random);
      Comment c = new Comment(commentId, handSession.id(), number, null, PostgresHub.WRITER, COMMENT, List.of(), at,
          null);
      Session s = handSession;
      row = new HandWrittenComment.Row(s.id(), s.version(), s.status().name(), s.type().name(), s.priority().ordinal(),
          s.ownerId(), s.template().map(TemplateRef::templateId).orElse(null), HandWrittenCreate.nanos(s.createdAt()),
          HandWrittenCreate.nanos(at), s.progress(), SortPosition.nameKey(s.name()), json.writeSession(s), number,
          commentId, json.writeComment(c), PostgresHub.WRITER, at.toString(),
          json.writeValue(java.util.Map.of("comment", commentId)));
    }
  }

  /**
   * A new "bug-fix" snapshot for every call, exactly as the hub would build it (taken from a
   * prototype the in-memory hub made, with a fresh UUIDv7 id and the current time), and its row.
   */
  @State(Scope.Thread)
  public static class NextSnapshot {
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
