package dev.sessionhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import dev.sessionhub.internal.memory.InMemorySessionStore;
import dev.sessionhub.internal.memory.InMemoryTemplateStore;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Hardening")
class HardeningTest {

  private static List<String> paths(Runnable r) {
    try {
      r.run();
    } catch (ValidationException e) {
      return e.violations().stream().map(Violation::path).toList();
    }
    throw new AssertionError("expected a ValidationException");
  }

  @Nested
  @DisplayName("two instances sharing one store, each with its own local cache")
  class TwoInstances {
    private final InMemorySessionStore store = new InMemorySessionStore();
    private final InMemoryTemplateStore templates = new InMemoryTemplateStore();
    private final SessionHub a = SessionHub.builder().sessionStore(store).templateStore(templates).build();
    private final SessionHub b = SessionHub.builder().sessionStore(store).templateStore(templates).build();

    @Test
    @DisplayName("a member added on one instance can read and edit on the other at once, despite its stale cache")
    void staleCacheDoesNotRefuseMembers() {
      Session s = a.create("ann", NewSession.named("shared"));
      assertThatThrownBy(() -> b.get("bob", s.id())).isInstanceOf(NotFoundException.class);
      Session shared = a.addCollaborator("ann", s.id(), s.version(), "bob", Role.COLLABORATOR);
      assertThat(b.get("bob", s.id()).version()).isEqualTo(shared.version());
      Session renamed = b.update("bob", s.id(), shared.version(), SessionPatch.empty().name("renamed by bob"));
      assertThat(store.find(s.id()).orElseThrow().name()).isEqualTo(renamed.name());
    }

    @Test
    @DisplayName("an edit naming the current version succeeds on an instance whose cache is behind")
    void noFalseConflict() {
      Session s = a.create("ann", NewSession.named("x"));
      b.get("ann", s.id());
      Session v2 = a.update("ann", s.id(), s.version(), SessionPatch.empty().name("y"));
      assertThat(b.update("ann", s.id(), v2.version(), SessionPatch.empty().name("z")).version()).isEqualTo(3);
    }
  }

  @Nested
  @DisplayName("import")
  class Import {
    private final SessionHub hub = SessionHub.inMemory();

    @Test
    @DisplayName("does not tell a stranger that a session id exists, and tells its members it is a duplicate")
    void noExistenceLeak() {
      Session s = hub.create("ann", NewSession.named("mine"));
      String json = hub.exportJson("ann", s.id()).replace("\"ann\"", "\"eve\"");
      assertThatThrownBy(() -> hub.importJson("eve", json)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> hub.importJson("ann", hub.exportJson("ann", s.id()))).isInstanceOf(DuplicateIdException.class);
    }

    @Test
    @DisplayName("rejects comments that are not numbered 1..n, and stores nothing")
    void commentNumbers() {
      Session s = hub.create("ann", NewSession.named("c"));
      hub.addComment("ann", s.id(), "one");
      hub.addComment("ann", s.id(), "two");
      String json = hub.exportJson("ann", s.id());
      SessionHub other = SessionHub.inMemory();
      String gapped = json.replace("\"number\":2", "\"number\":5");
      assertThat(gapped).isNotEqualTo(json);
      assertThat(paths(() -> other.importJson("ann", gapped))).contains("comments[1].number");
      assertThatThrownBy(() -> other.get("ann", s.id())).isInstanceOf(NotFoundException.class);
    }
  }

  @Nested
  @DisplayName("bad input is a validation error, never a NullPointerException or a database error")
  class BadInput {
    private final SessionHub hub = SessionHub.inMemory();

    @Test
    @DisplayName("the NUL character is rejected in texts and user ids")
    void nul() {
      assertThat(paths(() -> hub.create("ann", NewSession.named("a\u0000b")))).containsExactly("name");
      assertThat(paths(() -> hub.create("a\u0000nn", NewSession.named("ok")))).containsExactly("actor");
      assertThat(paths(() -> hub.create("ann", NewSession.named("ok").withTags("t\u0000")))).containsExactly("tags[0]");
    }

    @Test
    @DisplayName("null arguments name the argument")
    void nulls() {
      Session s = hub.create("ann", NewSession.named("n"));
      Session g = hub.addGoal("ann", s.id(), s.version(), NewGoal.titled("g"));
      String goal = g.goals().get(0).id();
      assertThat(paths(() -> hub.setGoalStatus("ann", s.id(), g.version(), goal, null))).containsExactly("status");
      assertThat(paths(() -> hub.addCollaborator("ann", s.id(), g.version(), "bob", null))).containsExactly("role");
      assertThat(paths(() -> hub.addMilestone("ann", s.id(), g.version(), "m", null))).containsExactly("requiredGoalIds");
      assertThat(paths(() -> hub.changesSince("ann", null, null, 10))).containsExactly("since");
      assertThat(paths(() -> hub.reply("ann", s.id(), null, "x"))).containsExactly("parentCommentId");
      assertThat(paths(() -> hub.uploadAttachment("ann", s.id(), "a.txt", "text/plain", null))).containsExactly("content");
      assertThat(paths(() -> hub.create("ann", null))).containsExactly("spec");
    }

    @Test
    @DisplayName("a cursor from another hub (another secret) is a validation error at cursor")
    void foreignCursor() {
      SessionHub other = SessionHub.inMemory();
      for (int i = 0; i < 3; i++) {
        other.create("ann", NewSession.named("s" + i));
        hub.create("ann", NewSession.named("s" + i));
      }
      String cursor = other.search("ann", dev.sessionhub.model.SessionQuery.builder().pageSize(1).build()).nextCursor();
      assertThat(cursor).isNotNull();
      assertThat(paths(() -> hub.search("ann", dev.sessionhub.model.SessionQuery.builder().pageSize(1).cursor(cursor).build())))
          .containsExactly("cursor");
    }
  }
}
