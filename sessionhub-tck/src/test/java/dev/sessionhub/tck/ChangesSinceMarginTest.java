package dev.sessionhub.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.SessionHub;
import dev.sessionhub.internal.memory.InMemorySessionStore;
import dev.sessionhub.tck.data.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The hole {@code changesSince} had, and what closes it: a write stamped before a change the
 * poller already saw, committed after it, is returned by the next poll when its stamp is within
 * {@link SessionHub#CHANGES_SINCE_MARGIN} of that change, and not beyond: without the margin
 * (the old behaviour, as if the margin were zero) it was always missed.
 */
@DisplayName("changesSince with a commit that lands after a later-stamped one")
class ChangesSinceMarginTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

  @Test
  @DisplayName("returns it when it was stamped up to the margin before the change seen")
  void withinTheMargin() {
    LateCommit run = LateCommit.run(new InMemorySessionStore(), clock, "ann",
        SessionHub.CHANGES_SINCE_MARGIN.minusMillis(1));

    assertThat(run.nextPollHasEarly()).isTrue();
  }

  @Test
  @DisplayName("misses it when it was stamped more than the margin before (the limit the javadoc states)")
  void beyondTheMargin() {
    LateCommit run = LateCommit.run(new InMemorySessionStore(), clock, "ann",
        SessionHub.CHANGES_SINCE_MARGIN.plus(Duration.ofMillis(1)));

    assertThat(run.firstPoll()).extracting(s -> s.name()).containsExactly("second, committed first");
    assertThat(run.nextPollHasEarly()).isFalse();
  }
}
