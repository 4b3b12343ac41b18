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
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Text search as users search, on the seeded database ({@link SeedSessions}), through the hub
 * with no cache: a load tool, not JMH, because the question is a distribution over many queries
 * (users × words × sorts × pages), not one query's latency.
 *
 * <pre>
 * java -Xmx2g -cp sessionhub-benchmarks/target/benchmarks.jar dev.sessionhub.benchmarks.jdbc.SearchLoad \
 *     [--rounds 4] [--words 10] [--cold] [--out search-samples.tsv]
 * </pre>
 *
 * <ul>
 *   <li><b>Users by size</b>: the regular users at the median ({@code typical}), 90th and 99th
 *       percentile of sessions per user, the biggest ({@code top}), and the lead (a member of
 *       70% of all sessions); their session counts are printed.
 *   <li><b>Words by frequency decile</b>: the seed's deciles by occurrence (decile 1 the rarest
 *       words, 10 the most common; {@code --words} of each).
 *   <li><b>Every sort key</b> (update and creation time newest first, priority highest first,
 *       progress highest first, name A-Z) and <b>two pages</b>: the first, and a deep one (the
 *       5th page, walked to with real cursors; the last page when there are fewer).
 *   <li><b>Warm</b>: one pass over every query first (with the walks to the deep pages), then
 *       {@code --rounds} rounds, each running every query once in a new random order
 *       (interleaved: no query's samples come from one stretch of time). Each round prints the
 *       load average and CPU steal; no round is discarded.
 *   <li><b>Cold</b> ({@code --cold}): the server is stopped, the OS page cache dropped
 *       ({@code echo 3 > /proc/sys/vm/drop_caches}, needs root; said if it failed) and the server
 *       started again; then one pass of the first pages in a random order, each query's first
 *       run measured. The deep pages' walks would warm the cache, so cold covers first pages.
 * </ul>
 *
 * <p>Prints p50 / p99 / max per user × decile, per user × sort and per page kind; writes every
 * sample to {@code --out} (tab-separated) for other cuts.
 */
public final class SearchLoad {

  private static final String[] USERS = {"typical", "p90", "p99", "top", "lead"};
  private static final SortKey[] SORTS = SortKey.values();

  private record Query(String user, String userKind, int decile, String word, SortKey sort, String page,
      SessionQuery query) {}

  private record Sample(Query q, int round, long nanos, int results) {}

  private SearchLoad() {}

  public static void main(String[] args) throws Exception {
    int rounds = 4;
    int wordsPerDecile = 10;
    boolean cold = false;
    Path out = Path.of("search-samples.tsv");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--words" -> wordsPerDecile = Integer.parseInt(args[++i]);
        case "--cold" -> cold = true;
        case "--out" -> out = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; use --rounds N --words N --cold --out FILE");
      }
    }
    List<Sample> samples = new ArrayList<>();
    if (cold) {
      System.out.println("# cold: " + dropCaches());
    }
    EmbeddedPostgres pg = BenchPostgres.start(Map.of());
    PooledDataSource ds = new PooledDataSource(pg.getPostgresDatabase());
    try {
      SeedInfo info = SeedInfo.read(ds);
      JdbcStores stores = JdbcStores.builder(ds).build();
      SessionHub hub = SessionHub.builder().sessionStore(stores.sessionStore()).templateStore(stores.templateStore())
          .cache(SessionCaches.none()).build();
      System.out.println("# " + settings(ds));
      Map<String, String> users = new LinkedHashMap<>();
      for (String kind : USERS) {
        users.put(kind, info.user(kind));
        System.out.printf("# user %-8s %-12s in %s sessions%n", kind, info.user(kind), info.get("user." + kind
            + ".sessions"));
      }
      Map<Integer, List<String>> words = new LinkedHashMap<>();
      for (int d = 1; d <= 10; d++) {
        List<String> all = Arrays.asList(info.get("decile." + d + ".words").split(","));
        words.put(d, all.subList(0, Math.min(wordsPerDecile, all.size())));
        System.out.printf("# decile %2d: %s distinct words in %s sessions each; terms %s%n", d,
            info.get("decile." + d + ".distinct"), info.get("decile." + d + ".sessions"), words.get(d));
      }
      List<Query> firstPages = new ArrayList<>();
      for (Map.Entry<String, String> u : users.entrySet()) {
        for (Map.Entry<Integer, List<String>> d : words.entrySet()) {
          for (String w : d.getValue()) {
            for (SortKey sort : SORTS) {
              SortDirection dir = sort == SortKey.NAME ? SortDirection.ASC : SortDirection.DESC;
              firstPages.add(new Query(u.getValue(), u.getKey(), d.getKey(), w, sort, "first",
                  SessionQuery.builder().text(w).sort(sort, dir).pageSize(50).build()));
            }
          }
        }
      }
      Random random = new Random(20261130L);
      if (cold) {
        List<Query> order = new ArrayList<>(firstPages);
        Collections.shuffle(order, random);
        MachineLoad load = MachineLoad.start();
        for (Query q : order) {
          samples.add(run(hub, q, -1));
        }
        System.out.println("# cold pass: " + order.size() + " first pages; " + load.summary());
        report(samples, -1);
      }
      // Warm-up: every first page once, and the walks to the deep pages.
      long tWarm = System.nanoTime();
      List<Query> all = new ArrayList<>(firstPages);
      for (Query q : firstPages) {
        String cursor = null;
        Page<Session> page = hub.search(q.user(), q.query());
        for (int p = 1; p < 5 && page.nextCursor() != null; p++) {
          cursor = page.nextCursor();
          page = hub.search(q.user(), q.query().toBuilder().cursor(cursor).build());
        }
        if (cursor != null) {
          all.add(new Query(q.user(), q.userKind(), q.decile(), q.word(), q.sort(), "deep",
              q.query().toBuilder().cursor(cursor).build()));
        }
      }
      System.out.printf("# warm-up: %d queries and the walks to %d deep pages in %.1f s%n", firstPages.size(),
          all.size() - firstPages.size(), (System.nanoTime() - tWarm) / 1e9);
      List<Sample> warm = new ArrayList<>();
      for (int r = 1; r <= rounds; r++) {
        List<Query> order = new ArrayList<>(all);
        Collections.shuffle(order, random);
        MachineLoad load = MachineLoad.start();
        long t = System.nanoTime();
        for (Query q : order) {
          warm.add(run(hub, q, r));
        }
        System.out.printf("# round %d: %d searches in %.1f s; %s%n", r, order.size(), (System.nanoTime() - t) / 1e9,
            load.summary());
      }
      samples.addAll(warm);
      report(warm, 1);
    } finally {
      ds.close();
      pg.close();
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
      w.println("round\tuser_kind\tuser\tdecile\tword\tsort\tpage\tresults\tmicros");
      for (Sample s : samples) {
        w.printf(Locale.ROOT, "%d\t%s\t%s\t%d\t%s\t%s\t%s\t%d\t%.1f%n", s.round(), s.q().userKind(), s.q().user(),
            s.q().decile(), s.q().word(), s.q().sort(), s.q().page(), s.results(), s.nanos() / 1e3);
      }
    }
    System.out.println("# samples written to " + out.toAbsolutePath());
  }

  private static Sample run(SessionHub hub, Query q, int round) {
    long t = System.nanoTime();
    Page<Session> page = hub.search(q.user(), q.query());
    return new Sample(q, round, System.nanoTime() - t, page.items().size());
  }

  private static void report(List<Sample> samples, int fromRound) {
    List<Sample> used = samples.stream().filter(s -> fromRound < 0 ? s.round() < 0 : s.round() >= fromRound).toList();
    String what = fromRound < 0 ? "cold (first pages, first run after restart)" : "warm (all rounds pooled)";
    table(used, what + ", by user and word-frequency decile", s -> String.format("%-8s decile %2d", s.q().userKind(),
        s.q().decile()));
    table(used, what + ", by user and sort", s -> String.format("%-8s %-8s", s.q().userKind(), s.q().sort()));
    table(used, what + ", by user and page", s -> String.format("%-8s %-5s", s.q().userKind(), s.q().page()));
    table(used, what + ", by decile, all users", s -> String.format("decile %2d", s.q().decile()));
  }

  private static void table(List<Sample> samples, String title, Function<Sample, String> key) {
    Map<String, List<Long>> groups = new LinkedHashMap<>();
    for (Sample s : samples) {
      groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s.nanos());
    }
    System.out.println();
    System.out.println("## " + title + " (ms)");
    System.out.printf("%-24s %6s %8s %8s %8s %8s%n", "", "n", "p50", "p90", "p99", "max");
    groups.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      long[] v = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf(Locale.ROOT, "%-24s %6d %8.2f %8.2f %8.2f %8.2f%n", e.getKey(), v.length, pct(v, 0.5) / 1e6,
          pct(v, 0.9) / 1e6, pct(v, 0.99) / 1e6, v[v.length - 1] / 1e6);
    });
  }

  /** The nearest-rank percentile of sorted values. */
  static double pct(long[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static String settings(PooledDataSource ds) {
    try (var c = ds.getConnection(); var st = c.createStatement();
        var rs = st.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit'),"
            + " current_setting('shared_buffers'), current_setting('max_parallel_workers_per_gather')")) {
      rs.next();
      return "PostgreSQL fsync=" + rs.getString(1) + ", synchronous_commit=" + rs.getString(2) + ", shared_buffers="
          + rs.getString(3) + ", max_parallel_workers_per_gather (server default; the store sets 0 per search)="
          + rs.getString(4);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Drops the OS page cache (root only): sync, then 3 into drop_caches. What happened, in words. */
  private static String dropCaches() {
    try {
      new ProcessBuilder("sync").inheritIO().start().waitFor();
      Files.writeString(Path.of("/proc/sys/vm/drop_caches"), "3");
      return "OS page cache dropped (echo 3 > /proc/sys/vm/drop_caches) before the server started";
    } catch (IOException | RuntimeException e) {
      return "the OS page cache could NOT be dropped (" + e.getMessage() + "): only PostgreSQL's own buffers are cold";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while dropping the page cache";
    }
  }
}
