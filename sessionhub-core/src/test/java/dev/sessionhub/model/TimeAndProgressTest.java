package dev.sessionhub.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Formulas")
class TimeAndProgressTest {

  private static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");

  private static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  private static StatusChange change(SessionStatus from, SessionStatus to, LifecycleAction a, int minute) {
    return new StatusChange(from, to, a, "ann", at(minute));
  }

  @Nested
  @DisplayName("actual duration")
  class ActualDuration {

    @Test
    @DisplayName("counts only ACTIVE stretches across pauses, and a running stretch up to now")
    void acrossPauses() {
      List<StatusChange> h = List.of(
          change(SessionStatus.DRAFT, SessionStatus.ACTIVE, LifecycleAction.START, 0),
          change(SessionStatus.ACTIVE, SessionStatus.PAUSED, LifecycleAction.PAUSE, 25),
          change(SessionStatus.PAUSED, SessionStatus.ACTIVE, LifecycleAction.RESUME, 40));
      assertThat(ActiveTime.of(h, SessionStatus.ACTIVE, at(50))).isEqualTo(Duration.ofMinutes(35));
    }

    @Test
    @DisplayName("stops at completion and resumes counting after reopening")
    void completeAndReopen() {
      List<StatusChange> h = List.of(
          change(SessionStatus.DRAFT, SessionStatus.ACTIVE, LifecycleAction.START, 0),
          change(SessionStatus.ACTIVE, SessionStatus.COMPLETED, LifecycleAction.COMPLETE, 30),
          change(SessionStatus.COMPLETED, SessionStatus.ACTIVE, LifecycleAction.REOPEN, 100),
          change(SessionStatus.ACTIVE, SessionStatus.ARCHIVED, LifecycleAction.ARCHIVE, 110));
      assertThat(ActiveTime.of(h, SessionStatus.ARCHIVED, at(500))).isEqualTo(Duration.ofMinutes(40));
    }

    @Test
    @DisplayName("is zero for a draft and for a paused session's paused time")
    void zero() {
      assertThat(ActiveTime.of(List.of(), SessionStatus.DRAFT, at(10))).isZero();
      List<StatusChange> h = List.of(
          change(SessionStatus.DRAFT, SessionStatus.ACTIVE, LifecycleAction.START, 0),
          change(SessionStatus.ACTIVE, SessionStatus.PAUSED, LifecycleAction.PAUSE, 10));
      assertThat(ActiveTime.of(h, SessionStatus.PAUSED, at(1000))).isEqualTo(Duration.ofMinutes(10));
    }
  }

  @Nested
  @DisplayName("progress")
  class ProgressPercent {

    private Goal goal(String id, @Nullable String parent, GoalStatus status, int weight) {
      return new Goal(id, parent, id, "", GoalCategory.OTHER, status, weight, List.of(), List.of(), null, null);
    }

    @Test
    @DisplayName("is the weighted share of done goals")
    void weighted() {
      assertThat(Progress.percent(List.of(goal("a", null, GoalStatus.DONE, 3), goal("b", null, GoalStatus.OPEN, 1))))
          .isCloseTo(75.0, within(1e-9));
    }

    @Test
    @DisplayName("leaves skipped goals out of the denominator, and is 0 when every goal is skipped or none exists")
    void skipped() {
      assertThat(Progress.percent(List.of(goal("a", null, GoalStatus.DONE, 1),
          goal("b", null, GoalStatus.SKIPPED, 5), goal("c", null, GoalStatus.IN_PROGRESS, 1)))).isCloseTo(50.0, within(1e-9));
      assertThat(Progress.percent(List.of(goal("a", null, GoalStatus.SKIPPED, 1)))).isZero();
      assertThat(Progress.percent(List.of())).isZero();
    }

    @Test
    @DisplayName("rolls sub-goals up into their parent's share")
    void rollUp() {
      List<Goal> goals = List.of(
          goal("parent", null, GoalStatus.IN_PROGRESS, 2),
          goal("p1", "parent", GoalStatus.DONE, 1),
          goal("p2", "parent", GoalStatus.OPEN, 1),
          goal("p3", "parent", GoalStatus.SKIPPED, 1),
          goal("other", null, GoalStatus.DONE, 2));
      // parent counts 1/2 (p3 skipped): (2 * 0.5 + 2 * 1) / 4 = 75%
      assertThat(Progress.percent(goals)).isCloseTo(75.0, within(1e-9));
    }

    @Test
    @DisplayName("rolls up through several levels")
    void deep() {
      List<Goal> goals = List.of(
          goal("a", null, GoalStatus.OPEN, 1),
          goal("b", "a", GoalStatus.OPEN, 1),
          goal("c", "b", GoalStatus.DONE, 1),
          goal("d", "b", GoalStatus.OPEN, 3));
      assertThat(Progress.percent(goals)).isCloseTo(25.0, within(1e-9));
    }
  }
}
