package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.TemplateRef;
import dev.sessionhub.model.event.SessionEvent;
import dev.sessionhub.spi.EventTransport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link EventTransport} passes: the rules of its javadoc as tests. Extend it
 * in your transport's tests:
 *
 * <pre>
 * class MyTransportTest extends EventTransportContract {
 *   &#64;Override protected EventTransport createTransport() { return new MyTransport(sharedBackend); }
 * }
 * </pre>
 *
 * <p>{@link #createTransport()} is called several times in a test, once per simulated instance;
 * every transport it returns in a test must reach the others (the same broker, the same channel or
 * stream). The contract starts them with distinct instance ids and stops them all after the test.
 * Events carry session ids unique to the test, so a backend shared with other tests does no harm.
 * It checks that an event published on one instance reaches every other instance, equal to what
 * was published, for every event type; that an instance never gets its own events back; that
 * none of 500 events is lost; that {@code deliver} is never called with a null; and that publish
 * and stop never throw, also after stop.
 */
public abstract class EventTransportContract {

  private final List<EventTransport> started = new ArrayList<>();

  /** For subclasses. */
  protected EventTransportContract() {}

  /** A new transport, not started, on the backend every transport of this test shares. */
  protected abstract EventTransport createTransport();

  /** How long an event may take to arrive before the test fails (default 10 s). */
  protected Duration deliveryTimeout() {
    return Duration.ofSeconds(10);
  }

  /** How long a test waits to be sure something does NOT arrive (default 500 ms). */
  protected Duration quietPeriod() {
    return Duration.ofMillis(500);
  }

  @AfterEach
  void stopAll() {
    started.forEach(EventTransport::stop);
    started.clear();
  }

  /** One simulated instance: a started transport and what it was handed. */
  private final class Instance {
    final String id;
    final EventTransport transport;
    final List<SessionEvent> received = new CopyOnWriteArrayList<>();
    final List<String> nulls = new CopyOnWriteArrayList<>();

    Instance(String id) {
      this.id = id;
      this.transport = Objects.requireNonNull(createTransport(), "createTransport() returned null");
      transport.start(id, e -> {
        if (e == null) {
          nulls.add("null");
        } else {
          received.add(e);
        }
      });
      started.add(transport);
    }

    List<SessionEvent> of(String sessionId) {
      return received.stream().filter(e -> e.sessionId().equals(sessionId)).toList();
    }
  }

  private Instance instance(String name) {
    return new Instance(unique(name).replace('-', '.'));
  }

  /** Polls until {@code done} holds or the delivery timeout passes; true if it held. */
  private boolean eventually(Predicate<Void> done, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (done.test(null)) {
        return true;
      }
      pause(10);
    }
    return done.test(null);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static final Instant AT = Instant.parse("2026-11-30T03:20:00.123456789Z");

  /** One event of every type, for session {@code id}, versions 1 to 14. */
  static List<SessionEvent> everyType(String id) {
    return List.of(
        new SessionEvent.Created(id, 1, "ann", AT, "Plan", new TemplateRef("t1", 3)),
        new SessionEvent.Updated(id, 2, "ann", AT, Set.of("name", "goals")),
        new SessionEvent.StatusChanged(id, 3, "bob", AT, SessionStatus.DRAFT, SessionStatus.ACTIVE, LifecycleAction.START),
        new SessionEvent.GoalCompleted(id, 4, "bob", AT, "g1"),
        new SessionEvent.MilestoneReached(id, 5, "bob", AT, "m1"),
        new SessionEvent.BlockerRaised(id, 6, "bob", AT, "b1", null),
        new SessionEvent.BlockerResolved(id, 7, "bob", AT, "b1"),
        new SessionEvent.CommentAdded(id, 8, "cid", AT, "c1", null),
        new SessionEvent.UserMentioned(id, 9, "cid", AT, "c1", "ann"),
        new SessionEvent.CollaboratorAdded(id, 10, "ann", AT, "dan", Role.VIEWER),
        new SessionEvent.CollaboratorRemoved(id, 11, "ann", AT, "dan"),
        new SessionEvent.RoleChanged(id, 12, "ann", AT, "bob", Role.COLLABORATOR, Role.OWNER),
        new SessionEvent.AttachmentAdded(id, 13, "bob", AT, "a1", "notes.txt", 2),
        new SessionEvent.Archived(id, 14, "bob", AT));
  }

  @Nested
  @DisplayName("delivery")
  class Delivery {

    @Test
    @DisplayName("hands another instance every event type published on one, equal to what was published")
    void everyTypeArrivesEqual() {
      Instance a = instance("a");
      Instance b = instance("b");
      String id = unique("events");
      List<SessionEvent> events = everyType(id);

      events.forEach(a.transport::publish);

      assertThat(eventually(x -> Set.copyOf(b.of(id)).size() == events.size(), deliveryTimeout()))
          .as("all %d events reached the other instance; got %s", events.size(), b.of(id)).isTrue();
      assertThat(Set.copyOf(b.of(id))).isEqualTo(Set.copyOf(events));
      assertThat(b.nulls).isEmpty();
    }

    @Test
    @DisplayName("never hands an instance its own events")
    void notOwn() {
      Instance a = instance("a");
      Instance b = instance("b");
      String id = unique("events");

      a.transport.publish(new SessionEvent.Archived(id, 1, "ann", AT));
      assertThat(eventually(x -> !b.of(id).isEmpty(), deliveryTimeout())).as("the other instance got it").isTrue();
      pause(quietPeriod().toMillis());

      assertThat(a.of(id)).isEmpty();
    }

    @Test
    @DisplayName("with three instances, hands each the two others' events and none of its own")
    void threeInstances() {
      List<Instance> all = List.of(instance("a"), instance("b"), instance("c"));
      String id = unique("events");
      for (int i = 0; i < all.size(); i++) {
        all.get(i).transport.publish(new SessionEvent.GoalCompleted(id, i + 1, all.get(i).id, AT, "g" + i));
      }

      for (Instance each : all) {
        assertThat(eventually(x -> Set.copyOf(each.of(id)).size() == 2, deliveryTimeout()))
            .as("%s got the two others' events: %s", each.id, each.of(id)).isTrue();
      }
      pause(quietPeriod().toMillis());
      for (Instance each : all) {
        assertThat(each.of(id)).extracting(SessionEvent::actor).doesNotContain(each.id).hasSize(2);
      }
    }

    @Test
    @DisplayName("loses none of 500 events published in a burst from one thread")
    void burst() {
      Instance a = instance("a");
      Instance b = instance("b");
      String id = unique("events");
      List<SessionEvent> events = new ArrayList<>();
      for (int v = 1; v <= 500; v++) {
        events.add(new SessionEvent.CommentAdded(id, v, "ann", AT, "c" + v, null));
      }

      events.forEach(a.transport::publish);

      assertThat(eventually(x -> Set.copyOf(b.of(id)).size() == 500, deliveryTimeout()))
          .as("got %d distinct of 500", Set.copyOf(b.of(id)).size()).isTrue();
      assertThat(Set.copyOf(b.of(id))).isEqualTo(Set.copyOf(events));
    }
  }

  @Nested
  @DisplayName("lifecycle")
  class Lifecycle {

    @Test
    @DisplayName("stop does not throw, publish after stop does not throw, and a stopped instance gets nothing more")
    void afterStop() {
      Instance a = instance("a");
      Instance b = instance("b");
      String id = unique("events");
      a.transport.publish(new SessionEvent.Archived(id, 1, "ann", AT));
      assertThat(eventually(x -> !b.of(id).isEmpty(), deliveryTimeout())).isTrue();

      assertThatCode(b.transport::stop).doesNotThrowAnyException();
      int before = b.of(id).size();
      assertThatCode(() -> b.transport.publish(new SessionEvent.Archived(id, 2, "bob", AT))).doesNotThrowAnyException();
      a.transport.publish(new SessionEvent.Archived(id, 3, "ann", AT));
      pause(quietPeriod().toMillis());

      assertThat(b.of(id)).hasSize(before);
    }

    @Test
    @DisplayName("publish returns without waiting for a receiver: 200 events with no other instance started")
    void publishAlone() {
      Instance a = instance("a");
      String id = unique("events");
      assertThatCode(() -> {
        for (int v = 1; v <= 200; v++) {
          a.transport.publish(new SessionEvent.Archived(id, v, "ann", AT));
        }
      }).doesNotThrowAnyException();
      assertThat(a.of(id)).isEmpty();
    }
  }
}
