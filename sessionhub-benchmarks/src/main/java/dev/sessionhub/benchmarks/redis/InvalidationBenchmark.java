package dev.sessionhub.benchmarks.redis;

import dev.sessionhub.cache.redis.RedisCaches;
import dev.sessionhub.cache.redis.TwoLevelSessionCache;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long until an update made on one instance is visible on another: instance A puts version
 * n + 1 of a random one of 100 sessions that both instances hold in their local level; the put
 * returns once B has applied the invalidation (its acknowledgement came back), so the time of
 * the put is the time until the update is visible on B. Each operation then reads the session on
 * B and counts a read older than n + 1 as stale (printed at the end; it must be 0). Two caches
 * in one JVM on one Redis: the invalidation crosses loopback twice (publish, acknowledgement).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class InvalidationBenchmark {

  private BenchRedis redis;
  private TwoLevelSessionCache a;
  private TwoLevelSessionCache b;
  private Session[] sessions;
  private long stale;
  private long checks;

  /** Starts Redis and two caches, and puts the sessions in both. */
  @Setup(Level.Trial)
  public void fill() throws InterruptedException {
    redis = new BenchRedis();
    a = RedisCaches.builder(redis.client).keyPrefix("bench-inv:").instanceId("a").build();
    b = RedisCaches.builder(redis.client).keyPrefix("bench-inv:").instanceId("b").build();
    while (!a.redisAvailable() || !b.redisAvailable()) {
      Thread.sleep(10);
    }
    sessions = BenchRedis.sessions(100);
    for (Session s : sessions) {
      a.put(s);
      b.get(s.id());
    }
  }

  /** Prints the stale reads and both caches' statistics, and stops. */
  @TearDown(Level.Trial)
  public void stop() {
    System.out.println("stale reads on b: " + stale + " of " + checks + "; a: " + a.stats() + "; b: " + b.stats());
    a.close();
    b.close();
    redis.close();
  }

  /** One update on A, visible on B when it returns. */
  @Benchmark
  public Session updateVisibleOnOther() {
    int i = ThreadLocalRandom.current().nextInt(sessions.length);
    Session next = sessions[i].toBuilder().version(sessions[i].version() + 1).build();
    sessions[i] = next;
    a.put(next);
    Session seen = b.get(next.id()).orElse(next);
    checks++;
    if (seen.version() < next.version()) {
      stale++;
    }
    return seen;
  }
}
