package dev.sessionhub.internal.hub;

import dev.sessionhub.SessionListener;
import dev.sessionhub.model.event.SessionEvent;
import dev.sessionhub.spi.EventPublisher;
import dev.sessionhub.spi.EventTransport;
import dev.sessionhub.spi.SessionCache;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events after a change is stored: to synchronous listeners on the writing thread, to
 * asynchronous listeners through the host's executor (one serial queue per listener, so each
 * sees events in order), and to the event publishers. A failing listener is logged and never
 * fails the operation. With an {@link EventTransport}, events from other instances reach the
 * same listeners (never the publishers) through {@link RemoteEvents}.
 */
public final class EventDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

  private final List<SessionListener> sync;
  private final List<SerialListener> async;
  private final List<EventPublisher> publishers;
  private final @Nullable RemoteEvents remote;

  /**
   * With the listeners, publishers and transport the builder collected.
   *
   * @param sync listeners called on the delivering thread
   * @param async listeners called on their executors
   * @param publishers where this instance's events go beyond it (a transport included)
   * @param inbound where other instances' events come from, or {@code null}
   */
  public EventDispatcher(List<SessionListener> sync, List<AsyncRegistration> async, List<EventPublisher> publishers,
      @Nullable Inbound inbound) {
    this.sync = List.copyOf(sync);
    this.async = async.stream().map(r -> new SerialListener(r.listener(), r.executor())).toList();
    this.publishers = List.copyOf(publishers);
    this.remote = inbound == null ? null
        : new RemoteEvents(inbound.transport(), inbound.instanceId(), inbound.cache(), this::deliverLocally,
            inbound.reorderWindow());
  }

  /**
   * The inbound side of a transport.
   *
   * @param transport the transport
   * @param instanceId this hub's instance id
   * @param cache the cache to drop superseded snapshots from
   * @param reorderWindow how long an event ahead of a gap in its session's versions is held
   */
  public record Inbound(EventTransport transport, String instanceId, SessionCache cache, Duration reorderWindow) {}

  /** Starts receiving from the transport, if there is one; a failure to start is rethrown. */
  public void start() {
    if (remote != null) {
      remote.start();
    }
  }

  /** Stops the transport and the remote-event thread, if any. Idempotent. */
  public void stop() {
    if (remote != null) {
      remote.stop();
    }
  }

  /**
   * A listener to call on an executor.
   *
   * @param listener the listener
   * @param executor where to call it
   */
  public record AsyncRegistration(SessionListener listener, Executor executor) {}

  /** Delivers this instance's events, in order, to the listeners and the publishers. */
  public void dispatch(List<SessionEvent> events) {
    if (remote != null) {
      remote.recordLocal(events);
    }
    for (SessionEvent e : events) {
      deliverLocally(e);
      for (EventPublisher p : publishers) {
        publishSafely(p, e);
      }
    }
  }

  private void deliverLocally(SessionEvent e) {
    for (SessionListener l : sync) {
      callSafely(l, e);
    }
    for (SerialListener l : async) {
      l.submit(e);
    }
  }

  private static void publishSafely(EventPublisher p, SessionEvent e) {
    try {
      p.publish(e);
    } catch (RuntimeException ex) {
      LOG.warn("event publisher {} failed for {} on session {}", p, e.getClass().getSimpleName(), e.sessionId(), ex);
    }
  }

  static void callSafely(SessionListener l, SessionEvent e) {
    try {
      l.onEvent(e);
    } catch (RuntimeException ex) {
      LOG.warn("session listener {} failed for {} on session {}", l, e.getClass().getSimpleName(), e.sessionId(), ex);
    }
  }

  /** Runs one listener's events one at a time, in submission order, on the host's executor. */
  private static final class SerialListener {
    private final SessionListener listener;
    private final Executor executor;
    private final Queue<SessionEvent> queue = new ArrayDeque<>();
    private boolean running;

    SerialListener(SessionListener listener, Executor executor) {
      this.listener = listener;
      this.executor = executor;
    }

    void submit(SessionEvent e) {
      synchronized (queue) {
        queue.add(e);
        if (running) {
          return;
        }
        running = true;
      }
      try {
        executor.execute(this::drain);
      } catch (RuntimeException ex) {
        synchronized (queue) {
          running = false;
          queue.clear();
        }
        LOG.warn("executor rejected events for listener {}", listener, ex);
      }
    }

    private void drain() {
      while (true) {
        SessionEvent next;
        synchronized (queue) {
          next = queue.poll();
          if (next == null) {
            running = false;
            return;
          }
        }
        callSafely(listener, next);
      }
    }
  }
}
