package dev.sessionhub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.internal.memory.InMemorySessionStore;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.event.SessionEvent;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.testing.InMemoryEventBus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Events between instances, through an event transport")
class RemoteEventsTest {

  private final SessionStore store = new InMemorySessionStore();
  private final InMemoryEventBus bus = new InMemoryEventBus();
  private final List<SessionHub> hubs = new ArrayList<>();

  @AfterEach
  void closeHubs() {
    hubs.forEach(SessionHub::close);
  }

  /** A hub on the shared store and bus, whose listener adds to {@code seen}. */
  private SessionHub hub(List<SessionEvent> seen, Duration window) {
    SessionHub hub = SessionHub.builder().sessionStore(store).cursorSecret(new byte[16])
        .eventTransport(bus.endpoint(), window).listener(seen::add).build();
    hubs.add(hub);
    return hub;
  }

  private SessionHub hub(List<SessionEvent> seen) {
    return hub(seen, Duration.ofSeconds(5));
  }

  static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 20 s");
      }
      Thread.sleep(5);
    }
  }

  /** Waits until {@code seen} has {@code n} events, then a little longer for any extra. */
  private static void awaitCount(List<SessionEvent> seen, int n) throws InterruptedException {
    await(() -> seen.size() >= n);
    Thread.sleep(100);
  }

  @Nested
  @DisplayName("reach every other instance's listeners")
  class Delivery {

    @Test
    @DisplayName("once each, and the writing instance's own listeners once each")
    void once() throws Exception {
      List<SessionEvent> onA = new CopyOnWriteArrayList<>();
      List<SessionEvent> onB = new CopyOnWriteArrayList<>();
      SessionHub a = hub(onA);
      hub(onB);

      Session s = a.create("ann", NewSession.named("shared"));
      s = a.update("ann", s.id(), s.version(), SessionPatch.empty().name("renamed"));
      a.addComment("ann", s.id(), "hello");

      awaitCount(onB, onA.size());
      assertThat(onA).extracting(SessionEvent::version).containsExactly(1L, 2L, 3L);
      assertThat(onB).containsExactlyElementsOf(onA);
    }

    @Test
    @DisplayName("once each even when the transport echoes an instance's events back and delivers everything twice")
    void duplicatesDropped() throws Exception {
      bus.echoToSender(true).duplicate(true);
      List<SessionEvent> onA = new CopyOnWriteArrayList<>();
      List<SessionEvent> onB = new CopyOnWriteArrayList<>();
      SessionHub a = hub(onA);
      hub(onB);

      // Within the hub's documented window (a session's last 16 versions): an echo of an older own
      // event is the transport's bug to avoid (EventTransport's contract), and how late it comes
      // back depends on the machine's timing.
      Session s = a.create("ann", NewSession.named("echo"));
      for (int i = 0; i < 12; i++) {
        s = a.update("ann", s.id(), s.version(), SessionPatch.empty().name("v" + i));
      }

      awaitCount(onB, 13);
      assertThat(onA).hasSize(13).doesNotHaveDuplicates();
      assertThat(onB).containsExactlyElementsOf(onA);
    }

    @Test
    @DisplayName("never to publishers: an event from another instance is not sent on")
    void notRepublished() throws Exception {
      List<SessionEvent> onB = new CopyOnWriteArrayList<>();
      List<SessionEvent> publishedByB = new CopyOnWriteArrayList<>();
      SessionHub a = hub(new CopyOnWriteArrayList<>());
      SessionHub b = SessionHub.builder().sessionStore(store).cursorSecret(new byte[16])
          .eventTransport(bus.endpoint()).eventPublisher(publishedByB::add).listener(onB::add).build();
      hubs.add(b);

      Session s = a.create("ann", NewSession.named("from a"));
      awaitCount(onB, 1);
      b.addLearning("ann", s.id(), "from b");

      assertThat(publishedByB).extracting(SessionEvent::version).containsExactly(2L);
    }

    @Test
    @DisplayName("to asynchronous listeners too, in order")
    void asyncListeners() throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Long> versions = new CopyOnWriteArrayList<>();
        SessionHub a = hub(new CopyOnWriteArrayList<>());
        SessionHub b = SessionHub.builder().sessionStore(store).cursorSecret(new byte[16])
            .eventTransport(bus.endpoint()).asyncListener(e -> versions.add(e.version()), pool).build();
        hubs.add(b);

        Session s = a.create("ann", NewSession.named("async"));
        for (int i = 0; i < 30; i++) {
          s = a.update("ann", s.id(), s.version(), SessionPatch.empty().name("v" + i));
        }

        await(() -> versions.size() == 31);
        assertThat(versions).isSorted();
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Nested
  @DisplayName("under concurrent writers")
  class Concurrent {

    @Test
    @DisplayName("reach the other instance once each, in per-session version order")
    void order() throws Exception {
      List<SessionEvent> onA = new CopyOnWriteArrayList<>();
      List<SessionEvent> onB = new CopyOnWriteArrayList<>();
      SessionHub a = hub(onA);
      hub(onB);
      Session shared = a.create("ann", NewSession.named("shared"));

      runConcurrently(4, t -> {
        Session own = a.create("ann", NewSession.named("own " + t));
        for (int i = 0; i < 25; i++) {
          own = a.update("ann", own.id(), own.version(), SessionPatch.empty().name("own " + t + " v" + i));
          a.addLearning("ann", shared.id(), "thread " + t + " learning " + i);
        }
      });

      awaitCount(onB, onA.size());
      assertThat(onA).hasSize(1 + 4 * (1 + 25 + 25));
      assertThat(onB).containsExactlyInAnyOrderElementsOf(onA);
      assertPerSessionOrder(onB);
    }

    @Test
    @DisplayName("on two instances at once: each instance's listeners get every event of both, once")
    void bothWrite() throws Exception {
      List<SessionEvent> onA = new CopyOnWriteArrayList<>();
      List<SessionEvent> onB = new CopyOnWriteArrayList<>();
      SessionHub a = hub(onA);
      SessionHub b = hub(onB);
      Session shared = a.create("ann", NewSession.named("shared"));

      runConcurrently(4, t -> {
        SessionHub mine = t % 2 == 0 ? a : b;
        for (int i = 0; i < 25; i++) {
          mine.addLearning("ann", shared.id(), "thread " + t + " learning " + i);
        }
      });

      await(() -> onA.size() == 101 && onB.size() == 101);
      Thread.sleep(100);
      assertThat(onA).doesNotHaveDuplicates();
      assertThat(onB).containsExactlyInAnyOrderElementsOf(onA);
      assertThat(onA).extracting(SessionEvent::version).containsExactlyInAnyOrderElementsOf(versions(1, 101));
    }

    private List<Long> versions(long from, long to) {
      List<Long> all = new ArrayList<>();
      for (long v = from; v <= to; v++) {
        all.add(v);
      }
      return all;
    }

    private void runConcurrently(int threads, ThrowingTask task) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int id = t;
          done.add(pool.submit(() -> {
            go.await();
            task.run(id);
            return null;
          }));
        }
        go.countDown();
        for (Future<?> f : done) {
          f.get(60, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @FunctionalInterface
  interface ThrowingTask {
    void run(int thread) throws Exception;
  }

  static void assertPerSessionOrder(List<SessionEvent> events) {
    Map<String, Long> last = new HashMap<>();
    for (SessionEvent e : events) {
      long before = last.getOrDefault(e.sessionId(), 0L);
      assertThat(e.version()).as("%s after version %d", e, before).isGreaterThanOrEqualTo(before);
      last.put(e.sessionId(), e.version());
    }
  }

  @Nested
  @DisplayName("per session, in version order")
  class Ordering {

    private final Instant at = Instant.parse("2026-01-01T00:00:00Z");

    private SessionEvent updated(long version) {
      return new SessionEvent.Updated("s-1", version, "ann", at, Set.of("name"));
    }

    @Test
    @DisplayName("an event ahead of a gap waits for the missing versions")
    void reorders() throws Exception {
      List<SessionEvent> onB = new CopyOnWriteArrayList<>();
      InMemoryEventBus.Endpoint b = bus.endpoint();
      hubs.add(SessionHub.builder().eventTransport(b, Duration.ofSeconds(5)).cursorSecret(new byte[16])
          .listener(onB::add).build());

      for (long v : List.of(1L, 4L, 3L, 2L, 5L)) {
        b.inject(updated(v));
      }

      awaitCount(onB, 5);
      assertThat(onB).extracting(SessionEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    @DisplayName("a version that never comes delays the next ones by the window, no more")
    void gapGivenUp() throws Exception {
      bus.drop(e -> e.version() == 3);
      List<SessionEvent> onB = new CopyOnWriteArrayList<>();
      SessionHub a = hub(new CopyOnWriteArrayList<>());
      hub(onB, Duration.ofSeconds(3));

      Session s = a.create("ann", NewSession.named("lossy"));
      for (int i = 0; i < 3; i++) {
        s = a.update("ann", s.id(), s.version(), SessionPatch.empty().name("v" + i));
      }
      long published = System.nanoTime();
      await(() -> onB.size() >= 2);
      assertThat(onB).extracting(SessionEvent::version).containsExactly(1L, 2L);

      await(() -> onB.size() == 3);
      assertThat(System.nanoTime() - published).isGreaterThanOrEqualTo(Duration.ofMillis(2900).toNanos());
      assertThat(onB).extracting(SessionEvent::version).containsExactly(1L, 2L, 4L);
    }

    @Test
    @DisplayName("an event later than a version already delivered is still delivered, late, not lost")
    void late() throws Exception {
      List<SessionEvent> onB = new CopyOnWriteArrayList<>();
      InMemoryEventBus.Endpoint b = bus.endpoint();
      hubs.add(SessionHub.builder().eventTransport(b, Duration.ofMillis(50)).cursorSecret(new byte[16])
          .listener(onB::add).build());

      b.inject(updated(1));
      b.inject(updated(3));
      awaitCount(onB, 2);
      b.inject(updated(2));
      b.inject(updated(2));

      awaitCount(onB, 3);
      assertThat(onB).extracting(SessionEvent::version).containsExactly(1L, 3L, 2L);
    }
  }

  @Nested
  @DisplayName("drop the local cache's snapshot of the session")
  class Cache {

    @Test
    @DisplayName("so the other instance reads the new version at once")
    void freshAfterRemoteChange() {
      SessionHub a = hub(new CopyOnWriteArrayList<>());
      SessionHub b = hub(new CopyOnWriteArrayList<>());
      Session s = a.create("ann", NewSession.named("before"));
      assertThat(b.get("ann", s.id()).name()).isEqualTo("before");

      a.update("ann", s.id(), s.version(), SessionPatch.empty().name("after"));

      assertThat(b.get("ann", s.id()).name()).isEqualTo("after");
    }

    @Test
    @DisplayName("which without a transport would be served stale (the control)")
    void staleWithout() {
      SessionHub a = SessionHub.builder().sessionStore(store).build();
      SessionHub b = SessionHub.builder().sessionStore(store).build();
      Session s = a.create("ann", NewSession.named("before"));
      assertThat(b.get("ann", s.id()).name()).isEqualTo("before");

      a.update("ann", s.id(), s.version(), SessionPatch.empty().name("after"));

      assertThat(b.get("ann", s.id()).name()).isEqualTo("before");
    }
  }

  @Test
  @DisplayName("the transport gets the hub's instance id at start, and is stopped once on close")
  void lifecycle() throws Exception {
    InMemoryEventBus.Endpoint endpoint = bus.endpoint();
    List<SessionEvent> seen = new CopyOnWriteArrayList<>();
    SessionHub hub = SessionHub.builder().instanceId("web-1").eventTransport(endpoint).cursorSecret(new byte[16])
        .listener(seen::add).build();
    assertThat(endpoint.instanceId()).isEqualTo("web-1");
    assertThat(endpoint.starts()).isEqualTo(1);
    endpoint.inject(new SessionEvent.Archived("s-1", 1, "ann", Instant.EPOCH));
    await(() -> seen.size() == 1);
    assertThat(threadsNamed("sessionhub-remote-events-web-1")).isOne();

    hub.close();
    hub.close();
    endpoint.inject(new SessionEvent.Archived("s-1", 9, "ann", Instant.EPOCH));

    assertThat(endpoint.stops()).isEqualTo(1);
    Thread.sleep(50);
    assertThat(seen).hasSize(1);
    assertThat(threadsNamed("sessionhub-remote-events-web-1")).isZero();
  }

  static long threadsNamed(String name) {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name) && t.isAlive()).count();
  }

  @Test
  @DisplayName("events held for a gap are delivered when the hub closes")
  void heldDeliveredOnClose() {
    List<SessionEvent> seen = new CopyOnWriteArrayList<>();
    InMemoryEventBus.Endpoint endpoint = bus.endpoint();
    SessionHub hub = SessionHub.builder().eventTransport(endpoint, Duration.ofSeconds(10)).cursorSecret(new byte[16])
        .listener(seen::add).build();
    endpoint.inject(new SessionEvent.Archived("s-1", 1, "ann", Instant.EPOCH));
    endpoint.inject(new SessionEvent.Archived("s-1", 5, "ann", Instant.EPOCH));

    hub.close();

    assertThat(seen).extracting(SessionEvent::version).containsExactly(1L, 5L);
  }

  @Test
  @DisplayName("a transport that cannot start fails the build and leaves no thread behind")
  void startFails() {
    InMemoryEventBus.Endpoint endpoint = bus.endpoint();
    dev.sessionhub.spi.EventTransport broken = new dev.sessionhub.spi.EventTransport() {
      @Override
      public void start(String instanceId, java.util.function.Consumer<SessionEvent> deliver) {
        throw new IllegalStateException("broker unreachable");
      }

      @Override
      public void publish(SessionEvent event) {
        endpoint.publish(event);
      }

      @Override
      public void stop() {}
    };

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SessionHub.builder().instanceId("broken-1").eventTransport(broken).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("broker unreachable");
    assertThat(threadsNamed("sessionhub-remote-events-broken-1")).isZero();
  }

  @Test
  @DisplayName("without a transport the hub starts no thread")
  void noTransportNoThread() {
    long before = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("sessionhub-")).count();
    SessionHub hub = SessionHub.builder().instanceId("plain-1").build();
    long after = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("sessionhub-")).count();
    hub.close();

    assertThat(after).isEqualTo(before);
  }
}
