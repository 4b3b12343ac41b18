package dev.sessionhub.spring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import dev.sessionhub.NewGoal;
import dev.sessionhub.NewSession;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The README's permission matrix, over HTTP: every operation on a session, for its owner (ann), a
 * collaborator (bob), a viewer (carol) and a stranger (dave). The expectations are read from the
 * README's table (as core's {@code ReadmeMatrixTest} reads it): "yes" is a 2xx, "denied" a 403 and
 * "not found" a 404; a refused call leaves the session's version and export unchanged.
 */
@DisplayName("The README's permission matrix over HTTP")
class PermissionMatrixHttpTest extends HttpTestSupport {

  private static final Pattern ROW = Pattern.compile(
      "^\\| `(\\w+)` \\| [^|]+ \\| (\\w+) \\| (\\w+) \\| (\\w+) \\| not found \\|$", Pattern.MULTILINE);
  private static final String[] USERS = {"ann", "bob", "carol", "dave"};

  @Autowired
  SessionHub hub;

  static Map<String, String[]> readme() throws Exception {
    String text = Files.readString(Path.of("../README.md"));
    Map<String, String[]> rows = new LinkedHashMap<>();
    Matcher m = ROW.matcher(text);
    while (m.find()) {
      rows.put(m.group(1), new String[] {m.group(2), m.group(3), m.group(4), "not found"});
    }
    return rows;
  }

  static Stream<Arguments> cells() throws Exception {
    List<Arguments> out = new ArrayList<>();
    readme().forEach((op, cells) -> {
      for (int i = 0; i < USERS.length; i++) {
        out.add(Arguments.of(op, USERS[i], cells[i]));
      }
    });
    return out.stream();
  }

  @Test
  @DisplayName("the README's table has a row for every operation this test drives")
  void everyRowIsDriven() throws Exception {
    assertThat(readme().keySet()).hasSize(34).allSatisfy(op -> assertThat(op).isIn(driven()));
  }

  private static List<String> driven() {
    return List.of("GET", "PROGRESS", "EXPORT", "LIST_COMMENTS", "LIST_ACTIVITY", "DOWNLOAD_ATTACHMENT", "ADD_COMMENT",
        "REPLY_COMMENT", "EDIT_COMMENT", "UPDATE", "START", "PAUSE", "RESUME", "COMPLETE", "REOPEN", "ADD_GOAL",
        "UPDATE_GOAL", "REMOVE_GOAL", "SET_GOAL_STATUS", "ADD_DEPENDENCY", "REMOVE_DEPENDENCY", "ADD_MILESTONE",
        "REMOVE_MILESTONE", "RAISE_BLOCKER", "RESOLVE_BLOCKER", "ADD_RESOURCE", "REMOVE_RESOURCE", "ADD_LEARNING",
        "UPLOAD_ATTACHMENT", "ADD_COLLABORATOR", "CHANGE_ROLE", "REMOVE_COLLABORATOR", "TRANSFER_OWNERSHIP", "ARCHIVE");
  }

  @ParameterizedTest(name = "{0} by {1}: {2}")
  @MethodSource("cells")
  void cell(String operation, String user, String expected) {
    Fixture f = fixture(operation);
    String exportBefore = hub.exportJson("ann", f.id);
    MvcResult r = perform(call(operation, user, f));
    int status = r.getResponse().getStatus();
    switch (expected) {
      case "yes" -> assertThat(status).as(operation + " by " + user + ": " + text(r)).isBetween(200, 299);
      case "denied" -> problem(r, 403);
      default -> problem(r, 404);
    }
    if (!expected.equals("yes")) {
      assertThat(hub.get("ann", f.id).version()).isEqualTo(f.version);
      assertThat(hub.exportJson("ann", f.id)).isEqualTo(exportBefore);
    }
  }

  private static String text(MvcResult r) {
    try {
      return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    } catch (Exception e) {
      return "";
    }
  }

  /** A session of ann's with bob as collaborator, carol and erin as viewers, and one of everything. */
  record Fixture(String id, long version, String goal, String spareGoal, String dependent, String milestone,
      String blocker, String resource, String attachment, Map<String, String> commentOf) {}

  private Fixture fixture(String operation) {
    Session s = hub.create("ann", NewSession.named("matrix " + operation));
    String id = s.id();
    s = hub.addCollaborator("ann", id, s.version(), "bob", Role.COLLABORATOR);
    s = hub.addCollaborator("ann", id, s.version(), "carol", Role.VIEWER);
    s = hub.addCollaborator("ann", id, s.version(), "erin", Role.VIEWER);
    s = hub.addGoal("ann", id, s.version(), NewGoal.titled("first"));
    String goal = s.goals().get(0).id();
    s = hub.addGoal("ann", id, s.version(), NewGoal.titled("spare"));
    String spare = s.goals().get(1).id();
    s = hub.addGoal("ann", id, s.version(), NewGoal.titled("dependent").dependingOn(goal));
    String dependent = s.goals().get(2).id();
    s = hub.addMilestone("ann", id, s.version(), "m", List.of(goal));
    s = hub.raiseBlocker("ann", id, s.version(), null, "stuck");
    s = hub.addResource("ann", id, s.version(), "docs", "https://example.org/docs");
    s = hub.uploadAttachment("ann", id, "notes.txt", "text/plain", new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)));
    Map<String, String> comments = new LinkedHashMap<>();
    for (String u : new String[] {"ann", "bob", "carol"}) {
      Comment c = hub.addComment(u, id, "from " + u);
      comments.put(u, c.id());
    }
    comments.put("dave", comments.get("ann"));
    s = hub.get("ann", id);
    switch (operation) {
      case "PAUSE", "COMPLETE" -> s = hub.start("ann", id, s.version());
      case "RESUME" -> s = hub.pause("ann", id, hub.start("ann", id, s.version()).version());
      case "REOPEN" -> s = hub.complete("ann", id, hub.start("ann", id, s.version()).version());
      default -> { }
    }
    return new Fixture(id, s.version(), goal, spare, dependent, s.milestones().get(0).id(), s.blockers().get(0).id(),
        s.resources().get(0).id(), s.attachments().get(0).id(), comments);
  }

  private MockHttpServletRequestBuilder call(String operation, String user, Fixture f) {
    String base = "/api/sessions/" + f.id;
    String v = "\"" + f.version + "\"";
    MockHttpServletRequestBuilder b = switch (operation) {
      case "GET" -> get(base);
      case "PROGRESS" -> get(base + "/progress");
      case "EXPORT" -> get(base + "/export");
      case "LIST_COMMENTS" -> get(base + "/comments");
      case "LIST_ACTIVITY" -> get(base + "/activity");
      case "DOWNLOAD_ATTACHMENT" -> get(base + "/attachments/" + f.attachment);
      case "ADD_COMMENT" -> json(post(base + "/comments"), "{\"body\":\"hi\"}");
      case "REPLY_COMMENT" -> json(post(base + "/comments/" + f.commentOf.get("ann") + "/replies"), "{\"body\":\"re\"}");
      case "EDIT_COMMENT" -> json(patch(base + "/comments/" + f.commentOf.get(user)), "{\"body\":\"edited\"}");
      case "UPDATE" -> json(patch(base), "{\"name\":\"renamed\"}");
      case "START", "PAUSE", "RESUME", "COMPLETE", "REOPEN" ->
          json(post(base), "{\"action\":\"" + operation.toLowerCase(java.util.Locale.ROOT) + "\"}");
      case "ADD_GOAL" -> json(post(base + "/goals"), "{\"title\":\"new\"}");
      case "UPDATE_GOAL" -> json(patch(base + "/goals/" + f.goal), "{\"title\":\"retitled\"}");
      case "REMOVE_GOAL" -> delete(base + "/goals/" + f.spareGoal);
      case "SET_GOAL_STATUS" -> json(put(base + "/goals/" + f.goal + "/status"), "{\"status\":\"IN_PROGRESS\"}");
      case "ADD_DEPENDENCY" -> put(base + "/goals/" + f.spareGoal + "/dependencies/" + f.goal);
      case "REMOVE_DEPENDENCY" -> delete(base + "/goals/" + f.dependent + "/dependencies/" + f.goal);
      case "ADD_MILESTONE" -> json(post(base + "/milestones"), "{\"name\":\"m2\",\"requiredGoalIds\":[\"" + f.spareGoal + "\"]}");
      case "REMOVE_MILESTONE" -> delete(base + "/milestones/" + f.milestone);
      case "RAISE_BLOCKER" -> json(post(base + "/blockers"), "{\"description\":\"again\",\"goalId\":\"" + f.goal + "\"}");
      case "RESOLVE_BLOCKER" -> json(post(base + "/blockers/" + f.blocker + "/resolution"), "{\"resolution\":\"fixed\"}");
      case "ADD_RESOURCE" -> json(post(base + "/resources"), "{\"title\":\"t\",\"url\":\"https://example.org/x\"}");
      case "REMOVE_RESOURCE" -> delete(base + "/resources/" + f.resource);
      case "ADD_LEARNING" -> json(post(base + "/learnings"), "{\"text\":\"learnt\"}");
      case "UPLOAD_ATTACHMENT" -> post(base + "/attachments").contentType("multipart/form-data; boundary=XyZ")
          .content(Multipart.file("XyZ", "b.txt", "text/plain", "bytes".getBytes(StandardCharsets.UTF_8)));
      case "ADD_COLLABORATOR" -> json(post(base + "/collaborators"), "{\"userId\":\"frank\",\"role\":\"VIEWER\"}");
      case "CHANGE_ROLE" -> json(put(base + "/collaborators/erin"), "{\"role\":\"COLLABORATOR\"}");
      case "REMOVE_COLLABORATOR" -> delete(base + "/collaborators/erin");
      case "TRANSFER_OWNERSHIP" -> json(put(base + "/owner"), "{\"userId\":\"erin\"}");
      case "ARCHIVE" -> delete(base);
      default -> throw new AssertionError("no HTTP call for " + operation);
    };
    return b.with(as(user)).header("If-Match", v);
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
    return b.contentType(MediaType.APPLICATION_JSON).content(body);
  }
}
