package dev.sessionhub.internal.hub;

import dev.sessionhub.SessionListener;
import dev.sessionhub.model.event.SessionEvent;
import dev.sessionhub.spi.EventPublisher;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events after a change is stored: to synchronous listeners on the writing thread, to
 * asynchronous listeners through the host's executor (one serial queue per listener, so each
 * sees events in order), and to the event publisher port. A failing listener is logged and
 * never fails the operation.
 */
public final class EventDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

  private final List<SessionListener> sync;
  private final List<SerialListener> async;
  private final EventPublisher publisher;

  /** With the listeners and publisher the builder collected. */
  public EventDispatcher(List<SessionListener> sync, List<AsyncRegistration> async, EventPublisher publisher) {
    this.sync = List.copyOf(sync);
    this.async = async.stream().map(r -> new SerialListener(r.listener(), r.executor())).toList();
    this.publisher = publisher;
  }

  /**
   * A listener to call on an executor.
   *
   * @param listener the listener
   * @param executor where to call it
   */
  public record AsyncRegistration(SessionListener listener, Executor executor) {}

  /** Delivers the events, in order. */
  public void dispatch(List<SessionEvent> events) {
    for (SessionEvent e : events) {
      for (SessionListener l : sync) {
        callSafely(l, e);
      }
      for (SerialListener l : async) {
        l.submit(e);
      }
      try {
        publisher.publish(e);
      } catch (RuntimeException ex) {
        LOG.warn("event publisher failed for {} on session {}", e.getClass().getSimpleName(), e.sessionId(), ex);
      }
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
