package dev.sessionhub.benchmarks.jdbc;

import dev.sessionhub.model.Page;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.SortDirection;
import dev.sessionhub.model.SortKey;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * {@code hub.search} on the 1,000,000 seeded sessions ({@link SeedSessions}), no cache. Every
 * query is what a user's "my sessions" list or search box would send: the viewer is the acting
 * user, sorted by last update, newest first, 50 per page (the hub asks the store for 51).
 *
 * <ul>
 *   <li>{@link #filteredPage}: member = the typical user (the median of the 300 regular users,
 *       about 5,500 sessions), status ACTIVE: the first page.
 *   <li>{@link #keysetPage}: the same filter for the lead, who is a member of 700,000 sessions
 *       (315,000 active), at page {@code page} (1 or 5,000). The cursor of page 5,000 is a real
 *       one: the setup walks pages 1 to 4,999 through the hub and keeps the last
 *       {@code nextCursor}.
 *   <li>{@link #text}: free text, one word, the default status filter (all but ARCHIVED): a
 *       {@code rare} word (in 3-8 sessions of the million) or a {@code common} one (in 12%),
 *       for the {@code typical} user or the {@code lead}.
 * </ul>
 *
 * <p>{@code plans}: the PostgreSQL driver turns a statement it has run 5 times on a connection
 * into a server-side prepared statement, and PostgreSQL may then switch it to one generic plan
 * for all parameter values. All these searches are a handful of SQL texts, so in an application
 * every user and every word share the same few prepared statements on each pooled connection.
 * With {@code fresh}, a fork runs only its own query (JMH runs each benchmark and parameter set
 * in its own JVM and database connection): the plan is chosen for its values alone. With
 * {@code shared}, the setup first runs every query of this class (both users, both terms, first
 * and later pages) 10 times round-robin on the hub's one connection, as an application's mix
 * of users would, and then measures.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JdbcSearchBenchmark {

  static SessionQuery.Builder activeOf(String user) {
    return SessionQuery.builder().member(user).status(SessionStatus.ACTIVE)
        .sort(SortKey.UPDATED, SortDirection.DESC).pageSize(50);
  }

  /** The typical user's first page of active sessions. */
  @State(Scope.Benchmark)
  public static class Filtered {
    String user;
    SessionQuery query;

    @Setup(Level.Trial)
    public void query(PostgresHub pg) {
      user = SeedInfo.read(pg.dataSource).user("typical");
      query = activeOf(user).build();
    }
  }

  /** The lead's active sessions at page {@code page}, with a cursor from walking there. */
  @State(Scope.Benchmark)
  public static class Keyset {
    /** The page number, 1-based. */
    @Param({"1", "5000"})
    public int page;

    String user;
    SessionQuery query;

    @Setup(Level.Trial)
    public void walk(PostgresHub pg) {
      user = SeedInfo.read(pg.dataSource).user("lead");
      SessionQuery first = activeOf(user).build();
      String cursor = null;
      long t = System.nanoTime();
      for (int p = 1; p < page; p++) {
        Page<Session> result = pg.hub.search(user, first.toBuilder().cursor(cursor).build());
        if (!result.hasNext()) {
          throw new IllegalStateException("the lead's active sessions end at page " + p);
        }
        cursor = result.nextCursor();
      }
      if (page > 1) {
        System.out.printf("%nwalked %,d pages in %.1f s%n", page - 1, (System.nanoTime() - t) / 1e9);
      }
      query = first.toBuilder().cursor(cursor).build();
    }
  }

  /** A one-word text search. */
  @State(Scope.Benchmark)
  public static class Text {
    /** {@code rare} (in a handful of sessions) or {@code common} (in about 12%). */
    @Param({"rare", "common"})
    public String term;

    /** {@code typical} or {@code lead}. */
    @Param({"typical", "lead"})
    public String viewer;

    String user;
    SessionQuery query;

    @Setup(Level.Trial)
    public void query(PostgresHub pg) {
      SeedInfo info = SeedInfo.read(pg.dataSource);
      user = info.user(viewer);
      String word = term.equals("rare") ? info.get("term.rare." + viewer) : info.get("term." + term);
      query = SessionQuery.builder().text(word).sort(SortKey.UPDATED, SortDirection.DESC).pageSize(50).build();
    }
  }

  /** The plan cache of the connection: {@code fresh}, or {@code shared} by a mix of queries first. */
  @State(Scope.Benchmark)
  public static class Plans {
    /** {@code fresh} or {@code shared}. */
    @Param({"fresh", "shared"})
    public String plans;

    @Setup(Level.Trial)
    public void prime(PostgresHub pg) {
      if (plans.equals("fresh")) {
        return;
      }
      if (!plans.equals("shared")) {
        throw new IllegalArgumentException("plans is fresh or shared, not " + plans);
      }
      long t = System.nanoTime();
      int runs = 0;
      for (int round = 0; round < 10; round++) {
        for (Map.Entry<String, SessionQuery> q : mix(pg).entrySet()) {
          pg.hub.search(q.getKey().substring(q.getKey().indexOf(' ') + 1), q.getValue());
          runs++;
        }
      }
      System.out.printf("%nshared the plan cache: %d searches in %.1f s%n", runs, (System.nanoTime() - t) / 1e9);
    }

    /** Every query of this class, keyed "name user", with real cursors for the later pages. */
    static Map<String, SessionQuery> mix(PostgresHub pg) {
      SeedInfo info = SeedInfo.read(pg.dataSource);
      Map<String, SessionQuery> mix = new LinkedHashMap<>();
      for (String viewer : new String[] {"typical", "lead"}) {
        String user = info.user(viewer);
        SessionQuery first = activeOf(user).build();
        mix.put("page1." + viewer + " " + user, first);
        String cursor = pg.hub.search(user, first).nextCursor();
        mix.put("page2." + viewer + " " + user, first.toBuilder().cursor(cursor).build());
        for (String term : new String[] {"rare", "common"}) {
          String word = term.equals("rare") ? info.get("term.rare." + viewer) : info.get("term.common");
          mix.put("text." + term + "." + viewer + " " + user,
              SessionQuery.builder().text(word).sort(SortKey.UPDATED, SortDirection.DESC).pageSize(50).build());
        }
      }
      return mix;
    }
  }

  @Benchmark
  public Page<Session> filteredPage(PostgresHub pg, Plans plans, Filtered f) {
    return pg.hub.search(f.user, f.query);
  }

  @Benchmark
  public Page<Session> keysetPage(PostgresHub pg, Plans plans, Keyset k) {
    return pg.hub.search(k.user, k.query);
  }

  @Benchmark
  public Page<Session> text(PostgresHub pg, Plans plans, Text t) {
    return pg.hub.search(t.user, t.query);
  }
}
