package dev.sessionhub.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A named checkpoint reached when every goal it requires is done.
 *
 * @param id unique within the session
 * @param name short name
 * @param requiredGoalIds goals that must all be done; never empty
 * @param reachedAt when the last required goal was done, or {@code null} while not reached
 */
public record Milestone(String id, String name, List<String> requiredGoalIds, @Nullable Instant reachedAt) {

  /** Copies the list and checks that required components are present. */
  public Milestone {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    requiredGoalIds = List.copyOf(requiredGoalIds);
  }

  /** Whether the milestone has been reached. */
  public boolean reached() {
    return reachedAt != null;
  }

  /** This milestone with another reached time. */
  public Milestone withReachedAt(@Nullable Instant at) {
    return new Milestone(id, name, requiredGoalIds, at);
  }
}
