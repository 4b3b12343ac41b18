package dev.sessionhub.benchmarks;

import dev.sessionhub.FromTemplate;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Session;
import java.util.concurrent.ThreadLocalRandom;
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
 * Latency of {@link SessionHub#get} by the owner on the default hub holding {@code sessions}
 * sessions (each from the "bug-fix" template), a random one per call.
 *
 * <p>With the default of 10,000 sessions every session fits in the default local cache (10,000
 * entries), so this measures the cached read: actor and id checks, the cache lookup and the
 * access check. Run with {@code -p sessions=100000} to see reads that miss the cache, and with
 * {@code -p cache=default,caller-runs,map} to compare the default cache with the diagnostic ones
 * of {@link DiagnosticCaches}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class GetByIdBenchmark {

  private static final String OWNER = "ann";

  /** How many sessions the hub holds. */
  @Param("10000")
  public int sessions;

  /** The hub's cache: {@code default}, or a diagnostic variant (see {@link DiagnosticCaches}). */
  @Param("default")
  public String cache;

  private SessionHub hub;
  private String[] ids;

  /** Fills the hub once per fork. */
  @Setup(Level.Trial)
  public void fill() {
    hub = DiagnosticCaches.hub(cache);
    ids = new String[sessions];
    FromTemplate spec = FromTemplate.of("bug-fix").with("component", "the login form");
    for (int i = 0; i < sessions; i++) {
      ids[i] = hub.createFromTemplate(OWNER, spec.named("Bug " + i)).id();
    }
  }

  /** One read of a random session. */
  @Benchmark
  public Session get() {
    return hub.get(OWNER, ids[ThreadLocalRandom.current().nextInt(ids.length)]);
  }
}
