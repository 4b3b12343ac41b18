package dev.sessionhub.tck;

import dev.sessionhub.model.event.SessionEvent;
import dev.sessionhub.spi.EventTransport;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A broker in memory for the event transport contract's own tests: a correct transport, and the
 * broken ones the contract must catch. Deliveries run on one thread of the broker's.
 */
final class InMemoryBroker {

  private final Map<String, Consumer<SessionEvent>> subscribers = new ConcurrentHashMap<>();
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "in-memory-broker");
    t.setDaemon(true);
    return t;
  });

  /** A correct transport. */
  EventTransport transport() {
    return new Transport(false, e -> e, Integer.MAX_VALUE);
  }

  /** Hands an instance its own events too. */
  EventTransport echoing() {
    return new Transport(true, e -> e, Integer.MAX_VALUE);
  }

  /** Hands over a copy that is not equal (the actor dropped). */
  EventTransport lossyCopy() {
    return new Transport(false, e -> new SessionEvent.Archived(e.sessionId(), e.version(), "?", e.at()), Integer.MAX_VALUE);
  }

  /** Loses every 100th event. */
  EventTransport dropping() {
    return new Transport(false, e -> e, 100);
  }

  private final class Transport implements EventTransport {
    private final boolean echo;
    private final UnaryOperator<SessionEvent> copy;
    private final int dropEvery;
    private final AtomicInteger published = new AtomicInteger();
    private volatile String self = "";

    Transport(boolean echo, UnaryOperator<SessionEvent> copy, int dropEvery) {
      this.echo = echo;
      this.copy = copy;
      this.dropEvery = dropEvery;
    }

    @Override
    public void start(String instanceId, Consumer<SessionEvent> deliver) {
      self = instanceId;
      subscribers.put(instanceId, deliver);
    }

    @Override
    public void publish(SessionEvent event) {
      if (published.incrementAndGet() % dropEvery == 0) {
        return;
      }
      String from = self;
      thread.execute(() -> subscribers.forEach((id, deliver) -> {
        if (echo || !id.equals(from)) {
          deliver.accept(copy.apply(event));
        }
      }));
    }

    @Override
    public void stop() {
      subscribers.remove(self);
    }
  }
}
