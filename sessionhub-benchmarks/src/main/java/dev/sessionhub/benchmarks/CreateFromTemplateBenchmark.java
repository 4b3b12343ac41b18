package dev.sessionhub.benchmarks;

import dev.sessionhub.FromTemplate;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Session;
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
 * Latency of {@link SessionHub#createFromTemplate} with the built-in "bug-fix" template on the
 * default hub ({@link SessionHub#inMemory()}: in-memory store, local Caffeine cache, UUIDv7 ids).
 *
 * <p>The in-memory store keeps every session it is given, so an unbounded run would measure a
 * store (and a heap) that grows for as long as the benchmark runs. Each thread therefore writes
 * into a fresh hub per iteration, and swaps in a new empty hub after {@code sessionsPerHub}
 * sessions; the swap happens in an invocation-level setup, outside the measured call.
 *
 * <p>Run with {@code -p cache=default,caller-runs,map} to compare the default cache with the
 * diagnostic ones of {@link DiagnosticCaches}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CreateFromTemplateBenchmark {

  private static final String ACTOR = "ann";
  private static final FromTemplate BUG_FIX =
      FromTemplate.of("bug-fix").with("component", "the login form").named("Login fails on Safari");

  /** How many sessions a hub takes before it is replaced by an empty one. */
  @Param("10000")
  public int sessionsPerHub;

  /** The hub's cache: {@code default}, or a diagnostic variant (see {@link DiagnosticCaches}). */
  @Param("default")
  public String cache;

  private SessionHub hub;
  private int created;

  /** A fresh default hub for every iteration. */
  @Setup(Level.Iteration)
  public void newHub() {
    hub = DiagnosticCaches.hub(cache);
    created = 0;
  }

  /** Keeps the store bounded: a full hub is dropped for an empty one, outside the measurement. */
  @Setup(Level.Invocation)
  public void boundHub() {
    if (created == sessionsPerHub) {
      hub = DiagnosticCaches.hub(cache);
      created = 0;
    }
    created++;
  }

  /** One session from the "bug-fix" template (5 goals, 3 milestones), stored and cached. */
  @Benchmark
  public Session createFromTemplate() {
    return hub.createFromTemplate(ACTOR, BUG_FIX);
  }
}
