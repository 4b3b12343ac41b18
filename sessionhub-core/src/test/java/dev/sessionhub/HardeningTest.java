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

  @Nested
  @DisplayName("what a store cannot keep exactly is refused before anything is written")
  class Unstorable {
    private final SessionHub hub = SessionHub.inMemory();
    private final Session s = hub.create("ann", NewSession.named("s"));

    @Test
    @DisplayName("a NUL in any id argument is a validation error naming it")
    void nulInIds() {
      assertThat(paths(() -> hub.get("ann", "\u0000"))).containsExactly("sessionId");
      assertThat(paths(() -> hub.template("a\u0000b", 1))).containsExactly("templateId");
      assertThat(paths(() -> hub.templateVersions("a\u0000b"))).containsExactly("templateId");
      assertThat(paths(() -> hub.createFromTemplate("ann", FromTemplate.of("bug\u0000fix")))).containsExactly("templateId");
      assertThat(paths(() -> hub.reply("ann", s.id(), "c\u0000", "hi"))).containsExactly("parentCommentId");
      assertThat(paths(() -> hub.editComment("ann", s.id(), "c\u0000", "hi"))).containsExactly("commentId");
      assertThat(paths(() -> hub.removeGoal("ann", s.id(), s.version(), "g\u0000"))).containsExactly("goalId");
      assertThat(paths(() -> hub.raiseBlocker("ann", s.id(), s.version(), "g\u0000", "b"))).containsExactly("goalId");
      assertThat(paths(() -> hub.downloadAttachment("ann", s.id(), "a\u0000"))).containsExactly("attachmentId");
      assertThat(paths(() -> hub.suggestTemplates("a\u0000"))).containsExactly("userId");
    }

    @Test
    @DisplayName("a null element of a list argument is a validation error naming it, not a NullPointerException")
    void nullElements() {
      assertThat(paths(() -> hub.addMilestone("ann", s.id(), s.version(), "m", java.util.Arrays.asList((String) null))))
          .containsExactly("requiredGoalIds[0]");
      assertThat(paths(() -> NewSession.named("n").withTags("a", null))).containsExactly("tags[1]");
      assertThat(paths(() -> NewGoal.titled("g").dependingOn((String) null))).containsExactly("dependsOn[0]");
      assertThat(paths(() -> dev.sessionhub.model.SessionQuery.builder().tag("a", null))).containsExactly("tags[1]");
      assertThat(paths(() -> new dev.sessionhub.model.SessionMetadata(java.util.Arrays.asList("t", null), List.of(), null)))
          .containsExactly("tags[1]");
    }

    @Test
    @DisplayName("an unpaired surrogate in any text or user id is a validation error naming it, and the member it would name does not exist")
    void surrogates() {
      assertThat(paths(() -> hub.addLearning("ann", s.id(), "\uD800"))).containsExactly("text");
      assertThat(paths(() -> hub.addCollaborator("ann", s.id(), s.version(), "\uD83D", Role.VIEWER))).containsExactly("userId");
      assertThat(paths(() -> hub.create("ann", NewSession.named("x\uDC00y")))).containsExactly("name");
      assertThat(paths(() -> hub.addComment("ann", s.id(), "\uDC00\uD800"))).containsExactly("body");
      assertThat(paths(() -> hub.update("ann", s.id(), s.version(), SessionPatch.empty()
          .customFields(java.util.Map.of("k", "\uD800"))))).containsExactly("customFields");
      assertThat(hub.get("ann", s.id())).isEqualTo(s);
      assertThat(hub.addLearning("ann", s.id(), "rocket \uD83D\uDE80").learnings().get(0).text()).isEqualTo("rocket \uD83D\uDE80");
    }

    @Test
    @DisplayName("custom fields nested 5,000 levels deep are a validation error on create, update and import, not a StackOverflowError")
    void deepCustomFields() {
      java.util.Map<String, Object> deep = dev.sessionhub.testing.NestedMaps.ofDepth(5_000);
      assertThat(paths(() -> hub.create("ann", NewSession.named("d").withCustomFields(cast(deep))))).containsExactly("customFields");
      assertThat(paths(() -> hub.update("ann", s.id(), s.version(), SessionPatch.empty().customFields(cast(deep)))))
          .containsExactly("customFields");
      assertThat(paths(() -> hub.update("ann", s.id(), s.version(), SessionPatch.empty().customFields(cast(
          dev.sessionhub.testing.NestedMaps.ofDepth(dev.sessionhub.model.Limits.CUSTOM_FIELDS_DEPTH_MAX)))))).containsExactly("customFields");
      Session deepest = hub.update("ann", s.id(), s.version(), SessionPatch.empty().customFields(cast(
          dev.sessionhub.testing.NestedMaps.ofDepth(dev.sessionhub.model.Limits.CUSTOM_FIELDS_DEPTH_MAX - 1))));
      assertThat(hub.get("ann", s.id())).isEqualTo(deepest);

      String json = hub.exportJson("ann", s.id()).replace(s.id(), "imported-1");
      String nested = "[".repeat(5_000) + "1" + "]".repeat(5_000);
      String tooDeep = json.replaceFirst("\"customFields\":\\{.*?\\},\"learnings\"", "\"customFields\":{\"x\":" + nested
          + "},\"learnings\"");
      assertThat(nested).hasSize(10_001);
      SessionHub other = SessionHub.inMemory();
      assertThatThrownBy(() -> other.importJson("ann", tooDeep)).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> other.get("ann", "imported-1")).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("an import whose attachment hash is not 64 lower-case hex digits is refused, so it never becomes a path")
    void attachmentHash() {
      Session withFile = hub.uploadAttachment("ann", s.id(), "a.txt", "text/plain", new java.io.ByteArrayInputStream(new byte[] {1}));
      String json = hub.exportJson("ann", s.id()).replace(s.id(), "imported-2")
          .replace(withFile.attachments().get(0).sha256(), "../../secret.txt");
      SessionHub other = SessionHub.inMemory();
      assertThat(paths(() -> other.importJson("ann", json))).containsExactly("attachments[0].sha256");
    }

    @Test
    @DisplayName("ownership goes to any member: user ids are up to 100 characters, not ids of 64")
    void longUserIds() {
      String longUser = "u".repeat(dev.sessionhub.model.Limits.USER_ID_MAX);
      Session shared = hub.addCollaborator("ann", s.id(), s.version(), longUser, Role.COLLABORATOR);
      assertThat(hub.transferOwnership("ann", s.id(), shared.version(), longUser).ownerId()).isEqualTo(longUser);
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, @org.jspecify.annotations.Nullable Object> cast(java.util.Map<String, ?> m) {
      return (java.util.Map<String, @org.jspecify.annotations.Nullable Object>) m;
    }
  }
}
