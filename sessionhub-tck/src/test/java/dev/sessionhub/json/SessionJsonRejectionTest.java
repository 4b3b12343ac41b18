package dev.sessionhub.json;

import static dev.sessionhub.json.Fixtures.aSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.tck.data.SessionGenerator;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("SessionJson rejects bad documents with a ValidationException naming the path")
class SessionJsonRejectionTest {

  private final SessionJson json = SessionJson.create();
  private final Session rich = Fixtures.rich();
  private final String richJson = json.writeSession(rich);

  private List<Violation> violations(Runnable read) {
    Throwable thrown = catchThrowable(read::run);
    assertThat(thrown).isInstanceOf(ValidationException.class);
    return ((ValidationException) thrown).violations();
  }

  private Violation onlyViolation(Runnable read) {
    List<Violation> all = violations(read);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private Violation sessionWith(UnaryOperator<JsonEdit> edit) {
    String tampered = edit.apply(JsonEdit.of(richJson)).json();
    return onlyViolation(() -> json.readSession(tampered));
  }

  @Nested
  @DisplayName("when the format is missing or not 1")
  class Format {

    @ParameterizedTest(name = "format {0}")
    @ValueSource(strings = {"2", "0", "-1", "\"1\"", "1.0", "true", "{}", "99999999999999999999"})
    @DisplayName("refuses a session of another format, reporting only the format")
    void otherFormat(String format) {
      String tampered = JsonEdit.of(richJson).set("format", format).remove("goals").json();
      Violation v = onlyViolation(() -> json.readSession(tampered));
      assertThat(v.path()).isEqualTo("format");
      assertThat(v.message()).contains("unsupported format").contains("expected 1");
    }

    @Test
    @DisplayName("refuses a document without format, or with a null one")
    void missing() {
      assertThat(sessionWith(e -> e.remove("format"))).isEqualTo(new Violation("format", "is missing; expected 1"));
      assertThat(sessionWith(e -> e.set("format", "null")).path()).isEqualTo("format");
    }

    @Test
    @DisplayName("checks comments, templates and exports too")
    void everyDocument() {
      SessionGenerator generator = new SessionGenerator(1L);
      List<Function<String, ?>> readers = List.of(json::readComment, json::readTemplate, json::readExport);
      List<String> documents = List.of(json.writeComment(generator.nextComment("s", 1)),
          json.writeTemplate(generator.nextTemplate()),
          json.writeExport(new SessionExport(generator.next(), List.of())));
      for (int i = 0; i < readers.size(); i++) {
        Function<String, ?> reader = readers.get(i);
        String missing = JsonEdit.of(documents.get(i)).remove("format").json();
        String other = JsonEdit.of(documents.get(i)).set("format", "2").json();
        assertThat(onlyViolation(() -> reader.apply(missing)).path()).isEqualTo("format");
        assertThat(onlyViolation(() -> reader.apply(other)).path()).isEqualTo("format");
      }
    }
  }

  @Nested
  @DisplayName("when the JSON is malformed")
  class Malformed {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "   ", "{", "}", "nope", "{\"format\":1,}", "{\"format\":1} {}", "{\"format\":01}",
        "{'format':1}", "{\"format\":1,\"id\":\"s\" \"name\":\"x\"}", "{\"format\":NaN}", "[]", "null", "\"text\"", "42"})
    @DisplayName("throws a ValidationException, never a Jackson exception")
    void rejected(String text) {
      assertThat(violations(() -> json.readSession(text))).isNotEmpty();
      assertThat(violations(() -> json.readSession(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
          .isNotEmpty();
      assertThat(violations(() -> json.readComment(text))).isNotEmpty();
      assertThat(violations(() -> json.readTemplate(text))).isNotEmpty();
      assertThat(violations(() -> json.readExport(text))).isNotEmpty();
      assertThat(violations(() -> json.readValue(text))).isNotEmpty();
    }

    @Test
    @DisplayName("names the value where parsing broke, with line and column")
    void where() {
      Violation v = onlyViolation(() -> json.readSession("{\"format\":1,\"goals\":[{\"id\":\"g\"},\n{\"title\": tru}]}"));
      assertThat(v.path()).isEqualTo("goals[1].title");
      assertThat(v.message()).startsWith("malformed JSON at line 2, column").contains("tru");
    }

    @Test
    @DisplayName("refuses bytes that are not UTF-8")
    void notUtf8() {
      byte[] latin1 = "{\"format\":1,\"name\":\"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      assertThat(onlyViolation(() -> json.readSession(latin1)).message()).startsWith("malformed JSON").contains("UTF-8");
    }

    @Test
    @DisplayName("refuses duplicate fields rather than guess which one counts")
    void duplicates() {
      Violation v = onlyViolation(() -> json.readSession(richJson.replace("\"format\":1,", "\"format\":1,\"id\":\"x\",")));
      assertThat(v.message()).contains("Duplicate").contains("\"id\"");
    }

    @Test
    @DisplayName("refuses a document that is not an object at the empty path")
    void notAnObject() {
      assertThat(onlyViolation(() -> json.readSession("[1]")))
          .isEqualTo(new Violation("", "expected a JSON object but got an array"));
    }
  }

  @Nested
  @DisplayName("when a field is missing, null or of the wrong type")
  class WrongFields {

    @Test
    @DisplayName("names an unknown enum constant and the constants allowed")
    void unknownEnum() {
      assertThat(sessionWith(e -> e.set("goals[3].status", "\"FINISHED\""))).isEqualTo(new Violation(
          "goals[3].status", "unknown value \"FINISHED\"; expected one of OPEN, IN_PROGRESS, DONE, SKIPPED"));
      assertThat(sessionWith(e -> e.set("history[0].action", "\"start\"")).path()).isEqualTo("history[0].action");
      assertThat(sessionWith(e -> e.set("collaborators[1].role", "\"ADMIN\"")).path()).isEqualTo("collaborators[1].role");
    }

    @Test
    @DisplayName("names a missing required field, and a null one")
    void missingRequired() {
      assertThat(sessionWith(e -> e.remove("id"))).isEqualTo(new Violation("id", "is missing"));
      assertThat(sessionWith(e -> e.set("name", "null"))).isEqualTo(new Violation("name", "must not be null"));
      assertThat(sessionWith(e -> e.remove("goals[2].title")).path()).isEqualTo("goals[2].title");
      assertThat(sessionWith(e -> e.remove("settings.notifyMentions")).path()).isEqualTo("settings.notifyMentions");
      assertThat(sessionWith(e -> e.remove("customFields")).path()).isEqualTo("customFields");
      assertThat(sessionWith(e -> e.remove("goals")).path()).isEqualTo("goals");
    }

    @Test
    @DisplayName("names a value of the wrong type and says what was expected")
    void wrongTypes() {
      assertThat(sessionWith(e -> e.set("name", "42")))
          .isEqualTo(new Violation("name", "expected a string but got the number 42"));
      assertThat(sessionWith(e -> e.set("goals[1].weight", "\"heavy\"")))
          .isEqualTo(new Violation("goals[1].weight", "expected an integer but got the string \"heavy\""));
      assertThat(sessionWith(e -> e.set("goals[1].weight", "1.5")).message()).contains("expected an integer");
      assertThat(sessionWith(e -> e.set("goals[1].weight", "3000000000")).message()).contains("32 bits");
      assertThat(sessionWith(e -> e.set("version", "18446744073709551616")).message()).contains("64 bits");
      assertThat(sessionWith(e -> e.set("settings.commentsEnabled", "\"yes\"")).message()).contains("true or false");
      assertThat(sessionWith(e -> e.set("collaborators", "{}")))
          .isEqualTo(new Violation("collaborators", "expected an array but got an object"));
      assertThat(sessionWith(e -> e.set("goals[0]", "\"g-1\"")).path()).isEqualTo("goals[0]");
      assertThat(sessionWith(e -> e.set("metadata.tags[1]", "7")).path()).isEqualTo("metadata.tags[1]");
      assertThat(sessionWith(e -> e.set("template", "\"t-1\"")).path()).isEqualTo("template");
      assertThat(sessionWith(e -> e.set("settings", "[]")).path()).isEqualTo("settings");
      assertThat(sessionWith(e -> e.set("customFields", "[]")).path()).isEqualTo("customFields");
    }

    @Test
    @DisplayName("names an instant or duration that is not ISO-8601")
    void time() {
      assertThat(sessionWith(e -> e.set("createdAt", "\"yesterday\"")).message())
          .startsWith("expected an ISO-8601 instant").endsWith("\"yesterday\"");
      assertThat(sessionWith(e -> e.set("createdAt", "1767225600000")).message()).contains("expected a string");
      assertThat(sessionWith(e -> e.set("estimatedDuration", "\"1h\"")))
          .isEqualTo(new Violation("estimatedDuration", "expected an ISO-8601 duration like PT1H30M but got \"1h\""));
    }

    @Test
    @DisplayName("names a custom value that no Long or Double can hold, by its path inside the fields")
    void customNumbers() {
      String plain = json.writeSession(aSession().build());
      String huge = plain.replace("\"customFields\":{}", "\"customFields\":{\"deep\":{\"list\":[1, -1e999]}}");
      String long65 = plain.replace("\"customFields\":{}", "\"customFields\":{\"n\":-9223372036854775809}");

      assertThat(onlyViolation(() -> json.readSession(huge)))
          .isEqualTo(new Violation("customFields.deep.list[1]", "number is beyond the range of a double"));
      assertThat(onlyViolation(() -> json.readSession(long65)))
          .isEqualTo(new Violation("customFields.n", "integers must fit in 64 bits but got -9223372036854775809"));
    }

    @Test
    @DisplayName("reports every problem of a document at once, in document order")
    void everyProblem() {
      String tampered = JsonEdit.of(richJson)
          .remove("id")
          .set("goals[0].status", "\"NOPE\"")
          .set("goals[2].weight", "\"1\"")
          .set("settings.breakReminder", "5")
          .set("commentCount", "-1.5")
          .json();
      assertThat(violations(() -> json.readSession(tampered))).extracting(Violation::path)
          .containsExactly("id", "goals[0].status", "goals[2].weight", "settings.breakReminder", "commentCount");
    }

    @Test
    @DisplayName("prefixes the paths inside an export with session and comments[i]")
    void exportPaths() {
      SessionGenerator generator = new SessionGenerator(8L);
      String export = json.writeExport(new SessionExport(rich,
          List.of(generator.nextComment(rich.id(), 1), generator.nextComment(rich.id(), 2))));
      String tampered = JsonEdit.of(export)
          .set("session.goals[3].status", "\"X\"").set("comments[1].createdAt", "\"?\"").json();
      assertThat(violations(() -> json.readExport(tampered))).extracting(Violation::path)
          .containsExactlyInAnyOrder("session.goals[3].status", "comments[1].createdAt");
    }

    @Test
    @DisplayName("names the fields of comments and templates")
    void commentsAndTemplates() {
      SessionGenerator generator = new SessionGenerator(2L);
      String comment = JsonEdit.of(json.writeComment(generator.nextComment("s", 4))).set("number", "\"4\"").json();
      assertThat(onlyViolation(() -> json.readComment(comment)).path()).isEqualTo("number");
      String template = json.writeTemplate(Fixtures.generatedTemplate(t -> !t.goals().isEmpty()));
      String tampered = JsonEdit.of(template).set("goals[0].category", "\"CODING\"").json();
      assertThat(onlyViolation(() -> json.readTemplate(tampered)).path()).isEqualTo("goals[0].category");
    }
  }

  @Nested
  @DisplayName("when the session breaks a rule of the model")
  class ModelRules {

    @Test
    @DisplayName("refuses two owners, or none, at collaborators")
    void owners() {
      Session s = aSession().build();
      String twoOwners = JsonEdit.of(json.writeSession(s))
          .set("collaborators[1]", json.writeValue(java.util.Map.of("userId", "bob", "role", "OWNER",
              "addedAt", Fixtures.T0.toString()))).json();
      String noOwner = JsonEdit.of(json.writeSession(s)).set("collaborators[0].role", "\"VIEWER\"").json();

      assertThat(onlyViolation(() -> json.readSession(twoOwners)))
          .extracting(Violation::path, Violation::message)
          .containsExactly("collaborators", "session s-1 has more than one owner");
      assertThat(onlyViolation(() -> json.readSession(noOwner)).path()).isEqualTo("collaborators");
    }

    @Test
    @DisplayName("refuses a negative comment count at commentCount")
    void commentCount() {
      assertThat(sessionWith(e -> e.set("commentCount", "-1")).path()).isEqualTo("commentCount");
    }

    @Test
    @DisplayName("names the rule broken inside an export under session")
    void inExport() {
      String export = json.writeExport(new SessionExport(aSession().build(), List.of()));
      String tampered = JsonEdit.of(export).set("session.collaborators[0].role", "\"VIEWER\"").json();
      assertThat(violations(() -> json.readExport(tampered))).extracting(Violation::path, Violation::message)
          .containsExactly(tuple("session.collaborators", "session s-1 has no owner"));
    }

    @Test
    @DisplayName("does not mistake an owner for the path when the role is what is wrong")
    void ownerAndRole() {
      Session s = aSession().collaborators(List.of(new Collaborator("ann", Role.OWNER, Fixtures.T0),
          new Collaborator("bob", Role.VIEWER, Fixtures.T0))).build();
      String tampered = JsonEdit.of(json.writeSession(s)).set("collaborators[1].role", "\"BOSS\"").json();
      assertThat(onlyViolation(() -> json.readSession(tampered)).path()).isEqualTo("collaborators[1].role");
    }
  }
}
