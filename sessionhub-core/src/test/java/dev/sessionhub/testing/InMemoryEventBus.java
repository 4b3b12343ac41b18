package dev.sessionhub.testing;

import dev.sessionhub.model.event.SessionEvent;
import dev.sessionhub.spi.EventTransport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Connects hubs in one JVM the way a message broker would: every published event becomes a
 * message tagged with its publisher's instance id, and is delivered to every started endpoint,
 * synchronously on the publishing thread. Test switches make it misbehave like real transports
 * do: {@link #echoToSender} (an endpoint that does not drop its own instance's messages),
 * {@link #drop} (messages lost), {@link #duplicate} (messages delivered twice).
 */
public final class InMemoryEventBus {

  private final List<Endpoint> endpoints = new CopyOnWriteArrayList<>();
  private volatile boolean echoToSender;
  private volatile boolean duplicate;
  private volatile Predicate<SessionEvent> drop = e -> false;

  /** A new endpoint, for one hub. */
  public Endpoint endpoint() {
    return new Endpoint();
  }

  /** Deliver each message to its sender too, as a transport without the instance-id check would. */
  public InMemoryEventBus echoToSender(boolean echo) {
    this.echoToSender = echo;
    return this;
  }

  /** Deliver every message twice. */
  public InMemoryEventBus duplicate(boolean twice) {
    this.duplicate = twice;
    return this;
  }

  /** Lose the messages that match. */
  public InMemoryEventBus drop(Predicate<SessionEvent> lost) {
    this.drop = Objects.requireNonNull(lost, "lost");
    return this;
  }

  private void send(String origin, SessionEvent event) {
    if (drop.test(event)) {
      return;
    }
    for (Endpoint to : endpoints) {
      to.receive(origin, event);
      if (duplicate) {
        to.receive(origin, event);
      }
    }
  }

  /** One hub's side of the bus. */
  public final class Endpoint implements EventTransport {

    private volatile @Nullable String instanceId;
    private volatile @Nullable Consumer<SessionEvent> deliver;
    private volatile int starts;
    private volatile int stops;

    @Override
    public void start(String instanceId, Consumer<SessionEvent> deliver) {
      this.instanceId = instanceId;
      this.deliver = deliver;
      starts++;
      endpoints.add(this);
    }

    @Override
    public void publish(SessionEvent event) {
      String origin = instanceId;
      if (origin != null && stops == 0) {
        send(origin, event);
      }
    }

    @Override
    public void stop() {
      stops++;
      endpoints.remove(this);
    }

    void receive(String origin, SessionEvent event) {
      Consumer<SessionEvent> to = deliver;
      if (to != null && (echoToSender || !origin.equals(instanceId))) {
        to.accept(event);
      }
    }

    /** The id the hub gave at start, or null before. */
    public @Nullable String instanceId() {
      return instanceId;
    }

    /** How often the hub started this endpoint. */
    public int starts() {
      return starts;
    }

    /** How often the hub stopped this endpoint. */
    public int stops() {
      return stops;
    }

    /** Hands an event to the hub as if it came from another instance, bypassing the bus. */
    public void inject(SessionEvent event) {
      Consumer<SessionEvent> to = Objects.requireNonNull(deliver, "not started");
      to.accept(event);
    }
  }
}
