package dev.sessionhub.json;

import static dev.sessionhub.json.Fixtures.T0;
import static dev.sessionhub.json.Fixtures.T1;
import static dev.sessionhub.json.Fixtures.aSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.Session;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("SessionJson canonical form")
class SessionJsonFormTest {

  private final SessionJson json = SessionJson.create();

  @Nested
  @DisplayName("as written")
  class Written {

    @Test
    @DisplayName("is compact, starts with the format, names fields as the model does and writes absent values as null")
    void session() {
      assertThat(json.writeSession(aSession().build())).isEqualTo("{\"format\":1,\"id\":\"s-1\",\"version\":3,\"editVersion\":3,\"createKey\":null,"
          + "\"name\":\"Fix login\",\"description\":\"\",\"type\":\"OTHER\",\"status\":\"DRAFT\",\"priority\":\"MEDIUM\","
          + "\"ownerId\":\"ann\",\"template\":null,\"createdAt\":\"2026-01-31T09:30:00Z\","
          + "\"updatedAt\":\"2026-01-31T09:30:00.000000001Z\",\"startedAt\":null,\"completedAt\":null,"
          + "\"archivedAt\":null,\"estimatedDuration\":null,\"progress\":0.0,"
          + "\"goals\":[{\"id\":\"g-1\",\"parentId\":null,\"title\":\"Reproduce\",\"description\":\"\","
          + "\"category\":\"OTHER\",\"status\":\"OPEN\",\"weight\":1,\"successCriteria\":[],\"dependsOn\":[],"
          + "\"estimate\":null,\"completedAt\":null}],"
          + "\"milestones\":[],\"blockers\":[],\"resources\":[],\"attachments\":[],"
          + "\"collaborators\":[{\"userId\":\"ann\",\"role\":\"OWNER\",\"addedAt\":\"2026-01-31T09:30:00Z\"}],"
          + "\"history\":[],\"settings\":{\"commentsEnabled\":true,\"notifyMentions\":true,\"breakReminder\":null},"
          + "\"metadata\":{\"tags\":[],\"skills\":[],\"difficulty\":null},\"customFields\":{},\"learnings\":[],"
          + "\"commentCount\":0}");
    }

    @Test
    @DisplayName("writes a comment the same way")
    void comment() {
      Comment c = new Comment("c-2", "s-1", 2, "c-1", "bob", "hi @ann", List.of("ann"), T0, null);
      assertThat(json.writeComment(c)).isEqualTo("{\"format\":1,\"id\":\"c-2\",\"sessionId\":\"s-1\",\"number\":2,"
          + "\"parentId\":\"c-1\",\"author\":\"bob\",\"body\":\"hi @ann\",\"mentions\":[\"ann\"],"
          + "\"createdAt\":\"2026-01-31T09:30:00Z\",\"editedAt\":null}");
    }

    @Test
    @DisplayName("wraps an export's session and comments without their own format")
    void export() {
      Comment c = new Comment("c-1", "s-1", 1, null, "ann", "", List.of(), T0, T1);
      String text = json.writeExport(new SessionExport(aSession().commentCount(1).build(), List.of(c)));
      assertThat(text).startsWith("{\"format\":1,\"session\":{\"id\":\"s-1\",")
          .endsWith(",\"comments\":[{\"id\":\"c-1\",\"sessionId\":\"s-1\",\"number\":1,\"parentId\":null,"
              + "\"author\":\"ann\",\"body\":\"\",\"mentions\":[],\"createdAt\":\"2026-01-31T09:30:00Z\","
              + "\"editedAt\":\"2026-01-31T09:30:00.000000001Z\"}]}");
    }

    @Test
    @DisplayName("writes the derived owner and progress for readers of the JSON")
    void derived() {
      Session s = aSession().goals(List.of(Goal.of("g-1", "a").withStatus(GoalStatus.DONE, T1), Goal.of("g-2", "b")))
          .build();
      assertThat(json.writeSession(s)).contains("\"ownerId\":\"ann\"").contains("\"progress\":50.0");
    }

    @Test
    @DisplayName("does not escape slashes, and keeps non-ASCII text as UTF-8")
    void plainText() {
      String text = json.writeSession(aSession().name("https://a.b/c — 日本 😀").build());
      assertThat(text).contains("\"name\":\"https://a.b/c — 日本 😀\"");
    }
  }

  @Nested
  @DisplayName("as read")
  class Read {

    private final Session rich = Fixtures.rich();
    private final String richJson = json.writeSession(rich);

    @Test
    @DisplayName("ignores unknown fields anywhere, for forward compatibility")
    void unknownFields() {
      String newer = JsonEdit.of(richJson)
          .set("mood", "{\"level\":[1,2,3]}")
          .set("goals[0].color", "\"green\"")
          .set("settings.theme", "\"dark\"")
          .set("collaborators[0].nickname", "null")
          .set("template.channel", "\"beta\"")
          .json();
      assertThat(json.readSession(newer)).isEqualTo(rich);
    }

    @Test
    @DisplayName("ignores a tampered progress and owner: they are recomputed")
    void derivedIgnored() {
      String tampered = JsonEdit.of(richJson).set("progress", "12.5").set("ownerId", "\"mallory\"").json();
      Session back = json.readSession(tampered);
      assertThat(back.progress()).isEqualTo(rich.progress());
      assertThat(back.ownerId()).isEqualTo(rich.ownerId()).isNotEqualTo("mallory");
    }

    @Test
    @DisplayName("does not need the derived fields at all")
    void derivedOptional() {
      String without = JsonEdit.of(richJson).remove("progress").remove("ownerId").json();
      assertThat(json.readSession(without)).isEqualTo(rich);
    }

    @Test
    @DisplayName("reads an optional value that is missing as absent, like null")
    void optionalMissing() {
      String without = JsonEdit.of(richJson).remove("template").remove("startedAt").remove("goals[0].parentId")
          .remove("metadata.difficulty").remove("settings.breakReminder").json();
      Session back = json.readSession(without);
      assertThat(back.template()).isEmpty();
      assertThat(back.startedAt()).isEmpty();
      assertThat(back.goals().get(0).parentId()).isNull();
      assertThat(back.metadata().difficulty()).isNull();
      assertThat(back.settings().breakReminder()).isNull();
    }
  }

  @Nested
  @DisplayName("of free-form values")
  class Values {

    @Test
    @DisplayName("reads integers as Long and other numbers as Double")
    void numbers() {
      Map<String, @Nullable Object> v = json.readValue(
          "{\"i\":1,\"d\":1.0,\"max\":9223372036854775807,\"min\":-9223372036854775808,\"neg\":-0.5,\"exp\":1e3,"
              + "\"negZero\":-0.0}");
      assertThat(v).containsExactly(entry("i", 1L), entry("d", 1.0), entry("max", Long.MAX_VALUE),
          entry("min", Long.MIN_VALUE), entry("neg", -0.5), entry("exp", 1000.0), entry("negZero", -0.0));
    }

    @Test
    @DisplayName("writes Integer, Short, Byte and Float as the Long and Double they read back as")
    void normalization() {
      Map<String, @Nullable Object> in = new LinkedHashMap<>();
      in.put("int", 7);
      in.put("short", (short) -2);
      in.put("list", List.of((byte) 1, 2.5f));
      in.put("nothing", null);
      String text = json.writeValue(in);

      assertThat(text).isEqualTo("{\"int\":7,\"short\":-2,\"list\":[1,2.5],\"nothing\":null}");
      assertThat(json.readValue(text)).containsExactly(entry("int", 7L), entry("short", -2L),
          entry("list", List.of(1L, 2.5)), entry("nothing", null));
    }

    @Test
    @DisplayName("normalizes a session's custom fields the same way")
    void sessionCustomFields() {
      Session s = aSession().customFields(Map.of("n", 1, "nested", Map.of("f", 0.5f))).build();
      Session back = json.readSession(json.writeSession(s));
      assertThat(back.customFields()).containsEntry("n", 1L).containsEntry("nested", Map.of("f", 0.5));
    }

    @Test
    @DisplayName("reads unmodifiable maps and lists, in document order")
    void unmodifiable() {
      Map<String, @Nullable Object> v = json.readValue("{\"z\":[1],\"a\":{\"y\":1,\"b\":2}}");
      assertThat(v.keySet()).containsExactly("z", "a");
      assertThat(List.copyOf(((Map<?, ?>) v.get("a")).keySet())).isEqualTo(List.of("y", "b"));
      assertThatThrownBy(() -> v.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> ((List<?>) v.get("z")).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("refuses a value that is not JSON, naming its path")
    void notJson() {
      assertThatThrownBy(() -> json.writeValue(Map.of("a", List.of(new Object()))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("a[0]: ");
      assertThatThrownBy(() -> json.writeValue(Map.of("nan", Double.NaN)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nan");
    }

    @Test
    @DisplayName("reads only a JSON object, and needs no format field")
    void objectOnly() {
      assertThat(json.readValue("{}")).isEmpty();
      assertThatThrownBy(() -> json.readValue("[1]")).isInstanceOf(ValidationException.class)
          .hasMessageContaining("expected a JSON object");
    }
  }
}
