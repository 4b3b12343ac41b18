package dev.sessionhub.spring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

@DisplayName("The endpoints of a session's parts")
class SessionPartsEndpointsTest extends HttpTestSupport {

  private String version;

  private MvcResult send(MockHttpServletRequestBuilder b, String user) {
    MvcResult r = perform(b.with(as(user)).header("If-Match", version));
    if (r.getResponse().getStatus() < 300) {
      version = etag(r);
    }
    return r;
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
    return b.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  private static void status(MvcResult r, int status) {
    try {
      assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
    } catch (java.io.UnsupportedEncodingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  @DisplayName("goals, dependencies, status, milestones, blockers, resources and learnings")
  void plan() {
    String id = createId("ann", "plan");
    String base = "/api/sessions/" + id;
    version = etag(read("ann", id));
    MvcResult g1 = send(json(post(base + "/goals"), "{\"title\":\"design\",\"category\":\"PLANNING\",\"weight\":3,"
        + "\"successCriteria\":[\"reviewed\"],\"estimate\":\"PT1H\"}"), "ann");
    status(g1, 201);
    String design = body(g1).get("goals").get(0).get("id").asText();
    MvcResult g2 = send(json(post(base + "/goals"), "{\"title\":\"build\"}"), "ann");
    String build = body(g2).get("goals").get(1).get("id").asText();
    status(send(put(base + "/goals/" + build + "/dependencies/" + design), "ann"), 200);
    JsonNode cycle = problem(send(put(base + "/goals/" + design + "/dependencies/" + build), "ann"), 400);
    assertThat(cycle.get("errors").size()).isPositive();
    status(send(delete(base + "/goals/" + build + "/dependencies/" + design), "ann"), 200);
    MvcResult patched = send(json(patch(base + "/goals/" + design), "{\"title\":\"design v2\",\"weight\":5}"), "ann");
    status(patched, 200);
    assertThat(body(patched).get("goals").get(0).get("title").asText()).isEqualTo("design v2");
    problem(send(json(patch(base + "/goals/" + design), "{}"), "ann"), 400);
    MvcResult milestone = send(json(post(base + "/milestones"), "{\"name\":\"M1\",\"requiredGoalIds\":[\"" + design + "\"]}"), "ann");
    status(milestone, 201);
    String m1 = body(milestone).get("milestones").get(0).get("id").asText();
    MvcResult blocker = send(json(post(base + "/blockers"), "{\"description\":\"waiting\",\"goalId\":\"" + design + "\"}"), "ann");
    status(blocker, 201);
    String b1 = body(blocker).get("blockers").get(0).get("id").asText();
    problem(send(json(put(base + "/goals/" + design + "/status"), "{\"status\":\"DONE\"}"), "ann"), 400);
    status(send(json(post(base + "/blockers/" + b1 + "/resolution"), "{\"resolution\":\"arrived\"}"), "ann"), 200);
    MvcResult done = send(json(put(base + "/goals/" + design + "/status"), "{\"status\":\"DONE\"}"), "ann");
    status(done, 200);
    assertThat(body(done).get("goals").get(0).get("status").asText()).isEqualTo("DONE");
    problem(send(json(put(base + "/goals/" + design + "/status"), "{\"status\":\"FINISHED\"}"), "ann"), 400);
    MvcResult resource = send(json(post(base + "/resources"), "{\"title\":\"spec\",\"url\":\"https://example.org/spec\"}"), "ann");
    status(resource, 201);
    String r1 = body(resource).get("resources").get(0).get("id").asText();
    status(send(delete(base + "/resources/" + r1), "ann"), 200);
    status(send(delete(base + "/milestones/" + m1), "ann"), 200);
    status(send(delete(base + "/goals/" + build), "ann"), 200);
    problem(send(delete(base + "/goals/nope"), "ann"), 404);
    MvcResult learning = perform(json(post(base + "/learnings"), "{\"text\":\"measure first\"}").with(as("ann")));
    status(learning, 201);
    assertThat(body(learning).get("learnings").get(0).get("text").asText()).isEqualTo("measure first");
    JsonNode progress = body(perform(get(base + "/progress").with(as("ann"))));
    assertThat(progress.get("goalsDone").asInt()).isEqualTo(1);
    assertThat(progress.get("percent").asDouble()).isEqualTo(100.0);
  }

  @Test
  @DisplayName("collaborators, roles and ownership")
  void members() {
    String id = createId("ann", "members");
    String base = "/api/sessions/" + id;
    version = etag(read("ann", id));
    status(send(json(post(base + "/collaborators"), "{\"userId\":\"bob\",\"role\":\"VIEWER\"}"), "ann"), 201);
    assertThat(read("bob", id).getResponse().getStatus()).isEqualTo(200);
    problem(send(json(post(base + "/collaborators"), "{\"userId\":\"carol\",\"role\":\"BOSS\"}"), "ann"), 400);
    status(send(json(put(base + "/collaborators/bob"), "{\"role\":\"COLLABORATOR\"}"), "ann"), 200);
    MvcResult handed = send(json(put(base + "/owner"), "{\"userId\":\"bob\"}"), "ann");
    status(handed, 200);
    assertThat(body(handed).get("ownerId").asText()).isEqualTo("bob");
    problem(send(delete(base + "/collaborators/bob"), "ann"), 403);
    status(send(delete(base + "/collaborators/ann"), "bob"), 200);
    problem(read("ann", id), 404);
  }

  @Test
  @DisplayName("comments: add, reply, edit one's own, paged list; activity log")
  void comments() {
    String id = createId("ann", "talk");
    String base = "/api/sessions/" + id;
    version = etag(read("ann", id));
    send(json(post(base + "/collaborators"), "{\"userId\":\"bob\",\"role\":\"VIEWER\"}"), "ann");
    MvcResult c1 = perform(json(post(base + "/comments"), "{\"body\":\"hello @bob\"}").with(as("ann")));
    status(c1, 201);
    String cid = body(c1).get("id").asText();
    assertThat(c1.getResponse().getHeader("Location")).isEqualTo(base + "/comments/" + cid);
    assertThat(body(c1).get("mentions").get(0).asText()).isEqualTo("bob");
    problem(perform(json(post(base + "/comments"), "{\"body\":\"hi @zed\"}").with(as("ann"))), 400);
    MvcResult reply = perform(json(post(base + "/comments/" + cid + "/replies"), "{\"body\":\"hi\"}").with(as("bob")));
    status(reply, 201);
    assertThat(body(reply).get("parentId").asText()).isEqualTo(cid);
    problem(perform(json(patch(base + "/comments/" + cid), "{\"body\":\"mine now\"}").with(as("bob"))), 403);
    MvcResult edited = perform(json(patch(base + "/comments/" + cid), "{\"body\":\"edited\"}").with(as("ann")));
    status(edited, 200);
    assertThat(body(edited).get("body").asText()).isEqualTo("edited");
    JsonNode page1 = body(perform(get(base + "/comments?size=1").with(as("bob"))));
    assertThat(page1.get("items").size()).isEqualTo(1);
    JsonNode page2 = body(perform(get(base + "/comments?size=1&cursor=" + page1.get("nextCursor").asText()).with(as("bob"))));
    assertThat(page2.get("items").get(0).get("body").asText()).isEqualTo("hi");
    problem(perform(get(base + "/comments?cursor=%%%").with(as("bob"))), 400);
    JsonNode activity = body(perform(get(base + "/activity?size=500").with(as("bob"))));
    assertThat(activity.get("items").size()).isGreaterThanOrEqualTo(4);
    assertThat(activity.get("items").get(0).get("actor").asText()).isEqualTo("ann");
  }

  @Test
  @DisplayName("attachments: streamed multipart upload, download with type, safe disposition and nosniff; 413 past the limit")
  void attachments() throws Exception {
    String id = createId("ann", "files");
    String base = "/api/sessions/" + id;
    byte[] content = "r\u00e9sum\u00e9 body\r\n--not-a-boundary\r\n".getBytes(StandardCharsets.UTF_8);
    MvcResult up = perform(post(base + "/attachments").with(as("ann")).contentType("multipart/form-data; boundary=b0undary")
        .content(Multipart.file("b0undary", "r\u00e9sum\u00e9 \"final\".txt", "text/plain; charset=utf-8", content)));
    status(up, 201);
    JsonNode att = body(up).get("attachments").get(0);
    assertThat(att.get("size").asLong()).isEqualTo(content.length);
    assertThat(att.get("contentType").asText()).isEqualTo("text/plain");
    MvcResult down = perform(get(base + "/attachments/" + att.get("id").asText()).with(as("ann")));
    status(down, 200);
    assertThat(down.getResponse().getContentAsByteArray()).isEqualTo(content);
    assertThat(down.getResponse().getContentType()).startsWith("text/plain");
    assertThat(down.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(down.getResponse().getHeader("Content-Disposition")).isEqualTo(
        "attachment; filename=\"r_sum_ _final_.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%22final%22.txt");
    problem(perform(get(base + "/attachments/nope").with(as("ann"))), 404);
    problem(perform(post(base + "/attachments").with(as("ann")).contentType(MediaType.APPLICATION_JSON).content("{}")), 415);
    problem(perform(post(base + "/attachments").with(as("ann")).contentType("multipart/form-data; boundary=q")
        .content("--q\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--q--\r\n")), 400);
    problem(perform(post(base + "/attachments").with(as("ann")).contentType("multipart/form-data")
        .content("--q\r\n")), 400);
    problem(perform(post(base + "/attachments").with(as("ann")).contentType("multipart/form-data; boundary=q")
        .content("--q\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\ntruncated")), 400);
    long before = body(read("ann", id)).get("version").asLong();
    byte[] big = new byte[26 * 1024 * 1024];
    problem(perform(post(base + "/attachments").with(as("ann")).contentType("multipart/form-data; boundary=q")
        .content(Multipart.file("q", "big.bin", "application/octet-stream", big))), 413);
    assertThat(body(read("ann", id)).get("version").asLong()).isEqualTo(before);
  }

  @Test
  @DisplayName("templates: list, one, versions, one version, save, suggestions")
  void templates() {
    JsonNode all = body(perform(get("/api/templates").with(as("ann"))));
    assertThat(all.get("items").size()).isPositive();
    String builtIn = all.get("items").get(0).get("id").asText();
    assertThat(body(perform(get("/api/templates/" + builtIn).with(as("ann")))).get("id").asText()).isEqualTo(builtIn);
    assertThat(body(perform(get("/api/templates/" + builtIn + "/versions").with(as("ann")))).get("items").size()).isPositive();
    status(perform(get("/api/templates/" + builtIn + "/versions/1").with(as("ann"))), 200);
    problem(perform(get("/api/templates/nope").with(as("ann"))), 404);
    String draft = """
        {"id":"rest-release","name":"Release {{version}}","description":"ship it","type":"FEATURE",
         "estimatedDuration":"PT4H","defaultPriority":"HIGH","difficulty":"INTERMEDIATE","tags":["release"],
         "parameters":[{"name":"version","description":"which","required":true}],
         "goals":[{"key":"tag","title":"Tag {{version}}"},{"key":"publish","title":"Publish","dependsOn":["tag"]}],
         "milestones":[{"name":"Out","requiredGoalKeys":["publish"]}]}""";
    MvcResult saved = perform(post("/api/templates").with(as("ann")).contentType(MediaType.APPLICATION_JSON).content(draft));
    status(saved, 201);
    assertThat(saved.getResponse().getHeader("Location")).isEqualTo("/api/templates/rest-release/versions/1");
    status(perform(post("/api/templates").with(as("ann")).contentType(MediaType.APPLICATION_JSON).content(draft)), 201);
    problem(perform(post("/api/templates").with(as("bob")).contentType(MediaType.APPLICATION_JSON).content(draft)), 403);
    JsonNode bad = problem(perform(post("/api/templates").with(as("ann")).contentType(MediaType.APPLICATION_JSON)
        .content("{\"id\":\"x\",\"goals\":[{\"title\":1}]}")), 400);
    assertThat(bad.get("errors").findValuesAsString("path")).contains("name", "type", "difficulty", "goals[0].key", "goals[0].title");
    MvcResult s = create("ann", "{\"template\":\"rest-release\",\"parameters\":{\"version\":\"1.0\"}}");
    assertThat(body(s).get("name").asText()).isEqualTo("Release 1.0");
    JsonNode suggestions = body(perform(get("/api/templates/suggestions").with(as("ann"))));
    assertThat(suggestions.get("items").get(0).get("factors").size()).isPositive();
  }
}
