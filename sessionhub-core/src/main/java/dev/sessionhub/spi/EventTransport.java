package dev.sessionhub.spi;

import dev.sessionhub.model.event.SessionEvent;
import java.util.function.Consumer;

/**
 * Port: carries session events between the instances that share a store, both ways. Outbound,
 * it is an {@link EventPublisher}: the hub hands it each of this instance's events after the
 * change is stored. Inbound, it hands the events of the other instances to the hub, which
 * delivers them to this instance's listeners and drops this instance's cached snapshot of the
 * session (see {@link SessionCache#invalidateOlderThan}). It is not called for events that
 * arrived from another instance, so an event is never sent on again.
 *
 * <p>Lifecycle: {@link #start} is called once, by {@code SessionHubBuilder.build()}, before any
 * event is published; {@link #stop} once, by {@code SessionHub.close()}. The connection the
 * transport uses (a Redis pool, say) is the host's: {@code stop} stops using it.
 *
 * <p>What a transport must do:
 * <ul>
 *   <li>Send each published event tagged with the {@code instanceId} given to {@code start}, and
 *       never hand an event tagged with that id back: an instance's own events reach its
 *       listeners once, locally.
 *   <li>Hand over an event equal (by {@code equals}) to the one published; the hub recognises a
 *       duplicate by equality.
 *   <li>Call {@code deliver} from any thread it likes; it only queues, returns at once and does
 *       not throw. It must not block on the hub.
 * </ul>
 *
 * <p>What the hub guarantees on its side: an event delivered twice (a transport that
 * redelivers, or one that echoes this instance's events despite the rule above) reaches the
 * listeners once, as long as it repeats one of the session's last 16 versions seen here and the
 * session had an event here within the last 10 minutes (the hub tracks up to 10,000 sessions). Per
 * session, events reach the listeners in version order: an event that arrives ahead of a gap in
 * the versions is held for the missing ones up to a window (200 ms unless the builder is told
 * otherwise; a version that produced no event, or was lost, costs that delay); an event that arrives after this instance already delivered a
 * later version of its session (two instances wrote it within the transport's latency) is still
 * delivered, late, rather than lost. Listeners that apply events as state changes should ignore
 * an event whose version is below one they have applied. Remote events are delivered on one
 * thread the hub owns, so synchronous listeners see them there, one at a time; that thread
 * starts with the first remote event and ends when the hub is closed. Events handed to
 * {@code deliver} after the hub is closed are dropped. The queue to that thread is unbounded:
 * listeners must keep up with the rate of changes across all instances.
 */
public interface EventTransport extends EventPublisher {

  /**
   * Starts receiving the other instances' events.
   *
   * @param instanceId this hub's id, unique among the instances: tag published events with it
   *     and drop received events that carry it
   * @param deliver where to hand each event from another instance; thread-safe and non-blocking
   * @throws RuntimeException if the transport cannot start; the hub is then not built
   */
  void start(String instanceId, Consumer<SessionEvent> deliver);

  /**
   * Stops receiving; called once, when the hub is closed. Operations still running may publish
   * afterwards: drop those events (or send them, if the transport still can). Must not throw.
   */
  void stop();
}
