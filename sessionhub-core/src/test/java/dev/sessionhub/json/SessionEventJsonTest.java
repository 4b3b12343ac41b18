package dev.sessionhub.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.TemplateRef;
import dev.sessionhub.model.event.SessionEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SessionJson of session events")
class SessionEventJsonTest {

  private static final Instant AT = Instant.parse("2026-11-30T03:20:00.123456789Z");
  private final SessionJson json = SessionJson.create();

  /** One event of every type, with optional fields both present and absent. */
  static List<SessionEvent> everyType() {
    return List.of(
        new SessionEvent.Created("s1", 1, "ann", AT, "Plan", null),
        new SessionEvent.Created("s1", 1, "ann", AT, "Plan \"x\" ü", new TemplateRef("t1", 3)),
        new SessionEvent.Updated("s1", 2, "ann", AT, Set.of("name", "goals", "tags")),
        new SessionEvent.Updated("s1", 2, "ann", AT, Set.of()),
        new SessionEvent.StatusChanged("s1", 3, "bob", AT, SessionStatus.DRAFT, SessionStatus.ACTIVE, LifecycleAction.START),
        new SessionEvent.GoalCompleted("s1", 4, "bob", AT, "g1"),
        new SessionEvent.MilestoneReached("s1", 5, "bob", AT, "m1"),
        new SessionEvent.BlockerRaised("s1", 6, "bob", AT, "b1", "g1"),
        new SessionEvent.BlockerRaised("s1", 6, "bob", AT, "b1", null),
        new SessionEvent.BlockerResolved("s1", 7, "bob", AT, "b1"),
        new SessionEvent.CommentAdded("s1", 8, "cid", AT, "c1", null),
        new SessionEvent.CommentAdded("s1", 9, "cid", AT, "c2", "c1"),
        new SessionEvent.UserMentioned("s1", 9, "cid", AT, "c2", "ann"),
        new SessionEvent.CollaboratorAdded("s1", 10, "ann", AT, "dan", Role.VIEWER),
        new SessionEvent.CollaboratorRemoved("s1", 11, "ann", AT, "dan"),
        new SessionEvent.RoleChanged("s1", 12, "ann", AT, "bob", Role.COLLABORATOR, Role.OWNER),
        new SessionEvent.AttachmentAdded("s1", 13, "bob", AT, "a1", "notes.txt", 2),
        new SessionEvent.Archived("s1", Long.MAX_VALUE, "bob", AT));
  }

  @Test
  @DisplayName("reads back every event type equal, from text and from UTF-8, and writes it back identical")
  void roundTrip() {
    for (SessionEvent e : everyType()) {
      String text = json.writeEvent(e);
      assertThat(json.readEvent(text)).as(text).isEqualTo(e);
      assertThat(json.writeEvent(json.readEvent(text))).isEqualTo(text);
      byte[] utf8 = json.writeEventBytes(e);
      assertThat(new String(utf8, StandardCharsets.UTF_8)).isEqualTo(text);
      assertThat(json.readEvent(utf8)).isEqualTo(e);
    }
  }

  @Test
  @DisplayName("covers every permitted event type")
  void everyPermittedType() {
    assertThat(everyType().stream().map(Object::getClass).distinct())
        .containsExactlyInAnyOrder(SessionEvent.class.getPermittedSubclasses());
  }

  @Test
  @DisplayName("writes the type, the common fields, then the type's own, and equal sets as equal text")
  void form() {
    assertThat(json.writeEvent(new SessionEvent.GoalCompleted("s1", 4, "bob", AT, "g1"))).isEqualTo(
        "{\"format\":1,\"type\":\"GoalCompleted\",\"sessionId\":\"s1\",\"version\":4,\"actor\":\"bob\","
            + "\"at\":\"2026-11-30T03:20:00.123456789Z\",\"goalId\":\"g1\"}");
    assertThat(json.writeEvent(new SessionEvent.Updated("s", 1, "a", AT, Set.of("b", "a", "c"))))
        .isEqualTo(json.writeEvent(new SessionEvent.Updated("s", 1, "a", AT, Set.of("c", "a", "b"))))
        .contains("\"changedFields\":[\"a\",\"b\",\"c\"]");
  }

  @Test
  @DisplayName("rejects an unknown type, a missing field and a bad enum, naming each path")
  void rejects() {
    assertThatThrownBy(() -> json.readEvent("{\"format\":1,\"type\":\"Exploded\",\"sessionId\":\"s\",\"version\":1,"
        + "\"actor\":\"a\",\"at\":\"2026-11-30T03:20:00Z\"}"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(paths(e)).containsExactly("type"));
    assertThatThrownBy(() -> json.readEvent("{\"format\":1,\"type\":\"GoalCompleted\",\"version\":1,"
        + "\"actor\":\"a\",\"at\":\"2026-11-30T03:20:00Z\",\"goalId\":\"g\"}"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(paths(e)).containsExactly("sessionId"));
    assertThatThrownBy(() -> json.readEvent("{\"format\":1,\"type\":\"CollaboratorAdded\",\"sessionId\":\"s\","
        + "\"version\":1,\"actor\":\"a\",\"at\":\"2026-11-30T03:20:00Z\",\"userId\":\"u\",\"role\":\"KING\"}"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(paths(e)).containsExactly("role"));
    assertThatThrownBy(() -> json.readEvent("not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> json.readEvent("{\"format\":2,\"type\":\"Archived\"}"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(paths(e)).containsExactly("format"));
  }

  private static List<String> paths(ValidationException e) {
    return e.violations().stream().map(Violation::path).toList();
  }
}
