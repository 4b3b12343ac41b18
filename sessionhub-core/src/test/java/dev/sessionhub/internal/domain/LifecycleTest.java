package dev.sessionhub.internal.domain;

import static dev.sessionhub.model.LifecycleAction.ARCHIVE;
import static dev.sessionhub.model.LifecycleAction.COMPLETE;
import static dev.sessionhub.model.LifecycleAction.PAUSE;
import static dev.sessionhub.model.LifecycleAction.REOPEN;
import static dev.sessionhub.model.LifecycleAction.RESUME;
import static dev.sessionhub.model.LifecycleAction.START;
import static dev.sessionhub.model.SessionStatus.ACTIVE;
import static dev.sessionhub.model.SessionStatus.ARCHIVED;
import static dev.sessionhub.model.SessionStatus.COMPLETED;
import static dev.sessionhub.model.SessionStatus.DRAFT;
import static dev.sessionhub.model.SessionStatus.PAUSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.IllegalTransitionException;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionStatus;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The lifecycle state machine")
class LifecycleTest {

  private static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);

  /** The specification, written out independently of the table in Lifecycle. */
  private static final Map<SessionStatus, Map<LifecycleAction, SessionStatus>> EXPECTED = new EnumMap<>(Map.of(
      DRAFT, Map.of(START, ACTIVE, ARCHIVE, ARCHIVED),
      ACTIVE, Map.of(PAUSE, PAUSED, COMPLETE, COMPLETED, ARCHIVE, ARCHIVED),
      PAUSED, Map.of(RESUME, ACTIVE, COMPLETE, COMPLETED, ARCHIVE, ARCHIVED),
      COMPLETED, Map.of(REOPEN, ACTIVE, ARCHIVE, ARCHIVED),
      ARCHIVED, Map.of()));

  static Stream<Arguments> everyCell() {
    return Stream.of(SessionStatus.values())
        .flatMap(from -> Stream.of(LifecycleAction.values()).map(action -> Arguments.of(from, action)));
  }

  private static Session in(SessionStatus status) {
    return Session.builder().id("s1").version(3).name("n").status(status).createdAt(T0).updatedAt(T0)
        .collaborators(List.of(new Collaborator("ann", Role.OWNER, T0))).build();
  }

  @ParameterizedTest(name = "{0} + {1}")
  @MethodSource("everyCell")
  @DisplayName("every (state, action) cell is legal exactly when the specification says so")
  void everyCell(SessionStatus from, LifecycleAction action) {
    SessionStatus expected = EXPECTED.get(from).get(action);
    if (expected == null) {
      assertThatThrownBy(() -> Lifecycle.apply(in(from), action, "bob", T1))
          .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
            assertThat(e.sessionId()).isEqualTo("s1");
            assertThat(e.from()).isEqualTo(from);
            assertThat(e.action()).isEqualTo(action);
            assertThat(e).hasMessageContaining("s1").hasMessageContaining(from.name()).hasMessageContaining(action.name());
          });
      assertThat(Lifecycle.target(from, action)).isEmpty();
    } else {
      Session after = Lifecycle.apply(in(from), action, "bob", T1);
      assertThat(after.status()).isEqualTo(expected);
      assertThat(after.history()).last().satisfies(c -> {
        assertThat(c.from()).isEqualTo(from);
        assertThat(c.to()).isEqualTo(expected);
        assertThat(c.action()).isEqualTo(action);
        assertThat(c.actor()).isEqualTo("bob");
        assertThat(c.at()).isEqualTo(T1);
      });
    }
  }

  @Test
  @DisplayName("start records the first start time only; complete and reopen set and clear the completion time")
  void times() {
    Session started = Lifecycle.apply(in(DRAFT), START, "ann", T0);
    assertThat(started.startedAt()).contains(T0);
    Session completed = Lifecycle.apply(started, COMPLETE, "ann", T1);
    assertThat(completed.completedAt()).contains(T1);
    Session reopened = Lifecycle.apply(completed, REOPEN, "ann", T1.plusSeconds(5));
    assertThat(reopened.completedAt()).isEmpty();
    assertThat(reopened.startedAt()).contains(T0);
    Session archived = Lifecycle.apply(reopened, ARCHIVE, "ann", T1.plusSeconds(9));
    assertThat(archived.archivedAt()).contains(T1.plusSeconds(9));
    assertThat(archived.history()).hasSize(4);
  }
}
