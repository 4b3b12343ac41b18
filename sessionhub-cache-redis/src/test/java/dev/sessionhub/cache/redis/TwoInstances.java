package dev.sessionhub.cache.redis;

import dev.sessionhub.NewSession;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.event.SessionEvent;
import dev.sessionhub.spi.SessionCache;
import dev.sessionhub.store.jdbc.JdbcStores;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Two {@link SessionHub} instances on one database, each with its own stores and its own cache,
 * and a workload of writer and reader threads on both. It records every acknowledged version; a
 * read that starts after version v of a session was acknowledged (on either instance) and
 * returns a version below v is a stale read. Each hub's listener records the events it gets.
 */
final class TwoInstances implements AutoCloseable {

  static final String OWNER = "ann";

  /** One instance: its hub, its cache and what its listener got. */
  record Node(String name, SessionHub hub, SessionCache cache, List<SessionEvent> events) {}

  /** What a run saw. */
  record Run(long writes, long reads, long stale, long failures, List<String> staleSamples, List<String> failureSamples) {}

  final Node a;
  final Node b;
  final List<String> ids = new ArrayList<>();
  final Map<String, AtomicLong> acked = new ConcurrentHashMap<>();
  final Map<String, LongAdder> appends = new ConcurrentHashMap<>();

  /**
   * @param cache a new cache per instance name
   * @param transport a new event transport per instance name, or null for none
   */
  TwoInstances(DataSource db, String tablePrefix, java.util.function.Function<String, SessionCache> cache,
      java.util.function.Function<String, dev.sessionhub.spi.EventTransport> transport, int sessions) {
    byte[] secret = "a shared cursor secret for both".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    this.a = node("a", db, tablePrefix, cache, transport, secret);
    this.b = node("b", db, tablePrefix, cache, transport, secret);
    for (int i = 0; i < sessions; i++) {
      Session s = (i % 2 == 0 ? a : b).hub().create(OWNER, NewSession.named("shared " + i));
      ids.add(s.id());
      acked.put(s.id(), new AtomicLong(s.version()));
      appends.put(s.id(), new LongAdder());
    }
  }

  private static Node node(String name, DataSource db, String tablePrefix, java.util.function.Function<String, SessionCache> cache,
      java.util.function.Function<String, dev.sessionhub.spi.EventTransport> transport, byte[] secret) {
    JdbcStores stores = JdbcStores.builder(db).tablePrefix(tablePrefix).build();
    List<SessionEvent> events = new CopyOnWriteArrayList<>();
    SessionCache c = cache.apply(name);
    var builder = SessionHub.builder().sessionStore(stores.sessionStore()).templateStore(stores.templateStore())
        .cache(c).instanceId(name).cursorSecret(secret).listener(events::add);
    var t = transport.apply(name);
    if (t != null) {
      builder.eventTransport(t);
    }
    return new Node(name, builder.build(), c, events);
  }

  /**
   * Runs {@code writersPerNode} appending threads and {@code readersPerNode} reading threads on
   * each instance for {@code duration}; {@code during} runs on the calling thread meanwhile.
   */
  Run run(int writersPerNode, int readersPerNode, Duration duration, Runnable during) throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    LongAdder writes = new LongAdder();
    LongAdder reads = new LongAdder();
    LongAdder stale = new LongAdder();
    LongAdder failures = new LongAdder();
    List<String> staleSamples = new CopyOnWriteArrayList<>();
    List<String> failureSamples = new CopyOnWriteArrayList<>();
    List<Thread> threads = new ArrayList<>();
    int seed = 0;
    for (Node node : List.of(a, b)) {
      for (int w = 0; w < writersPerNode; w++) {
        Random random = new Random(seed++);
        threads.add(loop(stop, failures, failureSamples, () -> {
          String id = ids.get(random.nextInt(ids.size()));
          Session s = node.hub().addLearning(OWNER, id, "learned on " + node.name());
          appends.get(id).increment();
          acked.get(id).accumulateAndGet(s.version(), Math::max);
          writes.increment();
        }));
      }
      for (int r = 0; r < readersPerNode; r++) {
        Random random = new Random(seed++);
        threads.add(loop(stop, failures, failureSamples, () -> {
          String id = ids.get(random.nextInt(ids.size()));
          long floor = acked.get(id).get();
          Session s = node.hub().get(OWNER, id);
          reads.increment();
          // A short pause, so that the readers leave the two cores some time for the writers.
          java.util.concurrent.locks.LockSupport.parkNanos(50_000);
          if (s.version() < floor) {
            stale.increment();
            if (staleSamples.size() < 20) {
              staleSamples.add(node.name() + " read " + id + " v" + s.version() + " after v" + floor + " was acknowledged");
            }
          }
        }));
      }
    }
    threads.forEach(Thread::start);
    long end = System.nanoTime() + duration.toNanos();
    during.run();
    while (System.nanoTime() < end) {
      Thread.sleep(20);
    }
    stop.set(true);
    for (Thread t : threads) {
      t.join(30_000);
    }
    return new Run(writes.sum(), reads.sum(), stale.sum(), failures.sum(), staleSamples, failureSamples);
  }

  private static Thread loop(AtomicBoolean stop, LongAdder failures, List<String> samples, Runnable step) {
    return new Thread(() -> {
      while (!stop.get()) {
        try {
          step.run();
        } catch (RuntimeException e) {
          failures.increment();
          if (samples.size() < 20) {
            samples.add(e.toString());
          }
        }
      }
    });
  }

  /** The version the store holds now, read without any cache. */
  long storedVersion(DataSource db, String tablePrefix, String id) {
    return JdbcStores.builder(db).tablePrefix(tablePrefix).build().sessionStore().find(id).orElseThrow().version();
  }

  /** Polls until {@code done} or the timeout; true if done. */
  static boolean eventually(Supplier<Boolean> done, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (done.get()) {
        return true;
      }
      Thread.sleep(20);
    }
    return done.get();
  }

  @Override
  public void close() {
    for (Node n : List.of(a, b)) {
      n.hub().close();
      if (n.cache() instanceof TwoLevelSessionCache c) {
        c.close();
      }
    }
  }
}
