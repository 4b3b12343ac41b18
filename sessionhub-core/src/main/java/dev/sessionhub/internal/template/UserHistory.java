package dev.sessionhub.internal.template;

import dev.sessionhub.model.Difficulty;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What a user's sessions say about their use of templates: usage, completions and difficulty. */
final class UserHistory {

  private final Map<String, List<Session>> byTemplate = new HashMap<>();
  private final int mostUses;
  private final @Nullable Difficulty typicalDifficulty;

  private UserHistory(List<Session> sessions) {
    for (Session s : sessions) {
      s.template().ifPresent(ref -> byTemplate.computeIfAbsent(ref.templateId(), k -> new ArrayList<>()).add(s));
    }
    this.mostUses = byTemplate.values().stream().mapToInt(List::size).max().orElse(0);
    this.typicalDifficulty = mostFrequentDifficulty(sessions);
  }

  /** The history of {@code userId}: the sessions they are a member of. */
  static UserHistory of(List<Session> sessions, String userId) {
    return new UserHistory(sessions.stream().filter(s -> s.roleOf(userId).isPresent()).toList());
  }

  /** How many sessions came from the template, any version. */
  int uses(String templateId) {
    return sessionsOf(templateId).size();
  }

  /** The most sessions that came from any one template. */
  int mostUses() {
    return mostUses;
  }

  /** How many sessions from the template are completed, or were archived after completion. */
  int completions(String templateId) {
    return (int) sessionsOf(templateId).stream().filter(UserHistory::completed).count();
  }

  /**
   * For each completed session from the template with a positive estimate, how far off the
   * estimate its actual duration was, relative to the estimate; sorted, so sums do not depend
   * on the order of the history.
   */
  List<Double> estimateErrors(String templateId) {
    return sessionsOf(templateId).stream()
        .filter(UserHistory::completed)
        .map(UserHistory::estimateError)
        .flatMap(Optional::stream)
        .sorted()
        .toList();
  }

  /** The difficulty the user works at most often, ties going to the lower; null when unknown. */
  @Nullable Difficulty typicalDifficulty() {
    return typicalDifficulty;
  }

  private List<Session> sessionsOf(String templateId) {
    return byTemplate.getOrDefault(templateId, List.of());
  }

  private static boolean completed(Session s) {
    return s.status() == SessionStatus.COMPLETED
        || (s.status() == SessionStatus.ARCHIVED && s.completedAt().isPresent());
  }

  private static Optional<Double> estimateError(Session s) {
    Optional<Duration> estimate = s.estimatedDuration().filter(d -> !d.isNegative() && !d.isZero());
    if (estimate.isEmpty() || s.completedAt().isEmpty()) {
      return Optional.empty();
    }
    double planned = estimate.get().toMillis();
    double actual = s.actualDuration(s.completedAt().get()).toMillis();
    return Optional.of(Math.abs(actual - planned) / planned);
  }

  private static @Nullable Difficulty mostFrequentDifficulty(List<Session> sessions) {
    Map<Difficulty, Integer> counts = new EnumMap<>(Difficulty.class);
    for (Session s : sessions) {
      Difficulty d = s.metadata().difficulty();
      if (d != null) {
        counts.merge(d, 1, Integer::sum);
      }
    }
    Difficulty best = null;
    for (Map.Entry<Difficulty, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }
}
