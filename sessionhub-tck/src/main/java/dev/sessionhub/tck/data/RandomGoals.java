package dev.sessionhub.tck.data;

import dev.sessionhub.model.Blocker;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalCategory;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Milestone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Goals, milestones and blockers that obey the session rules: parents and dependencies name
 * earlier goals only (so both are acyclic); a done goal has a completion time and only closed
 * dependencies; goals are worked on only once the session started; a milestone requires existing
 * goals and is reached exactly when all of them are done; a blocker on a done goal is resolved.
 */
final class RandomGoals {

  private static final List<GoalStatus> BEFORE_START = List.of(GoalStatus.OPEN, GoalStatus.OPEN, GoalStatus.SKIPPED);

  private final RandomData data;

  RandomGoals(RandomData data) {
    this.data = data;
  }

  List<Goal> goals(int max, RandomHistory history) {
    int n = data.count(max);
    List<Goal> goals = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      goals.add(goal(goals, history));
    }
    return goals;
  }

  private Goal goal(List<Goal> earlier, RandomHistory history) {
    GoalStatus status = history.started() ? data.pick(GoalStatus.class) : data.pick(BEFORE_START);
    @Nullable Instant completedAt = status == GoalStatus.DONE
        ? data.between(Objects.requireNonNull(history.startedAt), history.workEnd()) : null;
    List<Goal> candidates = status == GoalStatus.DONE
        ? earlier.stream().filter(g -> g.status().isClosed()).toList() : earlier;
    return new Goal(
        "g-" + data.token(8),
        earlier.isEmpty() || data.chance(0.6) ? null : data.pick(earlier).id(),
        data.nonEmptyText(Limits.NAME_MAX),
        data.text(400),
        data.pick(GoalCategory.class),
        status,
        weight(),
        data.list(data.between(0, 3), () -> data.nonEmptyText(200)),
        data.subset(candidates, 3).stream().map(Goal::id).toList(),
        data.chance(0.5) ? null : data.duration(Duration.ofDays(30)),
        completedAt);
  }

  private int weight() {
    return data.chance(0.1) ? Limits.WEIGHT_MAX : data.between(1, 10);
  }

  List<Milestone> milestones(int max, List<Goal> goals) {
    if (goals.isEmpty()) {
      return List.of();
    }
    Map<String, Goal> byId = goals.stream().collect(Collectors.toMap(Goal::id, Function.identity()));
    return data.list(data.count(max), () -> {
      List<String> required = new ArrayList<>(data.subset(goals, 3).stream().map(Goal::id).toList());
      if (required.isEmpty()) {
        required.add(data.pick(goals).id());
      }
      return new Milestone("m-" + data.token(8), data.nonEmptyText(Limits.NAME_MAX), required,
          reachedAt(required, byId));
    });
  }

  private static @Nullable Instant reachedAt(List<String> required, Map<String, Goal> byId) {
    List<Goal> goals = required.stream().map(byId::get).toList();
    if (!goals.stream().allMatch(g -> g.status() == GoalStatus.DONE)) {
      return null;
    }
    return goals.stream().map(Goal::completedAt).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
  }

  List<Blocker> blockers(int max, List<Goal> goals, List<String> editors, Instant from, Instant to) {
    return data.list(data.count(max), () -> {
      @Nullable Goal goal = goals.isEmpty() || data.chance(0.4) ? null : data.pick(goals);
      Instant raisedAt = data.between(from, to);
      Blocker open = new Blocker("b-" + data.token(8), goal == null ? null : goal.id(),
          data.nonEmptyText(Limits.NOTE_MAX), data.pick(editors), raisedAt, null, null, null);
      boolean mustResolve = goal != null && goal.status() == GoalStatus.DONE;
      return mustResolve || data.chance(0.5)
          ? open.resolve(data.pick(editors), data.between(raisedAt, to), data.text(Limits.NOTE_MAX))
          : open;
    });
  }
}
