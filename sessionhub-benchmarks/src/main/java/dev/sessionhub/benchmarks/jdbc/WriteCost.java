package dev.sessionhub.benchmarks.jdbc;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a durable write's time goes: for each write of {@link JdbcCreateBenchmark} (the hub's
 * create and comment, their hand-written statements, the single-row INSERT + COMMIT), the wall
 * time per call, the calling thread's own CPU time per call (JVM work: the hub, Jdbi, the driver),
 * and the CPU time of every PostgreSQL process per call (the backend, the WAL writer, ...), read
 * from {@code /proc} around each block. The rest of the wall time is waiting: round trips and the
 * WAL flush. Blocks of the writes alternate, so each sees the same machine.
 *
 * <pre>
 * java -Dsessionhub.bench.pgdata=... -cp benchmarks.jar dev.sessionhub.benchmarks.jdbc.WriteCost [rounds=6] [block=300]
 * </pre>
 *
 * <p>{@code -Dsessionhub.writecost.only=hub create,hand-written create} runs only the writes named
 * (for {@code strace -c} or a profiler on one kind).
 *
 * <p>A diagnostic, not a benchmark of record: the latencies of record come from JMH
 * ({@link JdbcCreateBenchmark}); this splits them. Per-call wall and thread CPU are medians;
 * PostgreSQL's CPU is a block's total (10 ms clock ticks) divided by its calls.
 */
public final class WriteCost {

  private WriteCost() {}

  /** One step of a write: its preparation (outside the timing) or the write itself. */
  private interface Step {
    void run() throws Exception;
  }

  /** One kind of write: what makes its next call's values (not timed), and the call. */
  private record Write(Step prepare, Step call) {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    int block = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    PostgresHub pg = new PostgresHub();
    pg.synchronousCommit = "on";
    pg.start();
    try {
      JdbcCreateBenchmark bench = new JdbcCreateBenchmark();
      JdbcCreateBenchmark.NextSnapshot next = new JdbcCreateBenchmark.NextSnapshot();
      next.prototype();
      JdbcCreateBenchmark.Commented commented = new JdbcCreateBenchmark.Commented();
      commented.create(pg);
      JdbcCreateBenchmark.Floor floor = new JdbcCreateBenchmark.Floor();
      floor.table(pg);
      Map<String, Write> writes = new LinkedHashMap<>();
      writes.put("hub create", new Write(() -> { }, () -> bench.createFromTemplate(pg)));
      writes.put("hand-written create", new Write(next::next, () -> bench.handWritten(pg, next)));
      writes.put("hub comment", new Write(() -> { }, () -> bench.addComment(pg, commented)));
      writes.put("hand-written comment", new Write(commented::next, () -> bench.handWrittenComment(pg, commented)));
      writes.put("hand-written comment + JSON",
          new Write(() -> { }, () -> bench.handWrittenCommentWithJson(pg, commented)));
      writes.put("hand-written create + JSON", new Write(next::next, () -> bench.handWrittenWithJson(pg, next)));
      writes.put("single-row insert", new Write(() -> { }, () -> bench.singleRowInsert(pg, floor)));
      String only = System.getProperty("sessionhub.writecost.only");
      if (only != null) {
        writes.keySet().retainAll(List.of(only.split(",")));
      }
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      System.out.println("# " + pg.durability() + "; load " + MachineLoad.loadAverage());
      for (Write w : writes.values()) {
        for (int i = 0; i < 2_000; i++) {
          w.prepare().run();
          w.call().run();
        }
      }
      Map<String, List<long[]>> samples = new LinkedHashMap<>();
      Map<String, long[]> server = new LinkedHashMap<>();
      MachineLoad load = MachineLoad.start();
      for (int r = 0; r < rounds; r++) {
        for (Map.Entry<String, Write> e : writes.entrySet()) {
          Write w = e.getValue();
          List<long[]> mine = samples.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
          long ticks = postgresTicks();
          for (int i = 0; i < block; i++) {
            w.prepare().run();
            long cpu = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            w.call().run();
            long wall = System.nanoTime() - t0;
            mine.add(new long[] {wall, threads.getCurrentThreadCpuTime() - cpu});
          }
          long[] s = server.computeIfAbsent(e.getKey(), k -> new long[2]);
          s[0] += postgresTicks() - ticks;
          s[1] += block;
        }
      }
      System.out.println("# " + load.summary());
      System.out.printf("%-28s %12s %12s %14s %14s %18s%n", "write", "wall p50 µs", "wall p99 µs",
          "JVM thread µs", "(mean)", "PostgreSQL CPU µs");
      for (String name : writes.keySet()) {
        List<long[]> s = samples.get(name);
        long[] wall = s.stream().mapToLong(x -> x[0]).sorted().toArray();
        long[] cpu = s.stream().mapToLong(x -> x[1]).sorted().toArray();
        long[] srv = server.get(name);
        System.out.printf("%-28s %12.0f %12.0f %14.0f %14.0f %18.0f%n", name, wall[wall.length / 2] / 1e3,
            wall[(int) (wall.length * 0.99)] / 1e3, cpu[cpu.length / 2] / 1e3,
            Arrays.stream(cpu).average().orElse(0) / 1e3, srv[0] * 10_000.0 / srv[1]);
      }
    } finally {
      pg.stop();
    }
  }

  /** User + system clock ticks (1/100 s) of every process named {@code postgres}. */
  private static long postgresTicks() throws IOException {
    long sum = 0;
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
        try {
          String stat = Files.readString(p.resolve("stat"));
          int close = stat.lastIndexOf(')');
          String comm = stat.substring(stat.indexOf('(') + 1, close);
          if (!comm.equals("postgres")) {
            continue;
          }
          String[] f = stat.substring(close + 2).split(" ");
          sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException gone) {
          // the process ended while we looked
        }
      }
    }
    return sum;
  }

}
