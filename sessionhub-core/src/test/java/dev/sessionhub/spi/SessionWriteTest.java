package dev.sessionhub.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SessionWrite: the checks every store relies on")
class SessionWriteTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static Session session(String id, long version) {
    return Session.builder().id(id).name("n").version(version).createdAt(T0).updatedAt(T0)
        .collaborators(List.of(new Collaborator("u", Role.OWNER, T0))).build();
  }

  private static Comment comment(String sessionId) {
    return new Comment("c1", sessionId, 1, null, "u", "text", List.of(), T0, null);
  }

  private static ActivityEntry activity(String sessionId) {
    return new ActivityEntry(0, sessionId, 1, "u", "goal.add", T0, Map.of());
  }

  @Test
  @DisplayName("a comment of another session is rejected, naming both sessions")
  void foreignComment() {
    assertThatThrownBy(() -> new SessionWrite(session("s1", 1), 0, List.of(comment("s2")), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comment c1 of session s2 is in a write of session s1");
  }

  @Test
  @DisplayName("an activity entry of another session is rejected, naming both sessions")
  void foreignActivity() {
    assertThatThrownBy(() -> new SessionWrite(session("s1", 1), 0, List.of(), List.of(activity("s2"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("activity goal.add of session s2 is in a write of session s1");
  }

  @Test
  @DisplayName("an update must carry the next version; an insert any version from 1")
  void versions() {
    assertThatThrownBy(() -> new SessionWrite(session("s1", 3), 1, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 3").hasMessageContaining("expected version 1");
    assertThatThrownBy(() -> new SessionWrite(session("s1", 1), -1, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new SessionWrite(session("s1", 7), 0, List.of(), List.of()).isInsert()).isTrue();
    assertThat(new SessionWrite(session("s1", 2), 1, List.of(comment("s1")), List.of(activity("s1"))).isInsert()).isFalse();
  }

  @Test
  @DisplayName("the lists are copied: changing the caller's list later changes nothing")
  void copies() {
    List<Comment> comments = new ArrayList<>(List.of(comment("s1")));
    SessionWrite write = new SessionWrite(session("s1", 1), 0, comments, List.of());
    comments.clear();
    assertThat(write.comments()).hasSize(1);
  }
}
