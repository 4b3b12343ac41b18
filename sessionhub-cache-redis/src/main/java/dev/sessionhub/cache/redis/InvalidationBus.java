package dev.sessionhub.cache.redis;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * Carries invalidations of the local level between the instances sharing a Redis, over pub/sub,
 * and decides when this instance may trust its local level.
 *
 * <p><b>Acknowledged invalidation.</b> A writer publishes {@code i|origin|seq|version|id} on the
 * shared channel; PUBLISH answers how many subscriber connections received it, this instance's
 * own included. Every receiver applies it to its local level first, then acknowledges on the
 * writer's own channel; the writer returns when all have acknowledged, or after the lease (below).
 *
 * <p><b>The lease.</b> Every {@code pingInterval} this instance publishes its own
 * {@link System#nanoTime()} on its own channel, which reaches it through the same subscriber
 * connection as the invalidations, in order. The local level is trusted only while the last ping
 * received was sent less than {@code lease} ago. So when a read trusts the local level, a ping
 * sent at most {@code lease} ago went through the channel, and with it every invalidation
 * published before it. A writer that could not hear from every receiver waits {@code lease}
 * (after publishing, or after the outage began when Redis is unreachable) before its write is
 * acknowledged: by then no receiver that missed the invalidation still trusts its local level. A
 * gap in the pings (or a new subscription) clears the local level before it is trusted again.
 *
 * <p>Sessions changed while Redis was unreachable are repaired when it is back ({@link DirtySet}).
 */
final class InvalidationBus implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(InvalidationBus.class);
  private static final int STRIPES = 1024;

  /** What received invalidations do to the local level. */
  interface Receiver {
    /** Forget a snapshot older than {@code version}; {@link DirtySet#ANY}: forget it whatever its version. */
    void olderThan(String sessionId, long version);

    /** Forget every snapshot. */
    void clearAll();
  }

  private final UnifiedJedis jedis;
  private final Breaker breaker;
  private final RedisLevel level;
  private final Receiver receiver;
  private final String self;
  private final String channel;
  private final String ackPrefix;
  private final long leaseNanos;
  private final DirtySet dirty = new DirtySet(100_000);
  private final AtomicLong seq = new AtomicLong();
  private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
  private final AtomicLongArray stripes = new AtomicLongArray(STRIPES);
  private final AtomicLong clears = new AtomicLong();
  private final LongAdder sent = new LongAdder();
  private final LongAdder received = new LongAdder();
  private final LongAdder timeouts = new LongAdder();
  private final ExecutorService acker;
  private final ScheduledExecutorService ticker;
  private final Thread subscriber;
  private volatile @Nullable JedisPubSub subscription;
  private volatile long lastPing;
  private volatile long quarantineUntil;
  private volatile boolean closed;

  InvalidationBus(UnifiedJedis jedis, Breaker breaker, RedisLevel level, Receiver receiver, String prefix, String self,
      Duration pingInterval, Duration lease) {
    this.jedis = jedis;
    this.breaker = breaker;
    this.level = level;
    this.receiver = receiver;
    this.self = self;
    this.channel = prefix + "inv";
    this.ackPrefix = prefix + "ack:";
    this.leaseNanos = lease.toNanos();
    this.acker = Executors.newSingleThreadExecutor(daemon("sessionhub-redis-ack"));
    this.ticker = Executors.newSingleThreadScheduledExecutor(daemon("sessionhub-redis-ping"));
    this.subscriber = daemon("sessionhub-redis-invalidations").newThread(this::subscribeLoop);
    breaker.onRecovery(this::recovered);
    subscriber.start();
    ticker.scheduleWithFixedDelay(this::tick, 0, pingInterval.toNanos(), TimeUnit.NANOSECONDS);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Whether the local level may be trusted now: the channel carried a ping sent within the lease,
   * and Redis did not just come back.
   */
  boolean fresh() {
    long ping = lastPing;
    long now = System.nanoTime();
    return ping != 0 && now - ping < leaseNanos && !quarantined(now);
  }

  /**
   * Whether Redis came back less than a lease ago: then neither level is trusted, so that every
   * other instance has time to notice (its pings try Redis every quarter lease, whatever its
   * breaker says) and to repair what it changed during the outage.
   */
  boolean quarantined() {
    return quarantined(System.nanoTime());
  }

  private boolean quarantined(long now) {
    return now - quarantineUntil < 0;
  }

  /** Redis answered again after an outage: quarantine both levels, and forget the local one. */
  private void recovered() {
    quarantineUntil = System.nanoTime() + leaseNanos;
    clearLocal();
  }

  /** Whether Redis answers, the channel is live and nothing waits for repair. */
  boolean healthy() {
    return !breaker.isOpen() && fresh() && dirty.isEmpty();
  }

  /**
   * A mark that changes when an invalidation of {@code sessionId} (or of everything) arrives:
   * a reader compares it before and after putting what it read into the local level.
   */
  long mark(String sessionId) {
    return stripes.get(stripe(sessionId)) + clears.get();
  }

  /** Changes the mark of the session: this instance stored a newer version of it. */
  void touch(String sessionId) {
    stripes.incrementAndGet(stripe(sessionId));
  }

  private static int stripe(String sessionId) {
    return (sessionId.hashCode() & 0x7fffffff) % STRIPES;
  }

  /**
   * Tells every instance that {@code version} of the session exists ({@link DirtySet#ANY}: drop
   * it whatever its version), and returns once they all applied it, or once none that missed it
   * can still trust its local level.
   */
  void invalidate(String sessionId, long version) {
    if (!publishAndAwait(sessionId, version, false)) {
      unconfirmed(sessionId, version);
    }
  }

  /**
   * Publishes the invalidation and waits for every receiver's acknowledgement, or the lease;
   * false when it could not be published. With {@code probe}, tried through an open breaker.
   */
  private boolean publishAndAwait(String sessionId, long version, boolean probe) {
    long n = seq.incrementAndGet();
    Pending p = new Pending();
    pending.put(n, p);
    try {
      String message = "i|" + self + "|" + n + "|" + version + "|" + sessionId;
      java.util.function.Supplier<Long> publish = () -> jedis.publish(channel, message);
      Long receivers = probe ? breaker.attempt(publish, null) : breaker.call(publish, null);
      if (receivers == null) {
        return false;
      }
      sent.increment();
      if (!p.await(receivers, leaseNanos)) {
        timeouts.increment();
      }
      return true;
    } finally {
      pending.remove(n);
    }
  }

  /**
   * A change that could not reach Redis: remembered for repair, and the caller waits until no
   * other instance can trust a local level that missed it (the lease after the outage began),
   * then tries the repair itself once, through an open breaker: if Redis is back for the others,
   * the change reaches them before the write returns.
   */
  void unconfirmed(String sessionId, long version) {
    dirty.add(sessionId, version);
    long since = breaker.isOpen() ? breaker.openedAt() : System.nanoTime();
    long left = since + leaseNanos - System.nanoTime();
    if (left > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    // Redis may be back for the other instances already (their quarantine is only a lease long):
    // try the repair of this session now, whatever the breaker says, before the write returns.
    if (level.forget(sessionId, version, true) && publishAndAwait(sessionId, version, true)) {
      dirty.repaired(sessionId, version);
    }
  }

  private void tick() {
    try {
      // attempt, not call: the ping is the probe that finds Redis back within a quarter lease.
      breaker.attempt(() -> jedis.publish(ackPrefix + self, "p|" + System.nanoTime()), null);
      if (!dirty.isEmpty() && !breaker.isOpen()) {
        repair();
      }
    } catch (RuntimeException e) {
      LOG.warn("Redis invalidation ticker failed", e);
    }
  }

  /** Drops from Redis, and from every instance's local level, what changed while Redis was away. */
  private void repair() {
    if (dirty.overflowed()) {
      if (level.deleteAll() && publishQuietly("c|" + self + "|0")) {
        dirty.clearedAll();
        LOG.info("Redis cache: dropped every entry after an outage with too many changes to repair one by one");
      }
      return;
    }
    for (Map.Entry<String, Long> e : dirty.snapshot().entrySet()) {
      if (!level.forget(e.getKey(), e.getValue()) || !publishQuietly("i|" + self + "|0|" + e.getValue() + "|" + e.getKey())) {
        return;
      }
      dirty.repaired(e.getKey(), e.getValue());
    }
  }

  private boolean publishQuietly(String message) {
    return breaker.call(() -> jedis.publish(channel, message) >= 0, false);
  }

  private void subscribeLoop() {
    long backoffMillis = 50;
    while (!closed) {
      JedisPubSub sub = new Listener();
      subscription = sub;
      try {
        jedis.subscribe(sub, channel, ackPrefix + self);
        backoffMillis = 50;
      } catch (JedisConnectionException e) {
        if (!closed) {
          breaker.failed(e);
        }
      } catch (RuntimeException e) {
        if (!closed) {
          LOG.warn("Redis invalidation subscription failed", e);
        }
      }
      lastPing = 0;
      clears.incrementAndGet();
      for (long slept = 0; slept < backoffMillis && !closed; slept += 10) {
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
      backoffMillis = Math.min(backoffMillis * 2, 1_000);
    }
  }

  /** Runs on the subscriber thread, one message at a time, in the order Redis sent them. */
  private final class Listener extends JedisPubSub {
    @Override
    public void onMessage(String ch, String message) {
      try {
        handle(message);
      } catch (RuntimeException e) {
        LOG.warn("bad invalidation message ignored: {}", message, e);
      }
    }
  }

  private void handle(String message) {
    char kind = message.isEmpty() ? '?' : message.charAt(0);
    if (kind == 'p') {
      long sentAt = Long.parseLong(message.substring(2));
      long previous = lastPing;
      if (previous == 0 || sentAt - previous > leaseNanos) {
        clearLocal();
      }
      if (sentAt - previous > 0) {
        lastPing = sentAt;
      }
    } else if (kind == 'a') {
      Pending p = pending.get(Long.parseLong(message.substring(2)));
      if (p != null) {
        p.ack();
      }
    } else if (kind == 'i' || kind == 'c') {
      String[] f = message.split("\\|", 5);
      String origin = f[1];
      long n = Long.parseLong(f[2]);
      if (origin.equals(self)) {
        Pending p = pending.get(n);
        if (p != null) {
          p.ack();
        }
        return;
      }
      received.increment();
      if (kind == 'c') {
        clearLocal();
      } else {
        stripes.incrementAndGet(stripe(f[4]));
        receiver.olderThan(f[4], Long.parseLong(f[3]));
      }
      if (n != 0) {
        acker.execute(() -> breaker.call(() -> jedis.publish(ackPrefix + origin, "a|" + n), null));
      }
    }
  }

  private void clearLocal() {
    clears.incrementAndGet();
    receiver.clearAll();
  }

  long sent() {
    return sent.sum();
  }

  long received() {
    return received.sum();
  }

  long timeouts() {
    return timeouts.sum();
  }

  /**
   * Stops without interrupting anything: an interrupted Jedis call can hand its connection back
   * to the pool with a reply still unread, which the next user of the connection would read.
   */
  @Override
  public void close() {
    closed = true;
    ticker.shutdown();
    awaitQuietly(ticker);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    while (subscriber.isAlive() && System.nanoTime() < deadline) {
      JedisPubSub sub = subscription;
      if (sub != null && sub.isSubscribed()) {
        try {
          sub.unsubscribe();
        } catch (RuntimeException e) {
          LOG.debug("unsubscribe failed", e);
        }
      }
      try {
        subscriber.join(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    acker.shutdown();
    awaitQuietly(acker);
  }

  private static void awaitQuietly(ExecutorService executor) {
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
