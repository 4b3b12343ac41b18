package dev.sessionhub.benchmarks.redis;

import dev.sessionhub.cache.redis.RedisCaches;
import dev.sessionhub.cache.redis.TwoLevelSessionCache;
import dev.sessionhub.model.Session;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A read of the two-level cache ({@code TwoLevelSessionCache.get}) of a random one of 1,000
 * cached "bug-fix" sessions. {@code level=local}: every read is a local hit (the local level
 * holds them all). {@code level=redis}: the local level holds nothing ({@code localMaximumSize(0)}),
 * so every read is a Redis hit: a round trip on loopback plus reading the JSON.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TwoLevelGetBenchmark {

  /** Which level answers: {@code local} or {@code redis}. */
  @Param({"local", "redis"})
  public String level;

  private BenchRedis redis;
  private TwoLevelSessionCache cache;
  private String[] ids;

  /** Starts Redis and fills both levels. */
  @Setup(Level.Trial)
  public void fill() throws InterruptedException {
    redis = new BenchRedis();
    cache = RedisCaches.builder(redis.client).keyPrefix("bench-get:").localMaximumSize(level.equals("local") ? 10_000 : 0)
        .build();
    Session[] sessions = BenchRedis.sessions(1_000);
    ids = new String[sessions.length];
    for (int i = 0; i < sessions.length; i++) {
      ids[i] = sessions[i].id();
    }
    while (!cache.redisAvailable()) {
      Thread.sleep(10);
    }
    for (Session s : sessions) {
      cache.put(s);
    }
    for (String id : ids) {
      if (cache.get(id).isEmpty()) {
        throw new IllegalStateException("not cached: " + id);
      }
    }
  }

  /** Stops Redis; prints the cache's statistics, which show which level answered. */
  @TearDown(Level.Trial)
  public void stop() {
    System.out.println("cache stats: " + cache.stats());
    cache.close();
    redis.close();
  }

  /** One read. */
  @Benchmark
  public Optional<Session> get() {
    return cache.get(ids[ThreadLocalRandom.current().nextInt(ids.length)]);
  }
}
