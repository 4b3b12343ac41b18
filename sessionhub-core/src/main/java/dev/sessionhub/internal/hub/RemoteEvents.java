package dev.sessionhub.internal.hub;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.sessionhub.model.event.SessionEvent;
import dev.sessionhub.spi.EventTransport;
import dev.sessionhub.spi.SessionCache;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbound side of an {@link EventTransport}: takes the other instances' events, drops this
 * instance's cached snapshot of the session at once, and delivers each event to the local
 * listeners once, per session in version order, on one thread of its own.
 *
 * <p>Per session it knows the highest version delivered here and the recent events
 * ({@link SessionOrder}); local events are recorded as they are dispatched, so an echo of one is
 * recognised. A remote event at most one version above the highest delivered (or of a session
 * not seen yet, or below it: late) is delivered at once; one further ahead is held until the
 * versions between arrive, or {@code window} has passed, then delivered in order.
 *
 * <p>Only the event thread delivers and touches {@link #held}; writing threads only record and
 * ask that thread to release what their versions unblocked.
 */
final class RemoteEvents {

  private static final Logger LOG = LoggerFactory.getLogger(RemoteEvents.class);

  private final EventTransport transport;
  private final String instanceId;
  private final SessionCache cache;
  private final Consumer<SessionEvent> listeners;
  private final Duration window;
  private final Cache<String, SessionOrder> orders = Caffeine.newBuilder().maximumSize(10_000)
      .expireAfterAccess(Duration.ofMinutes(10)).executor(Runnable::run).build();
  private final Map<String, TreeMap<Long, List<SessionEvent>>> held = new ConcurrentHashMap<>();
  private final ScheduledThreadPoolExecutor thread;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private volatile @Nullable Thread eventThread;

  RemoteEvents(EventTransport transport, String instanceId, SessionCache cache, Consumer<SessionEvent> listeners,
      Duration window) {
    this.transport = transport;
    this.instanceId = instanceId;
    this.cache = cache;
    this.listeners = listeners;
    this.window = window;
    this.thread = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "sessionhub-remote-events-" + instanceId);
      t.setDaemon(true);
      eventThread = t;
      return t;
    });
    thread.setRemoveOnCancelPolicy(true);
    thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /** Starts the transport; if it fails, stops the thread and rethrows. */
  void start() {
    try {
      transport.start(instanceId, this::receive);
    } catch (RuntimeException e) {
      stopped.set(true);
      thread.shutdownNow();
      throw e;
    }
  }

  /** Called by the transport, on its thread: invalidate now, deliver on the event thread. */
  private void receive(@Nullable SessionEvent e) {
    if (e == null) {
      LOG.warn("event transport {} delivered null; ignored", transport);
      return;
    }
    try {
      cache.invalidateOlderThan(e.sessionId(), e.version());
    } catch (RuntimeException ex) {
      LOG.warn("cache failed to drop session {} below version {}", e.sessionId(), e.version(), ex);
    }
    run(() -> onRemote(e));
  }

  /** Records this instance's own events, before they are delivered and published. */
  void recordLocal(List<SessionEvent> events) {
    for (SessionEvent e : events) {
      order(e.sessionId()).record(e);
      if (held.containsKey(e.sessionId())) {
        run(() -> release(e.sessionId()));
      }
    }
  }

  private SessionOrder order(String sessionId) {
    return orders.get(sessionId, id -> new SessionOrder());
  }

  private void run(Runnable task) {
    try {
      thread.execute(task);
    } catch (RejectedExecutionException closed) {
      LOG.debug("hub closed; remote event task dropped");
    }
  }

  private void onRemote(SessionEvent e) {
    SessionOrder order = order(e.sessionId());
    TreeMap<Long, List<SessionEvent>> waiting = held.get(e.sessionId());
    if (order.seen(e) || waiting != null && waiting.getOrDefault(e.version(), List.of()).contains(e)) {
      return;
    }
    long last = order.delivered();
    if (last == 0 || e.version() <= last + 1) {
      deliver(order, e);
      release(e.sessionId());
    } else {
      hold(e);
    }
  }

  private void hold(SessionEvent e) {
    TreeMap<Long, List<SessionEvent>> waiting = held.get(e.sessionId());
    if (waiting == null) {
      TreeMap<Long, List<SessionEvent>> fresh = new TreeMap<>();
      held.put(e.sessionId(), fresh);
      try {
        thread.schedule(() -> flush(e.sessionId(), fresh), window.toNanos(), TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException closing) {
        // stop() has queued the final flush, which runs after this task and delivers it
      }
      waiting = fresh;
    }
    waiting.computeIfAbsent(e.version(), v -> new ArrayList<>(2)).add(e);
  }

  /** Delivers the held events that are next in line now. */
  private void release(String sessionId) {
    TreeMap<Long, List<SessionEvent>> waiting = held.get(sessionId);
    if (waiting == null) {
      return;
    }
    SessionOrder order = order(sessionId);
    while (!waiting.isEmpty() && waiting.firstKey() <= order.delivered() + 1) {
      deliverNew(order, waiting.pollFirstEntry().getValue());
    }
    if (waiting.isEmpty()) {
      held.remove(sessionId, waiting);
    }
  }

  /** The window has passed: delivers everything held for the session, giving up on the gaps. */
  private void flush(String sessionId, TreeMap<Long, List<SessionEvent>> waiting) {
    if (held.remove(sessionId, waiting)) {
      SessionOrder order = order(sessionId);
      while (!waiting.isEmpty()) {
        deliverNew(order, waiting.pollFirstEntry().getValue());
      }
    }
  }

  private void deliverNew(SessionOrder order, List<SessionEvent> events) {
    for (SessionEvent e : events) {
      if (!order.seen(e)) {
        deliver(order, e);
      }
    }
  }

  private void deliver(SessionOrder order, SessionEvent e) {
    order.record(e);
    listeners.accept(e);
  }

  /**
   * Stops the transport, delivers what is held, and stops the thread (waiting up to 5 s for the
   * queued deliveries, unless called from a listener on that thread). Idempotent.
   */
  void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    try {
      transport.stop();
    } catch (RuntimeException e) {
      LOG.warn("event transport {} failed to stop", transport, e);
    }
    run(() -> held.forEach(this::flush));
    thread.shutdown();
    if (Thread.currentThread() == eventThread) {
      return;
    }
    try {
      if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("remote events still being delivered after 5 s; stopping their thread");
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
