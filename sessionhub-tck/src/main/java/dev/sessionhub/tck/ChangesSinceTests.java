package dev.sessionhub.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.SessionPatch;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * "Changes since": the sessions a user can see that changed at or after a time (less the
 * facade's safety margin), for polling; a change that commits after a later-stamped one is not
 * lost.
 */
abstract class ChangesSinceTests extends HubTests {

  private Instant since = Instant.EPOCH;
  private final List<String> expected = new ArrayList<>();

  /**
   * Ann's first session changes before {@link #since}; after it, her second is created, bob's
   * (which she cannot see) is created, her first is renamed, her third is created and archived,
   * and she joins bob's second session.
   */
  @BeforeEach
  void history() {
    Session first = create(ann, "first");
    tick();
    since = clock.instant();
    Session second = create(ann, "second");
    create(bob, "bob's own");
    Session bobsShared = create(bob, "bob's shared");
    tick();
    first = hub.update(ann, first.id(), first.version(), SessionPatch.empty().name("first, renamed"));
    Session third = create(ann, "third");
    tick();
    third = hub.archive(ann, third.id(), third.version());
    tick();
    hub.addCollaborator(bob, bobsShared.id(), bobsShared.version(), ann, Role.VIEWER);
    expected.addAll(List.of(second.id(), first.id(), third.id(), bobsShared.id()));
  }

  @Test
  @DisplayName("returns the visible sessions changed at or after the time, oldest change first, archived ones included")
  void oldestFirst() {
    List<Session> changed = hub.changesSince(ann, since, null, 50).items();

    assertThat(changed).extracting(Session::id).containsExactlyElementsOf(expected);
    assertThat(changed).extracting(Session::updatedAt).isSorted();
    assertThat(changed.get(2).status()).isEqualTo(SessionStatus.ARCHIVED);
  }

  @Test
  @DisplayName("includes a change made exactly at the time, and nothing older than the safety margin")
  void inclusive() {
    Instant renamed = hub.get(ann, expected.get(1)).updatedAt();

    assertThat(hub.changesSince(ann, renamed, null, 50).items()).extracting(Session::id)
        .containsExactlyElementsOf(expected.subList(1, 4));
  }

  @Test
  @DisplayName("is read page by page with the cursor")
  void paging() {
    List<Session> paged = Pages.readAll(50, cursor -> hub.changesSince(ann, since, cursor, 1));

    assertThat(paged).extracting(Session::id).containsExactlyElementsOf(expected);
  }

  @Test
  @DisplayName("returns a change committed after a later-stamped one the poller already saw, polled from the time it saw")
  void lateCommit() {
    LateCommit run = LateCommit.run(store(), clock, StoreData.unique("poller"), Duration.ofSeconds(1));

    assertThat(run.early().updatedAt()).isBefore(run.seen().updatedAt());
    assertThat(run.firstPoll()).extracting(Session::name).containsExactly("second, committed first");
    assertThat(run.nextPollHasEarly()).as("the late change is in %s", run.nextPoll()).isTrue();
  }

  @Test
  @DisplayName("shows each user only the sessions they hold a role on")
  void visibility() {
    assertThat(hub.changesSince(bob, since, null, 50).items()).extracting(Session::name)
        .containsExactly("bob's own", "bob's shared");
    assertThat(hub.changesSince(carol, since, null, 50).items()).isEmpty();
  }
}
