package dev.sessionhub.json;

import static dev.sessionhub.json.Fixtures.aSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.CustomValues;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionSettings;
import dev.sessionhub.model.Template;
import dev.sessionhub.tck.data.SessionGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("SessionJson round trip")
class SessionJsonRoundTripTest {

  private final SessionJson json = SessionJson.create();

  @Nested
  @DisplayName("of sessions")
  class Sessions {

    @Test
    @DisplayName("reads back 1,000 generated sessions equal, and writes them back byte-identical")
    void generated() {
      SessionGenerator generator = new SessionGenerator(20_260_131L);
      for (int i = 0; i < 1_000; i++) {
        Session s = generator.next();
        String text = json.writeSession(s);
        Session back = json.readSession(text);
        assertThat(back).as(() -> "session " + text).isEqualTo(s);
        assertThat(json.writeSession(back)).isEqualTo(text);
      }
    }

    @Test
    @DisplayName("reads back from UTF-8 bytes, which hold the same text")
    void bytes() {
      SessionGenerator generator = new SessionGenerator(7L);
      for (int i = 0; i < 200; i++) {
        Session s = generator.next();
        byte[] utf8 = json.writeSessionBytes(s);
        assertThat(new String(utf8, StandardCharsets.UTF_8)).isEqualTo(json.writeSession(s));
        assertThat(json.readSession(utf8)).isEqualTo(s);
      }
    }

    @Test
    @DisplayName("keeps every nanosecond of instants and durations, at any precision and year")
    void timePrecision() {
      Instant far = Instant.parse("+12026-01-01T00:00:00.000000001Z");
      Session s = aSession()
          .createdAt(Instant.parse("1969-12-31T23:59:59.999999999Z"))
          .updatedAt(far)
          .startedAt(Instant.parse("2026-01-31T09:30:00.100Z"))
          .completedAt(Instant.parse("2026-01-31T09:30:00.000100Z"))
          .archivedAt(Instant.EPOCH)
          .estimatedDuration(Duration.ofDays(365).plusNanos(1))
          .settings(new SessionSettings(false, false, Duration.ofNanos(1)))
          .build();

      assertThat(json.readSession(json.writeSession(s))).isEqualTo(s);
      assertThat(json.writeSession(s)).contains("\"updatedAt\":\"+12026-01-01T00:00:00.000000001Z\"")
          .contains("\"estimatedDuration\":\"PT8760H0.000000001S\"");
    }

    @Test
    @DisplayName("keeps awkward text: empty, escapes, controls, non-BMP, lone surrogates")
    void text() {
      for (String text : List.of("", " ", "\"\\/\b\f\n\r\t", "\u0000\u0001\u001f\u007f", "😀 𝔘 👩‍💻",
          "\u2028\u2029", "a\ud800b", "\udc00", "</script>", "null")) {
        Session s = aSession().name(text).description(text).build();
        assertThat(json.readSession(json.writeSession(s))).as(text).isEqualTo(s);
        assertThat(json.readSession(json.writeSessionBytes(s))).as(text).isEqualTo(s);
      }
    }

    @Test
    @DisplayName("keeps custom fields exactly: nesting, nulls, extreme numbers, odd keys, order")
    void customFields() {
      Map<String, @Nullable Object> fields = new LinkedHashMap<>();
      fields.put("", "empty key");
      fields.put("a.b", List.of());
      fields.put("$where", Map.of());
      fields.put("null", null);
      fields.put("longs", List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L));
      fields.put("doubles", List.of(-0.0, 0.0, -1.5, 0.1, 2.0, Double.MIN_VALUE, Double.MAX_VALUE, 1.0E21, -1.0E-7));
      fields.put("nested", Map.of("list", Arrays.asList(null, Map.of("deeper", Arrays.asList(true, null, "x")))));
      fields.put("ints", List.of(1, (short) 2, (byte) 3));
      Session s = aSession().customFields(fields).build();

      Session back = json.readSession(json.writeSession(s));

      assertThat(back).isEqualTo(s);
      assertThat(back.customFields()).containsExactlyEntriesOf(s.customFields());
      assertThat((List<?>) back.customFields().get("doubles")).first().isEqualTo(-0.0);
    }
  }

  @Test
  @DisplayName("reads back generated comments equal and writes them back byte-identical")
  void comments() {
    SessionGenerator generator = new SessionGenerator(99L);
    for (int n = 1; n <= 500; n++) {
      Comment c = generator.nextComment("s-" + n % 7, n);
      String text = json.writeComment(c);
      assertThat(json.readComment(text)).isEqualTo(c);
      assertThat(json.writeComment(json.readComment(text))).isEqualTo(text);
    }
  }

  @Test
  @DisplayName("reads back activity entries equal, seq and delta included, and writes them back byte-identical")
  void activity() {
    SessionGenerator generator = new SessionGenerator(42L);
    for (int i = 0; i < 500; i++) {
      Session s = generator.next();
      ActivityEntry e = new ActivityEntry(i * 7_919L, s.id(), s.version(), "actor " + i % 5, "action." + i % 11,
          s.updatedAt().plusNanos(i), s.customFields());
      String text = json.writeActivity(e);
      assertThat(json.readActivity(text)).as(text).isEqualTo(e);
      assertThat(json.writeActivity(json.readActivity(text))).isEqualTo(text);
    }
    ActivityEntry extreme = new ActivityEntry(Long.MAX_VALUE, "s", Long.MAX_VALUE, "", "a\u0000\ud800",
        Instant.parse("+12026-01-01T00:00:00.000000001Z"), Map.of());
    assertThat(json.readActivity(json.writeActivity(extreme))).isEqualTo(extreme);
  }

  @Test
  @DisplayName("rejects an activity document with a missing or mistyped field, naming it")
  void badActivity() {
    String good = json.writeActivity(new ActivityEntry(3, "s1", 2, "ann", "update", Instant.EPOCH, Map.of("name", "x")));
    assertThatThrownBy(() -> json.readActivity(good.replace("\"actor\":\"ann\",", "")))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("actor"));
    assertThatThrownBy(() -> json.readActivity(good.replace("\"seq\":3", "\"seq\":\"three\"")))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("seq"));
    assertThatThrownBy(() -> json.readActivity(good.replace("{\"name\":\"x\"}", "[1]")))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("delta"));
  }

  @Test
  @DisplayName("reads back generated templates equal and writes them back byte-identical")
  void templates() {
    SessionGenerator generator = new SessionGenerator(5L);
    for (int i = 0; i < 500; i++) {
      Template t = generator.nextTemplate();
      String text = json.writeTemplate(t);
      assertThat(json.readTemplate(text)).isEqualTo(t);
      assertThat(json.writeTemplate(json.readTemplate(text))).isEqualTo(text);
    }
  }

  @Test
  @DisplayName("reads back exports of a session with its comments")
  void exports() {
    SessionGenerator generator = new SessionGenerator(11L);
    for (int i = 0; i < 100; i++) {
      Session s = generator.next();
      int count = i % 7;
      List<Comment> comments = new ArrayList<>();
      for (int n = 1; n <= count; n++) {
        comments.add(generator.nextComment(s.id(), n));
      }
      SessionExport export = new SessionExport(s.toBuilder().commentCount(count).build(), comments);
      String text = json.writeExport(export);
      assertThat(json.readExport(text)).isEqualTo(export);
      assertThat(json.writeExport(json.readExport(text))).isEqualTo(text);
    }
  }

  @Test
  @DisplayName("reads back free-form values as CustomValues.copyOf normalizes them")
  void values() {
    SessionGenerator generator = new SessionGenerator(3L);
    for (int i = 0; i < 300; i++) {
      Map<String, @Nullable Object> fields = generator.next().customFields();
      String text = json.writeValue(fields);
      assertThat(json.readValue(text)).isEqualTo(CustomValues.copyOf(fields));
      assertThat(json.writeValue(json.readValue(text))).isEqualTo(text);
    }
  }

  @Test
  @DisplayName("may be shared between threads")
  void threadSafe() {
    SessionGenerator generator = new SessionGenerator(1L);
    List<Session> sessions = IntStream.range(0, 200).mapToObj(i -> generator.next()).toList();
    List<Session> back = sessions.parallelStream().map(s -> json.readSession(json.writeSession(s))).toList();
    assertThat(back).isEqualTo(sessions);
  }
}
