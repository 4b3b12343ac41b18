package dev.sessionhub.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.NewGoal;
import dev.sessionhub.SessionPatch;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The audit log as the facade keeps it in the store: an entry per change, read page by page. */
abstract class AuditLogTests extends HubTests {

  @Test
  @DisplayName("each change appends an entry with its actor, action, the new version, its time and what changed")
  void entryPerChange() {
    Session s = create(ann, "Plan");
    Instant created = clock.instant();
    tick();
    s = hub.addCollaborator(ann, s.id(), s.version(), bob, Role.COLLABORATOR);
    tick();
    s = hub.update(bob, s.id(), s.version(), SessionPatch.empty().name("Plan B"));
    tick();
    s = hub.addGoal(bob, s.id(), s.version(), NewGoal.titled("Write it down"));
    String goalId = s.goals().get(0).id();

    List<ActivityEntry> log = hub.activity(ann, s.id(), null, 50).items();

    assertThat(log).extracting(ActivityEntry::actor).containsExactly(ann, ann, bob, bob);
    assertThat(log).extracting(ActivityEntry::action).containsExactly("session.create", "member.add", "session.update",
        "goal.add");
    assertThat(log).extracting(ActivityEntry::sessionVersion).containsExactly(1L, 2L, 3L, 4L);
    assertThat(log).extracting(ActivityEntry::seq).isSorted().doesNotHaveDuplicates();
    assertThat(log.get(0).at()).isEqualTo(created);
    assertThat(log.get(3).at()).isEqualTo(clock.instant());
    assertThat(log.get(0).delta()).containsEntry("name", "Plan");
    assertThat(log.get(1).delta()).containsKey("collaborators");
    assertThat(log.get(2).delta()).containsExactly(Map.entry("name", "Plan B"));
    assertThat(log.get(3).delta()).containsEntry("goals", Map.of("added", List.of(goalId)));
  }

  @Test
  @DisplayName("is read page by page with the cursor, oldest first, ending without a cursor")
  void paging() {
    Session s = create(ann, "Plan");
    for (int i = 0; i < 7; i++) {
      tick();
      s = hub.update(ann, s.id(), s.version(), SessionPatch.empty().description("step " + i));
    }
    List<ActivityEntry> all = hub.activity(ann, s.id(), null, 50).items();

    String id = s.id();

    List<ActivityEntry> paged = Pages.readAll(50, cursor -> hub.activity(ann, id, cursor, 3));

    assertThat(all).hasSize(8);
    assertThat(paged).containsExactlyElementsOf(all);
  }

  @Test
  @DisplayName("is readable by every member, and a non-member is told the session does not exist")
  void access() {
    Session s = create(ann, "Plan");
    tick();
    s = hub.addCollaborator(ann, s.id(), s.version(), bob, Role.VIEWER);
    String id = s.id();

    assertThat(hub.activity(bob, id, null, 10).items()).hasSize(2);
    assertThatThrownBy(() -> hub.activity(carol, id, null, 10)).isInstanceOf(NotFoundException.class);
  }
}
