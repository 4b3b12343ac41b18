package dev.sessionhub.benchmarks.jdbc;

import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SearchText;
import dev.sessionhub.spi.SortPosition;
import dev.sessionhub.store.jdbc.JdbcStores;
import dev.sessionhub.store.jdbc.internal.PostgresSearchVector;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Seeds the benchmarks' embedded PostgreSQL ({@link BenchPostgres}) with generated sessions
 * ({@link SessionGenerator}) through the fastest honest path: the rows the JDBC store itself
 * writes for an insert, sent with {@code COPY}.
 *
 * <pre>
 * java -Xmx4g -cp sessionhub-benchmarks/target/benchmarks.jar dev.sessionhub.benchmarks.jdbc.SeedSessions \
 *     [--count 1000000] [--users 300] [--seed 20261125] [--batch 10000] [--connections 2] [--reset]
 * </pre>
 *
 * <ol>
 *   <li>Starts the server and builds {@link JdbcStores} on it, which creates the store's schema
 *       with its own migration (tables {@code sh_*}). Refuses a database that already holds
 *       sessions unless {@code --reset} (which empties the store's tables).
 *   <li>Drops the secondary indexes and foreign keys of the session tables, remembering their
 *       exact definitions ({@code pg_get_indexdef}, {@code pg_get_constraintdef}); primary keys
 *       stay.
 *   <li>One thread generates sessions and, for each, exactly what the store's insert writes
 *       (its {@code SessionRow.of} and {@code SessionWriter}): the extracted columns, the codec's
 *       document ({@link SessionJson#writeSession}), the words of {@link SearchText#of(Session)}
 *       as the {@code search} tsvector (as they are: the store maps words over 128 bytes and
 *       vectors over 1,000,000 bytes, which generated text never has), one access row per user (first role wins, with the
 *       session's status and times), the tags, and
 *       the "session.create" activity entry, in batches of COPY text. {@code --connections}
 *       threads (default 2, one per core: PostgreSQL's COPY, not the generator, is the
 *       bottleneck) each {@code COPY} whole batches into the four tables. The tsvector is sent in tsvector text form ({@code 'w1' 'w2' ...}), which
 *       gives the same value as the store's {@code array_to_tsvector(string_to_array(?, ' '))}
 *       for these words (letters and digits only); step 5 checks that.
 *   <li>Re-creates the foreign keys and indexes from the saved definitions, then
 *       {@code VACUUM (ANALYZE)}.
 *   <li>Verifies 2,000 random sessions: the document parses, and every column, member, tag and
 *       the tsvector equal what the store would derive from the parsed snapshot (the tsvector is
 *       compared, in PostgreSQL, with {@code array_to_tsvector} of the words).
 *   <li>Records, in table {@code sessionhub_bench_seed} (not one of the store's), what the search
 *       benchmarks need: the typical user (median number of sessions among the regular users),
 *       the lead, a rare and a common search term with their counts; prints sizes and times.
 * </ol>
 *
 * <p>Only the creation entry of the audit trail is written, although versions go up to 30 (the
 * activity table is not read by any benchmark); sessions have no comments.
 */
public final class SeedSessions {

  private static final String P = PostgresHub.PREFIX;
  private static final List<String> TABLES = List.of(P + "sessions", P + "session_access", P + "session_tags",
      P + "comments", P + "activity");

  /** The format of the seed: benchmarks refuse a database seeded by an older seeder. */
  static final String FORMAT = "2";

  private SeedSessions() {}

  public static void main(String[] args) throws Exception {
    long count = 1_000_000;
    int users = 10_000;
    long seed = 20261125L;
    int batch = 10_000;
    boolean reset = false;
    int copiers = 2;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--count" -> count = Long.parseLong(args[++i].replace("_", ""));
        case "--users" -> users = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--batch" -> batch = Integer.parseInt(args[++i]);
        case "--reset" -> reset = true;
        case "--connections" -> copiers = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; use --count N --users N --seed N --batch N --connections N --reset");
      }
    }
    long t0 = System.nanoTime();
    try (EmbeddedPostgres pg = BenchPostgres.start(Map.of())) {
      System.out.printf("PostgreSQL on port %d, data directory %s%n", pg.getPort(), BenchPostgres.dataDirectory());
      DataSource ds = pg.getPostgresDatabase();
      JdbcStores.builder(ds).build();
      try (Connection c = ds.getConnection()) {
        seed(ds, c, count, users, seed, batch, copiers, reset, t0);
      }
    }
  }

  private static void seed(DataSource ds, Connection c, long count, int users, long seed,
      int batch, int copiers, boolean reset, long t0)
      throws Exception {
    long existing = queryLong(c, "SELECT count(*) FROM " + P + "sessions");
    if (existing > 0 && !reset) {
      System.out.printf("The database already holds %,d sessions; nothing done (--reset empties it first).%n",
          existing);
      return;
    }
    try (Statement st = c.createStatement()) {
      st.execute("SET synchronous_commit = off");
      st.execute("SET maintenance_work_mem = '1GB'");
      st.execute("DROP TABLE IF EXISTS sessionhub_bench_seed");
      if (existing > 0) {
        st.execute("TRUNCATE " + P + "activity, " + P + "comments, " + P + "session_access, " + P
            + "session_tags, " + P + "sessions RESTART IDENTITY");
        System.out.printf("emptied the store's tables (%,d sessions)%n", existing);
      }
    }

    // 2. Drop secondary indexes and foreign keys, keeping their definitions.
    List<String> indexes = new ArrayList<>();
    List<String> foreignKeys = new ArrayList<>();
    List<String> dropForeignKeys = new ArrayList<>();
    String tableList = String.join(",", TABLES.stream().map(t -> "'" + t + "'").toList());
    try (Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)"
          + " FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text IN (" + tableList + ") ORDER BY 1, 2")) {
        while (rs.next()) {
          foreignKeys.add("ALTER TABLE " + rs.getString(1) + " ADD CONSTRAINT " + rs.getString(2) + " " + rs.getString(3));
          dropForeignKeys.add("ALTER TABLE " + rs.getString(1) + " DROP CONSTRAINT " + rs.getString(2));
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i"
          + " WHERE i.indrelid::regclass::text IN (" + tableList + ")"
          + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) ORDER BY 1")) {
        while (rs.next()) {
          indexes.add(rs.getString(1));
        }
      }
    }
    try (Statement st = c.createStatement()) {
      for (String drop : dropForeignKeys) {
        st.execute(drop);
      }
      for (String ix : indexes) {
        String name = ix.replaceFirst("^CREATE (UNIQUE )?INDEX (\\S+) ON .*$", "$2");
        st.execute("DROP INDEX " + name);
      }
    }
    System.out.printf("dropped %d indexes and %d foreign keys for the load%n", indexes.size(), foreignKeys.size());

    // 3. Generate and COPY: one generating thread, `copiers` connections each COPYing whole batches.
    long tLoad = System.nanoTime();
    BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(2 * copiers);
    SessionGenerator generator = new SessionGenerator(count, users, seed);
    SeedCheck check = new SeedCheck(generator, count);
    // Generators, one per thread, each making whole batches (session numbers b*batch..): the
    // generation (JSON of 10 comments and 17 audit entries per session) costs more than the COPY.
    int generators = Math.max(1, Integer.getInteger("sessionhub.seed.generators", 3));
    java.util.concurrent.atomic.AtomicLong nextBatch = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger(generators);
    for (int g = 0; g < generators; g++) {
      SessionGenerator own = new SessionGenerator(count, users, seed);
      Thread producer = new Thread(() -> produce(own, check, count, batch, nextBatch, running, copiers, queue),
          "generator-" + g);
      producer.setDaemon(true);
      producer.start();
    }
    java.util.concurrent.atomic.AtomicLong loadedCount = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicLong copiedBytes = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(copiers);
    List<java.util.concurrent.Future<?>> done = new ArrayList<>();
    for (int k = 0; k < copiers; k++) {
      done.add(pool.submit(() -> {
        try (Connection cc = ds.getConnection()) {
          try (Statement st = cc.createStatement()) {
            st.execute("SET synchronous_commit = off");
          }
          CopyManager copy = cc.unwrap(PGConnection.class).getCopyAPI();
          while (true) {
            Batch b = queue.take();
            if (b.error != null) {
              throw new IllegalStateException("generation failed", b.error);
            }
            if (b.sessions == 0) {
              return null;
            }
            copy.copyIn("COPY " + P + "sessions (id, version, status, type, priority, owner_id, template_id,"
                + " created_at, updated_at, archived_at, progress, name_key, search, document) FROM STDIN",
                in(b.sessionRows));
            copy.copyIn("COPY " + P + "session_access (session_id, user_id, role, status, created_at, updated_at)"
                + " FROM STDIN", in(b.memberRows));
            copy.copyIn("COPY " + P + "session_tags (session_id, tag) FROM STDIN", in(b.tagRows));
            copy.copyIn("COPY " + P + "comments (session_id, number, id, document) FROM STDIN", in(b.commentRows));
            copy.copyIn("COPY " + P + "activity (session_id, session_version, actor, action, occurred_at, delta)"
                + " FROM STDIN", in(b.activityRows));
            copiedBytes.addAndGet(b.sessionRows.length + b.memberRows.length + b.tagRows.length
                + b.commentRows.length + b.activityRows.length);
            long now = loadedCount.addAndGet(b.sessions);
            if (now / 100_000 != (now - b.sessions) / 100_000) {
              double s = (System.nanoTime() - tLoad) / 1e9;
              System.out.printf("  %,d sessions in %.1f s (%,.0f/s), %,d MB of COPY text%n", now, s, now / s,
                  copiedBytes.get() >> 20);
            }
          }
        }
      }));
    }
    pool.shutdown();
    for (java.util.concurrent.Future<?> f : done) {
      f.get();
    }
    long loaded = loadedCount.get();
    long bytes = copiedBytes.get();
    double loadSeconds = (System.nanoTime() - tLoad) / 1e9;
    System.out.printf("generated and copied %,d sessions in %.1f s (%,.0f/s) over %d connections, %,d MB of COPY"
        + " text%n", loaded, loadSeconds, loaded / loadSeconds, copiers, bytes >> 20);

    // 4. Foreign keys, indexes, vacuum.
    long tIndex = System.nanoTime();
    try (Statement st = c.createStatement()) {
      for (String fk : foreignKeys) {
        long t = System.nanoTime();
        st.execute(fk);
        System.out.printf("  %.1f s  %s%n", (System.nanoTime() - t) / 1e9, fk);
      }
      for (String ix : indexes) {
        long t = System.nanoTime();
        st.execute(ix);
        System.out.printf("  %.1f s  %s%n", (System.nanoTime() - t) / 1e9, ix);
      }
    }
    double indexSeconds = (System.nanoTime() - tIndex) / 1e9;
    long tVacuum = System.nanoTime();
    try (Statement st = c.createStatement()) {
      st.execute("VACUUM (ANALYZE) " + String.join(", ", TABLES));
      st.execute("CHECKPOINT");
    }
    double vacuumSeconds = (System.nanoTime() - tVacuum) / 1e9;
    double totalSeedSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("foreign keys and indexes in %.1f s, VACUUM (ANALYZE) in %.1f s%n", indexSeconds, vacuumSeconds);

    // 5. Verify a sample against what the store would write.
    long tVerify = System.nanoTime();
    int verified = verify(c, 2_000);
    System.out.printf("verified %,d random sessions against the store's own derivation in %.1f s%n", verified,
        (System.nanoTime() - tVerify) / 1e9);
    tVerify = System.nanoTime();
    String facade;
    try (PooledDataSource pooled = new PooledDataSource(ds)) {
      // Pooled: the embedded server's own DataSource opens a connection (a server process) per call.
      facade = check.verify(JdbcStores.builder(pooled).migration(dev.sessionhub.store.jdbc.Migration.SKIP).build());
    }
    System.out.printf("%s in %.1f s%n", facade, (System.nanoTime() - tVerify) / 1e9);

    // 6. What the search benchmarks need, and the sizes.
    long tStats = System.nanoTime();
    Map<String, String> info = new LinkedHashMap<>();
    info.put("format", FORMAT);
    info.put("sessions", Long.toString(loaded));
    info.put("verified", facade);
    info.put("seed", Long.toString(seed));
    info.put("users", Integer.toString(users));
    info.put("seconds.load", String.format(Locale.ROOT, "%.1f", loadSeconds));
    info.put("seconds.indexes", String.format(Locale.ROOT, "%.1f", indexSeconds));
    info.put("seconds.vacuum", String.format(Locale.ROOT, "%.1f", vacuumSeconds));
    info.put("seconds.total", String.format(Locale.ROOT, "%.1f", totalSeedSeconds));
    stats(c, info);
    System.out.printf("statistics in %.1f s%n", (System.nanoTime() - tStats) / 1e9);
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TABLE sessionhub_bench_seed (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO sessionhub_bench_seed (key, value) VALUES (?, ?)")) {
      for (Map.Entry<String, String> e : info.entrySet()) {
        ps.setString(1, e.getKey());
        ps.setString(2, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    System.out.println("sessionhub_bench_seed:");
    info.forEach((k, v) -> System.out.printf("  %-28s %s%n", k, v));
    System.out.printf("seeding took %.1f s (from start to the end of VACUUM); with checks and statistics %.1f s%n",
        totalSeedSeconds, (System.nanoTime() - t0) / 1e9);
  }

  // ---- generation ---------------------------------------------------------------------------

  /** One batch of COPY text for the five tables; {@code sessions == 0} ends the stream. */
  private record Batch(int sessions, byte[] sessionRows, byte[] memberRows, byte[] tagRows, byte[] commentRows,
      byte[] activityRows, Throwable error) {}

  private static void produce(SessionGenerator generator, SeedCheck check, long count, int batchSize,
      java.util.concurrent.atomic.AtomicLong nextBatch, java.util.concurrent.atomic.AtomicInteger running,
      int consumers, BlockingQueue<Batch> queue) {
    SessionJson json = SessionJson.create();
    try {
      while (true) {
        long from = nextBatch.getAndIncrement() * batchSize;
        if (from >= count) {
          break;
        }
        long to = Math.min(count, from + batchSize);
        StringBuilder sessions = new StringBuilder(batchSize * 4096);
        StringBuilder members = new StringBuilder(batchSize * 128);
        StringBuilder tags = new StringBuilder(batchSize * 128);
        StringBuilder comments = new StringBuilder(batchSize * 4096);
        StringBuilder activity = new StringBuilder(batchSize * 2048);
        for (long i = from; i < to; i++) {
          SessionGenerator.Generated g = generator.at(i);
          check.record(g);
          rows(g, json, sessions, members, tags, comments, activity);
        }
        queue.put(new Batch((int) (to - from), bytes(sessions), bytes(members), bytes(tags), bytes(comments),
            bytes(activity), null));
      }
      if (running.decrementAndGet() == 0) {
        for (int k = 0; k < consumers; k++) {
          queue.put(new Batch(0, null, null, null, null, null, null));
        }
      }
    } catch (Throwable e) {
      try {
        for (int k = 0; k < consumers; k++) {
          queue.put(new Batch(0, null, null, null, null, null, e));
        }
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The rows the store writes for {@code g} (its insert and the later writes of its comments and
   * audit entries), as COPY text (see SessionRow.of, SessionWriter); the search vector's lexemes
   * come from the store's own code ({@link PostgresSearchVector}).
   */
  private static void rows(SessionGenerator.Generated g, SessionJson json, StringBuilder sessions,
      StringBuilder members, StringBuilder tags, StringBuilder comments, StringBuilder activity) {
    Session s = g.session();
    String id = s.id();
    List<String> words = PostgresSearchVector.lexemes(s);
    field(sessions, id).append('\t');
    sessions.append(s.version()).append('\t');
    field(sessions, s.status().name()).append('\t');
    field(sessions, s.type().name()).append('\t');
    sessions.append(s.priority().ordinal()).append('\t');
    field(sessions, s.ownerId()).append('\t');
    nullable(sessions, s.template().map(t -> t.templateId()).orElse(null)).append('\t');
    sessions.append(HandWrittenCreate.nanos(s.createdAt()).toPlainString()).append('\t');
    sessions.append(HandWrittenCreate.nanos(s.updatedAt()).toPlainString()).append('\t');
    nullable(sessions, s.archivedAt().map(t -> HandWrittenCreate.nanos(t).toPlainString()).orElse(null)).append('\t');
    sessions.append(s.progress()).append('\t');
    field(sessions, SortPosition.nameKey(s.name())).append('\t');
    field(sessions, tsvector(words)).append('\t');
    field(sessions, json.writeSession(s)).append('\n');

    Set<String> seen = new LinkedHashSet<>();
    for (Collaborator c : s.collaborators()) {
      if (seen.add(c.userId())) {
        field(members, id).append('\t');
        field(members, c.userId()).append('\t');
        field(members, c.role().name()).append('\t');
        field(members, s.status().name()).append('\t');
        members.append(HandWrittenCreate.nanos(s.createdAt()).toPlainString()).append('\t');
        members.append(HandWrittenCreate.nanos(s.updatedAt()).toPlainString()).append('\n');
      }
    }
    for (String tag : new LinkedHashSet<>(s.metadata().tags())) {
      field(tags, id).append('\t');
      field(tags, tag).append('\n');
    }
    for (Comment cm : g.comments()) {
      field(comments, id).append('\t');
      comments.append(cm.number()).append('\t');
      field(comments, cm.id()).append('\t');
      field(comments, json.writeComment(cm)).append('\n');
    }
    for (SessionGenerator.Audit e : g.audit()) {
      field(activity, id).append('\t');
      activity.append(e.version()).append('\t');
      field(activity, e.actor()).append('\t');
      field(activity, e.action()).append('\t');
      field(activity, e.at().toString()).append('\t');
      field(activity, e.delta()).append('\n');
    }
  }

  /** The tsvector text form of lexemes taken as they are (quoted; ' doubled, \ escaped). */
  static String tsvector(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append('\'').append(w.replace("\\", "\\\\").replace("'", "''")).append('\'');
    }
    return sb.toString();
  }

  private static StringBuilder nullable(StringBuilder sb, String value) {
    return value == null ? sb.append("\\N") : field(sb, value);
  }

  /** A value in COPY text format: backslash, tab, newline and carriage return escaped. */
  private static StringBuilder field(StringBuilder sb, String value) {
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(ch);
      }
    }
    return sb;
  }

  private static byte[] bytes(StringBuilder sb) {
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static ByteArrayInputStream in(byte[] b) {
    return new ByteArrayInputStream(b);
  }

  // ---- checks and statistics ------------------------------------------------------------------

  private static int verify(Connection c, int sample) throws SQLException {
    SessionJson json = SessionJson.create();
    int n = 0;
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, version, status, type, priority, owner_id, template_id, created_at,"
            + " updated_at, archived_at, progress, name_key, document,"
            + " (SELECT string_agg(user_id || ':' || role, ',' ORDER BY user_id) FROM " + P + "session_access m WHERE m.session_id = s.id),"
            + " (SELECT count(*) FROM " + P + "session_access m WHERE m.session_id = s.id AND (m.status <> s.status"
            + " OR m.created_at <> s.created_at OR m.updated_at <> s.updated_at)) AS access_mismatches,"
            + " (SELECT string_agg(tag, ',' ORDER BY tag) FROM " + P + "session_tags g WHERE g.session_id = s.id)"
            + " FROM " + P + "sessions s TABLESAMPLE BERNOULLI (1) REPEATABLE (7) LIMIT " + sample);
        PreparedStatement ts = c.prepareStatement("SELECT search = array_to_tsvector(string_to_array(?, ' '))"
            + " FROM " + P + "sessions WHERE id = ?")) {
      while (rs.next()) {
        Session s = json.readSession(rs.getString("document"));
        String id = rs.getString("id");
        check(id, "id", s.id(), id);
        check(id, "version", s.version(), rs.getLong("version"));
        check(id, "status", s.status().name(), rs.getString("status"));
        check(id, "type", s.type().name(), rs.getString("type"));
        check(id, "priority", s.priority().ordinal(), rs.getInt("priority"));
        check(id, "owner_id", s.ownerId(), rs.getString("owner_id"));
        check(id, "template_id", s.template().map(t -> t.templateId()).orElse(null), rs.getString("template_id"));
        check(id, "created_at", HandWrittenCreate.nanos(s.createdAt()), rs.getBigDecimal("created_at"));
        check(id, "updated_at", HandWrittenCreate.nanos(s.updatedAt()), rs.getBigDecimal("updated_at"));
        BigDecimal archived = s.archivedAt().map(HandWrittenCreate::nanos).orElse(null);
        check(id, "archived_at", archived, rs.getBigDecimal("archived_at"));
        check(id, "progress", s.progress(), rs.getDouble("progress"));
        check(id, "name_key", SortPosition.nameKey(s.name()), rs.getString("name_key"));
        TreeMap<String, String> members = new TreeMap<>();
        for (Collaborator m : s.collaborators()) {
          members.putIfAbsent(m.userId(), m.role().name());
        }
        check(id, "members", String.join(",", members.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
            .toList()), rs.getString(14));
        check(id, "status, created_at and updated_at of the access rows", 0L, rs.getLong(15));
        check(id, "tags", String.join(",", new java.util.TreeSet<>(s.metadata().tags())), rs.getString(16));
        ts.setString(1, String.join(" ", PostgresSearchVector.lexemes(s)));
        ts.setString(2, id);
        try (ResultSet t = ts.executeQuery()) {
          t.next();
          check(id, "search", true, t.getBoolean(1));
        }
        n++;
      }
    }
    return n;
  }

  private static void check(String id, String what, Object expected, Object actual) {
    boolean same = expected == null ? actual == null
        : expected instanceof BigDecimal e && actual instanceof BigDecimal a ? e.compareTo(a) == 0
        : expected.equals(actual);
    if (!same) {
      throw new IllegalStateException("session " + id + ": " + what + " is " + actual + ", the store would write "
          + expected);
    }
  }

  private static void stats(Connection c, Map<String, String> info) throws SQLException {
    String lead = SessionGenerator.LEAD;
    // Members per user: the typical user is the median of the regular users.
    List<String[]> perUser = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT m.user_id, count(*), count(*) FILTER (WHERE s.status = 'ACTIVE')"
            + " FROM " + P + "session_access m JOIN " + P + "sessions s ON s.id = m.session_id"
            + " GROUP BY m.user_id ORDER BY count(*), m.user_id")) {
      while (rs.next()) {
        perUser.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
      }
    }
    List<String[]> regular = perUser.stream().filter(u -> !u[0].equals(lead)).toList();
    String[] typical = regular.get(regular.size() / 2);
    String[] leadRow = perUser.stream().filter(u -> u[0].equals(lead)).findFirst().orElseThrow();
    info.put("user.typical", typical[0]);
    info.put("user.typical.sessions", typical[1]);
    info.put("user.typical.active", typical[2]);
    info.put("user.min.sessions", regular.get(0)[1]);
    info.put("user.max.sessions", regular.get(regular.size() - 1)[1]);
    for (String[] size : new String[][] {{"p90", "0.90"}, {"p99", "0.99"}, {"top", "1"}}) {
      String[] u = regular.get((int) Math.min(regular.size() - 1, Math.floor(Double.parseDouble(size[1]) * regular.size())));
      info.put("user." + size[0], u[0]);
      info.put("user." + size[0] + ".sessions", u[1]);
    }
    info.put("user.lead", lead);
    info.put("user.lead.sessions", leadRow[1]);
    info.put("user.lead.active", leadRow[2]);

    // Word frequencies over all sessions.
    long sessions = Long.parseLong(info.get("sessions"));
    long tWords = System.nanoTime();
    Map<String, Long> ndoc = new java.util.HashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT word, ndoc FROM ts_stat('SELECT search FROM " + P + "sessions') WHERE word NOT LIKE '@%'")) {
      while (rs.next()) {
        ndoc.put(rs.getString(1), rs.getLong(2));
      }
    }
    info.put("words.distinct", Integer.toString(ndoc.size()));
    deciles(ndoc, info);
    info.put("words.in.at.most.10.sessions", Long.toString(ndoc.values().stream().filter(v -> v <= 10).count()));
    info.put("words.in.at.least.10.percent", Long.toString(ndoc.values().stream().filter(v -> v * 10 >= sessions).count()));
    info.put("seconds.ts_stat", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - tWords) / 1e9));
    // Common: a generated word in 10-15% of sessions, the one closest to 12%.
    String common = ndoc.entrySet().stream()
        .filter(e -> e.getKey().matches("[a-z]{6}") && e.getValue() * 10 >= sessions && e.getValue() * 100 <= 15 * sessions)
        .min(java.util.Comparator.comparingDouble((Map.Entry<String, Long> e) -> Math.abs(e.getValue() - 0.12 * sessions))
            .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).orElseThrow();
    info.put("term.common", common);
    info.put("term.common.sessions", Long.toString(ndoc.get(common)));
    // Rare: a generated word in 3-8 sessions, at least one of them visible (and not archived) to the viewer.
    for (String[] viewer : new String[][] {{"typical", typical[0]}, {"lead", lead}}) {
      String rare = null;
      try (PreparedStatement ps = c.prepareStatement("SELECT word, ndoc FROM ts_stat("
          + "'SELECT s.search FROM " + P + "sessions s WHERE s.status <> ''ARCHIVED'' AND EXISTS (SELECT 1 FROM " + P
          + "session_access m WHERE m.session_id = s.id AND m.user_id = ''" + viewer[1] + "'')') ORDER BY word")) {
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next() && rare == null) {
            String w = rs.getString(1);
            Long all = ndoc.get(w);
            if (w.matches("[a-z]{6}") && all != null && all >= 3 && all <= 8) {
              rare = w;
            }
          }
        }
      }
      info.put("term.rare." + viewer[0], rare);
      info.put("term.rare." + viewer[0] + ".sessions", Long.toString(ndoc.get(rare)));
    }
    for (String[] viewer : new String[][] {{"typical", typical[0]}, {"lead", lead}}) {
      for (String term : new String[] {info.get("term.rare." + viewer[0]), common}) {
        String key = term.equals(common) ? "common" : "rare";
        info.put("term." + key + ".visible." + viewer[0], Long.toString(queryLong(c, "SELECT count(*) FROM " + P
            + "sessions s WHERE s.status <> 'ARCHIVED' AND s.search @@ CAST('''" + term + "''' AS tsquery) AND EXISTS"
            + " (SELECT 1 FROM " + P + "session_access m WHERE m.session_id = s.id AND m.user_id = '" + viewer[1] + "')")));
      }
    }
    // Sizes.
    info.put("size.database", Long.toString(queryLong(c, "SELECT pg_database_size(current_database())")));
    for (String t : TABLES) {
      info.put("size." + t, Long.toString(queryLong(c, "SELECT pg_total_relation_size('" + t + "')")));
      info.put("size." + t + ".indexes", Long.toString(queryLong(c, "SELECT pg_indexes_size('" + t + "')")));
    }
    info.put("size." + P + "sessions.search", Long.toString(queryLong(c, "SELECT pg_relation_size('" + P
        + "sessions_search')")));
  }

  /**
   * Word-frequency deciles by occurrence: the words sorted from rarest to most common, decile k
   * holds those whose cumulative share of all (session, word) occurrences falls in
   * ((k-1)/10, k/10]: decile 1 the rare words a tenth of all searches would use if users searched
   * as they write, decile 10 the handful of most common words. Ten words of each, drawn evenly
   * over the decile's occurrence mass, are the search benchmark's terms.
   */
  private static void deciles(Map<String, Long> ndoc, Map<String, String> info) {
    List<Map.Entry<String, Long>> words = new ArrayList<>(ndoc.entrySet());
    words.sort(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
    double total = words.stream().mapToLong(Map.Entry::getValue).sum();
    double cumulative = 0;
    int decile = 1;
    List<Map.Entry<String, Long>> bucket = new ArrayList<>();
    for (Map.Entry<String, Long> w : words) {
      cumulative += w.getValue();
      bucket.add(w);
      if (cumulative / total >= decile / 10.0 - 1e-12 || w == words.get(words.size() - 1)) {
        record(decile, bucket, info);
        bucket = new ArrayList<>();
        decile++;
        if (decile > 10) {
          break;
        }
      }
    }
  }

  private static void record(int decile, List<Map.Entry<String, Long>> bucket, Map<String, String> info) {
    double mass = bucket.stream().mapToLong(Map.Entry::getValue).sum();
    List<String> picked = new ArrayList<>();
    double running = 0;
    int next = 0;
    for (Map.Entry<String, Long> w : bucket) {
      running += w.getValue();
      while (next < 10 && running >= (next + 0.5) * mass / 10) {
        if (!picked.contains(w.getKey())) {
          picked.add(w.getKey());
        }
        next++;
      }
    }
    info.put("decile." + decile + ".words", String.join(",", picked));
    info.put("decile." + decile + ".distinct", Integer.toString(bucket.size()));
    info.put("decile." + decile + ".sessions", bucket.get(0).getValue() + "-" + bucket.get(bucket.size() - 1).getValue());
  }

  private static long queryLong(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
