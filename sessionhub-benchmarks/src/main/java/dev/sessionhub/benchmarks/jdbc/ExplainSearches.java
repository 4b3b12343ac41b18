package dev.sessionhub.benchmarks.jdbc;

import dev.sessionhub.SessionHub;
import dev.sessionhub.cache.SessionCaches;
import dev.sessionhub.model.Page;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SortDirection;
import dev.sessionhub.model.SortKey;
import dev.sessionhub.store.jdbc.JdbcStores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Prints the plans PostgreSQL actually ran for the store's own SQL of every search benchmark:
 * {@code auto_explain} with {@code log_analyze} and {@code log_buffers} (the output of
 * {@code EXPLAIN (ANALYZE, BUFFERS)}) on the pool's one connection, while the hub runs each query
 * {@code runs} times (default 12: the driver switches to a server-side prepared statement after
 * 5 executions, and PostgreSQL may then choose a generic plan, so the last run is the one the
 * benchmarks measure). For each query it prints the plan of the first and of the last run.
 *
 * <pre>
 * java -cp sessionhub-benchmarks/target/benchmarks.jar dev.sessionhub.benchmarks.jdbc.ExplainSearches [runs] [deep page] [user:word:SORT:page ...]
 * </pre>
 *
 * <p>Each {@code user:word:SORT:page} adds a text search of {@link SearchLoad}'s shape: the user
 * of that kind ({@code typical}, {@code p90}, {@code p99}, {@code top}, {@code lead}), the word,
 * the sort key (highest or newest first; {@code NAME} A-Z), 50 per page, at that page (walked to
 * with real cursors). Alone they replace the default scenarios.
 */
public final class ExplainSearches {

  private ExplainSearches() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    int deepPage = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    try (EmbeddedPostgres pg = BenchPostgres.start(Map.of());
        PooledDataSource ds = new PooledDataSource(pg.getPostgresDatabase())) {
      JdbcStores stores = JdbcStores.builder(ds).build();
      SessionHub hub = SessionHub.builder().sessionStore(stores.sessionStore())
          .templateStore(stores.templateStore()).cache(SessionCaches.none()).build();
      SeedInfo info = SeedInfo.read(ds);
      String typical = info.user("typical");
      String lead = info.user("lead");

      Map<String, Object[]> scenarios = new LinkedHashMap<>();
      List<String> extra = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
      for (String spec : extra) {
        String[] f = spec.split(":");
        SortKey sort = SortKey.valueOf(f[2]);
        SessionQuery first = SessionQuery.builder().text(f[1])
            .sort(sort, sort == SortKey.NAME ? SortDirection.ASC : SortDirection.DESC).pageSize(50).build();
        String user = info.user(f[0]);
        int page = Integer.parseInt(f[3]);
        scenarios.put(spec, new Object[] {user, first.toBuilder().cursor(walk(hub, user, first, page)).build()});
      }
      if (extra.isEmpty()) {
      scenarios.put("filteredPage typical", new Object[] {typical, JdbcSearchBenchmark.activeOf(typical).build()});
      scenarios.put("keysetPage lead page 1", new Object[] {lead, JdbcSearchBenchmark.activeOf(lead).build()});
      String cursor = walk(hub, lead, JdbcSearchBenchmark.activeOf(lead).build(), deepPage);
      scenarios.put("keysetPage lead page " + deepPage,
          new Object[] {lead, JdbcSearchBenchmark.activeOf(lead).cursor(cursor).build()});
      for (String viewer : new String[] {"typical", "lead"}) {
        for (String term : new String[] {"rare", "common"}) {
          String word = term.equals("rare") ? info.get("term.rare." + viewer) : info.get("term.common");
          scenarios.put("text " + term + " (" + word + ") " + viewer, new Object[] {info.user(viewer),
              SessionQuery.builder().text(word).sort(SortKey.UPDATED, SortDirection.DESC).pageSize(50).build()});
        }
      }
      }

      Path logDir = BenchPostgres.dataDirectory().resolve("log");
      Map<Path, Long> before = sizes(logDir);
      sql(ds, "LOAD 'auto_explain'", "SET auto_explain.log_analyze = on", "SET auto_explain.log_buffers = on",
          "SET auto_explain.log_timing = on", "SET auto_explain.log_min_duration = 0");
      for (Map.Entry<String, Object[]> s : scenarios.entrySet()) {
        sql(ds, "SELECT 'scenario: " + s.getKey() + "'");
        String user = (String) s.getValue()[0];
        SessionQuery q = (SessionQuery) s.getValue()[1];
        for (int i = 1; i <= runs; i++) {
          sql(ds, "SELECT 'run " + i + "'");
          long t = System.nanoTime();
          Page<Session> page = hub.search(user, q);
          if (i == 1 || i == runs) {
            System.out.printf("%s, run %d: %d sessions in %.2f ms (hub, with auto_explain)%n", s.getKey(), i,
                page.items().size(), (System.nanoTime() - t) / 1e6);
          }
        }
      }
      sql(ds, "SET auto_explain.log_min_duration = -1");
      Thread.sleep(500);
      print(newLog(logDir, before), runs);
    }
  }

  private static String walk(SessionHub hub, String user, SessionQuery first, int page) {
    String cursor = null;
    for (int p = 1; p < page; p++) {
      Page<Session> result = hub.search(user, first.toBuilder().cursor(cursor).build());
      if (result.nextCursor() == null) {
        break; // the last page: stay on it, as SearchLoad's deep pages do
      }
      cursor = result.nextCursor();
    }
    return cursor;
  }

  private static void sql(PooledDataSource ds, String... statements) throws SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      for (String s : statements) {
        st.execute(s);
      }
    }
  }

  private static Map<Path, Long> sizes(Path dir) throws IOException {
    Map<Path, Long> m = new LinkedHashMap<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.toList()) {
          m.put(p, Files.size(p));
        }
      }
    }
    return m;
  }

  private static String newLog(Path dir, Map<Path, Long> before) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        byte[] all = Files.readAllBytes(p);
        int from = (int) Math.min(all.length, before.getOrDefault(p, 0L));
        sb.append(new String(all, from, all.length - from, StandardCharsets.UTF_8));
      }
    }
    return sb.toString();
  }

  /** Prints, per scenario, the plans of the first and the last run of the search statement. */
  private static void print(String log, int runs) {
    String scenario = null;
    String run = null;
    List<String> entry = new ArrayList<>();
    List<String[]> entries = new ArrayList<>();
    for (String line : log.split("\n")) {
      if (line.contains("LOG:  ") && !entry.isEmpty()) {
        entries.add(new String[] {scenario, run, String.join("\n", entry)});
        entry.clear();
      }
      if (line.contains("'scenario: ")) {
        scenario = line.replaceAll(".*'scenario: ([^']*)'.*", "$1");
      }
      if (line.contains("Query Text: SELECT 'run ")) {
        run = line.replaceAll(".*'run (\\d+)'.*", "$1");
      }
      entry.add(line);
    }
    if (!entry.isEmpty()) {
      entries.add(new String[] {scenario, run, String.join("\n", entry)});
    }
    for (String[] e : entries) {
      boolean search = e[2].contains("SELECT s.document");
      if (search && e[0] != null && ("1".equals(e[1]) || String.valueOf(runs).equals(e[1]))) {
        System.out.printf("%n===== %s, run %s =====%n%s%n", e[0], e[1], e[2]);
      }
    }
  }
}
