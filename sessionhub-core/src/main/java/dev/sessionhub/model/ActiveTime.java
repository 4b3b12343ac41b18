package dev.sessionhub.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The actual-duration formula, in one place: the sum of the stretches spent ACTIVE. */
final class ActiveTime {

  private ActiveTime() {}

  /**
   * Time spent ACTIVE according to the history; a stretch still running (the session is ACTIVE
   * now) counts up to {@code asOf}.
   */
  static Duration of(List<StatusChange> history, SessionStatus current, Instant asOf) {
    Duration total = Duration.ZERO;
    Instant activeSince = null;
    for (StatusChange c : history) {
      if (activeSince != null && c.from() == SessionStatus.ACTIVE) {
        total = total.plus(positive(activeSince, c.at()));
        activeSince = null;
      }
      if (c.to() == SessionStatus.ACTIVE) {
        activeSince = c.at();
      }
    }
    if (activeSince != null && current == SessionStatus.ACTIVE) {
      total = total.plus(positive(activeSince, asOf));
    }
    return total;
  }

  private static Duration positive(Instant from, Instant to) {
    Duration d = Duration.between(from, to);
    return d.isNegative() ? Duration.ZERO : d;
  }
}
