package dev.sessionhub.benchmarks.redis;

import dev.sessionhub.cache.LocalSessionCache;
import dev.sessionhub.cache.SessionCaches;
import dev.sessionhub.model.Session;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Hit rate of the local level (core's local cache, Caffeine's W-TinyLFU) on a Zipf-distributed
 * read workload over {@code keys} sessions, with the level sized at 10% of them, beside a plain
 * LRU of the same size on the same trace; also the two-level cache's hit rate when Redis holds
 * every session read before (its only misses are first reads). Not a JMH benchmark: it counts,
 * it does not time. Usage: {@code java -cp benchmarks.jar dev.sessionhub.benchmarks.redis.ZipfHitRate
 * [keys=100000] [reads=2000000] [exponents=0.8,0.99,1.2]}.
 */
public final class ZipfHitRate {

  private ZipfHitRate() {}

  /** Runs the comparison and prints one line per exponent. */
  public static void main(String[] args) {
    int keys = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int reads = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
    String exponents = args.length > 2 ? args[2] : "0.8,0.99,1.2";
    int size = keys / 10;
    Session template = BenchRedis.sessions(1)[0];
    System.out.printf("keys %,d, reads %,d (first %,d for warm-up), cache %,d entries%n", keys, reads, reads / 10, size);
    for (String e : exponents.split(",")) {
      double s = Double.parseDouble(e);
      int[] trace = zipfTrace(keys, reads, s, new Random(42));
      Session[] sessions = new Session[keys];
      LocalSessionCache local = SessionCaches.local(size, Duration.ofHours(1));
      Lru lru = new Lru(size);
      boolean[] seen = new boolean[keys];
      long localHits = 0;
      long lruHits = 0;
      long twoLevelHits = 0;
      long counted = 0;
      int warm = reads / 10;
      for (int i = 0; i < reads; i++) {
        int k = trace[i];
        if (sessions[k] == null) {
          sessions[k] = template.toBuilder().id("zipf-" + k).build();
        }
        boolean localHit = local.get(sessions[k].id()).isPresent();
        if (!localHit) {
          local.put(sessions[k]);
        }
        boolean lruHit = lru.get(k);
        boolean twoLevelHit = localHit || seen[k];
        seen[k] = true;
        if (i >= warm) {
          counted++;
          localHits += localHit ? 1 : 0;
          lruHits += lruHit ? 1 : 0;
          twoLevelHits += twoLevelHit ? 1 : 0;
        }
      }
      System.out.printf("zipf %.2f: local level (W-TinyLFU) %.1f%%, plain LRU %.1f%%, two levels (Redis holds all read) %.1f%%%n",
          s, 100.0 * localHits / counted, 100.0 * lruHits / counted, 100.0 * twoLevelHits / counted);
    }
  }

  /** Ranks drawn from a Zipf distribution with exponent {@code s} by inverting its cumulative sum. */
  static int[] zipfTrace(int keys, int reads, double s, Random random) {
    double[] cumulative = new double[keys];
    double sum = 0;
    for (int k = 0; k < keys; k++) {
      sum += 1.0 / Math.pow(k + 1, s);
      cumulative[k] = sum;
    }
    // Ranks are shuffled onto keys so that popularity does not follow key order.
    int[] keyOfRank = new int[keys];
    for (int k = 0; k < keys; k++) {
      keyOfRank[k] = k;
    }
    for (int k = keys - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      int t = keyOfRank[k];
      keyOfRank[k] = keyOfRank[j];
      keyOfRank[j] = t;
    }
    int[] trace = new int[reads];
    for (int i = 0; i < reads; i++) {
      double u = random.nextDouble() * sum;
      int lo = 0;
      int hi = keys - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cumulative[mid] < u) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      trace[i] = keyOfRank[lo];
    }
    return trace;
  }

  /** A plain LRU: a LinkedHashMap in access order that drops its eldest entry beyond capacity. */
  private static final class Lru extends LinkedHashMap<Integer, Boolean> {
    private final int capacity;

    Lru(int capacity) {
      super(capacity * 2, 0.75f, true);
      this.capacity = capacity;
    }

    /** Reads the key, adding it on a miss; true on a hit. */
    boolean get(int key) {
      if (super.get(key) != null) {
        return true;
      }
      put(key, Boolean.TRUE);
      return false;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
      return size() > capacity;
    }
  }
}
