package dev.sessionhub.spring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

@DisplayName("The sessions endpoints")
class SessionEndpointsTest extends HttpTestSupport {

  @AfterEach
  void healHub() {
    RestTestApp.FAILURE.set(null);
  }

  @Test
  @DisplayName("create a blank session: 201, Location, ETag and core's JSON form")
  void create() {
    MvcResult r = create("ann", """
        {"name":"Fix login","description":"d","type":"BUG_FIX","priority":"HIGH","estimatedDuration":"PT2H",
         "tags":["auth"],"skills":["java"],"difficulty":"ADVANCED","settings":{"notifyMentions":false},
         "customFields":{"ticket":42}}""");
    JsonNode s = body(r);
    assertThat(s.get("format").asInt()).isEqualTo(1);
    assertThat(s.get("name").asText()).isEqualTo("Fix login");
    assertThat(s.get("type").asText()).isEqualTo("BUG_FIX");
    assertThat(s.get("priority").asText()).isEqualTo("HIGH");
    assertThat(s.get("status").asText()).isEqualTo("DRAFT");
    assertThat(s.get("ownerId").asText()).isEqualTo("ann");
    assertThat(s.get("estimatedDuration").asText()).isEqualTo("PT2H");
    assertThat(s.get("settings").get("notifyMentions").asBoolean()).isFalse();
    assertThat(s.get("settings").get("commentsEnabled").asBoolean()).isTrue();
    assertThat(s.get("customFields").get("ticket").asLong()).isEqualTo(42);
    assertThat(r.getResponse().getHeader("Location")).isEqualTo("/api/sessions/" + s.get("id").asText());
    assertThat(etag(r)).isEqualTo("\"" + s.get("version").asLong() + "\"");
  }

  @Test
  @DisplayName("create from a template with parameters")
  void createFromTemplate() {
    JsonNode templates = body(perform(get("/api/templates").with(as("ann"))));
    JsonNode t = templates.get("items").get(0);
    List<String> params = new ArrayList<>();
    t.get("parameters").forEach(p -> params.add("\"" + p.get("name").asText() + "\":\"x\""));
    MvcResult r = create("ann", "{\"template\":\"" + t.get("id").asText() + "\",\"parameters\":{" + String.join(",", params)
        + "},\"priority\":\"LOW\"}");
    JsonNode s = body(r);
    assertThat(s.get("template").get("templateId").asText()).isEqualTo(t.get("id").asText());
    assertThat(s.get("priority").asText()).isEqualTo("LOW");
    assertThat(s.get("goals").size()).isEqualTo(t.get("goals").size());
  }

  @Test
  @DisplayName("an Idempotency-Key retry returns the first session; another user's same key makes another")
  void idempotency() {
    String body = "{\"name\":\"once\"}";
    MvcResult first = perform(post("/api/sessions").with(as("ann")).header("Idempotency-Key", "k-1")
        .contentType(MediaType.APPLICATION_JSON).content(body));
    MvcResult retry = perform(post("/api/sessions").with(as("ann")).header("Idempotency-Key", "k-1")
        .contentType(MediaType.APPLICATION_JSON).content(body));
    MvcResult other = perform(post("/api/sessions").with(as("bob")).header("Idempotency-Key", "k-1")
        .contentType(MediaType.APPLICATION_JSON).content(body));
    assertThat(body(retry).get("id")).isEqualTo(body(first).get("id"));
    assertThat(body(retry).get("version")).isEqualTo(body(first).get("version"));
    assertThat(body(other).get("id")).isNotEqualTo(body(first).get("id"));
    JsonNode bad = problem(perform(post("/api/sessions").with(as("ann")).header("Idempotency-Key", "")
        .contentType(MediaType.APPLICATION_JSON).content(body)), 400);
    assertThat(bad.get("errors").get(0).get("path").asText()).isEqualTo("Idempotency-Key");
  }

  @Test
  @DisplayName("GET answers 304 to If-None-Match of the current version, 200 to a stale one")
  void conditionalGet() {
    String id = createId("ann", "etag");
    MvcResult r = read("ann", id);
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    MvcResult same = perform(get("/api/sessions/" + id).with(as("ann")).header("If-None-Match", etag(r)));
    assertThat(same.getResponse().getStatus()).isEqualTo(304);
    assertThat(same.getResponse().getContentAsByteArray()).isEmpty();
    assertThat(etag(same)).isEqualTo(etag(r));
    MvcResult stale = perform(get("/api/sessions/" + id).with(as("ann")).header("If-None-Match", "\"999\""));
    assertThat(stale.getResponse().getStatus()).isEqualTo(200);
  }

  @Test
  @DisplayName("PATCH needs If-Match: 428 without, 400 unparseable, 412 stale naming both versions, 200 current")
  void patchPreconditions() {
    String id = createId("ann", "patch me");
    String v1 = etag(read("ann", id));
    String change = "{\"name\":\"renamed\",\"tags\":[\"a\",\"b\"]}";
    problem(perform(patch("/api/sessions/" + id).with(as("ann")).contentType(MediaType.APPLICATION_JSON).content(change)), 428);
    JsonNode bad = problem(perform(patch("/api/sessions/" + id).with(as("ann")).header("If-Match", "seven")
        .contentType(MediaType.APPLICATION_JSON).content(change)), 400);
    assertThat(bad.get("errors").get(0).get("path").asText()).isEqualTo("If-Match");
    MvcResult ok = perform(patch("/api/sessions/" + id).with(as("ann")).header("If-Match", v1)
        .contentType("application/merge-patch+json").content(change));
    assertThat(ok.getResponse().getStatus()).isEqualTo(200);
    assertThat(body(ok).get("name").asText()).isEqualTo("renamed");
    assertThat(body(ok).get("metadata").get("tags").toString()).isEqualTo("[\"a\",\"b\"]");
    assertThat(etag(ok)).isNotEqualTo(v1);
    JsonNode stale = problem(perform(patch("/api/sessions/" + id).with(as("ann")).header("If-Match", v1)
        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"again\"}")), 412);
    assertThat(stale.get("expectedVersion").asLong()).isEqualTo(Long.parseLong(v1.replace("\"", "")));
    assertThat(stale.get("currentVersion").asLong()).isEqualTo(body(ok).get("version").asLong());
    assertThat(body(read("ann", id)).get("name").asText()).isEqualTo("renamed");
  }

  @Test
  @DisplayName("an edit based on a version with only appends since succeeds (appends take no If-Match)")
  void appendsDoNotConflict() {
    String id = createId("ann", "appends");
    String v = etag(read("ann", id));
    MvcResult learn = perform(post("/api/sessions/" + id + "/learnings").with(as("ann"))
        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"caches lie\"}"));
    assertThat(learn.getResponse().getStatus()).isEqualTo(201);
    MvcResult ok = perform(patch("/api/sessions/" + id).with(as("ann")).header("If-Match", v)
        .contentType(MediaType.APPLICATION_JSON).content("{\"priority\":\"CRITICAL\"}"));
    assertThat(ok.getResponse().getStatus()).isEqualTo(200);
    assertThat(body(ok).get("learnings").size()).isEqualTo(1);
  }

  @Test
  @DisplayName("lifecycle actions over POST, archive over DELETE, 409 on an illegal move")
  void lifecycle() {
    String id = createId("ann", "life");
    String v = etag(read("ann", id));
    MvcResult started = action("ann", id, v, "start");
    assertThat(body(started).get("status").asText()).isEqualTo("ACTIVE");
    MvcResult paused = action("ann", id, etag(started), "pause");
    assertThat(body(paused).get("status").asText()).isEqualTo("PAUSED");
    JsonNode illegal = problem(action("ann", id, etag(paused), "reopen"), 409);
    assertThat(illegal.get("sessionStatus").asText()).isEqualTo("PAUSED");
    MvcResult resumed = action("ann", id, etag(paused), "RESUME");
    MvcResult done = action("ann", id, etag(resumed), "complete");
    assertThat(body(done).get("status").asText()).isEqualTo("COMPLETED");
    JsonNode unknown = problem(action("ann", id, etag(done), "explode"), 400);
    assertThat(unknown.get("errors").get(0).get("path").asText()).isEqualTo("action");
    MvcResult archived = perform(delete("/api/sessions/" + id).with(as("ann")).header("If-Match", etag(done)));
    assertThat(archived.getResponse().getStatus()).isEqualTo(200);
    assertThat(body(archived).get("status").asText()).isEqualTo("ARCHIVED");
    problem(perform(delete("/api/sessions/" + id).with(as("ann"))), 428);
  }

  MvcResult action(String user, String id, String version, String action) {
    return perform(post("/api/sessions/" + id).with(as(user)).header("If-Match", version)
        .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"" + action + "\"}"));
  }

  @Test
  @DisplayName("search with filters and a cursor: next link in the body and the Link header")
  void search() {
    for (int i = 0; i < 5; i++) {
      create("erin", "{\"name\":\"search " + i + "\",\"priority\":\"" + (i % 2 == 0 ? "HIGH" : "LOW") + "\",\"tags\":[\"s\"]}");
    }
    MvcResult page1 = perform(get("/api/sessions?priority=HIGH&tag=s&sort=name&direction=asc&size=2").with(as("erin")));
    assertThat(page1.getResponse().getStatus()).isEqualTo(200);
    JsonNode p1 = body(page1);
    assertThat(p1.get("items").size()).isEqualTo(2);
    assertThat(p1.get("items").get(0).get("name").asText()).isEqualTo("search 0");
    String next = p1.get("next").asText();
    assertThat(next).startsWith("/api/sessions?").contains("cursor=");
    assertThat(page1.getResponse().getHeader("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
    JsonNode p2 = body(perform(get(java.net.URI.create(next)).with(as("erin"))));
    assertThat(p2.get("items").size()).isEqualTo(1);
    assertThat(p2.get("items").get(0).get("name").asText()).isEqualTo("search 4");
    assertThat(p2.get("nextCursor").isNull()).isTrue();
    JsonNode text = body(perform(get("/api/sessions?q=search&role=owner&status=DRAFT").with(as("erin"))));
    assertThat(text.get("items").size()).isEqualTo(5);
    assertThat(body(perform(get("/api/sessions?q=search").with(as("dave")))).get("items").size()).isZero();
    JsonNode bad = problem(perform(get("/api/sessions?status=SLEEPING&sort=colour&size=0&color=red").with(as("erin"))), 400);
    assertThat(bad.get("errors").findValuesAsString("path")).contains("size");
    JsonNode bad2 = problem(perform(get("/api/sessions?status=SLEEPING&sort=colour&color=red").with(as("erin"))), 400);
    assertThat(bad2.get("errors").findValuesAsString("path")).containsExactlyInAnyOrder("color", "status", "sort");
    problem(perform(get("/api/sessions?cursor=not-a-cursor").with(as("erin"))), 400);
  }

  @Test
  @DisplayName("changes since a time, progress, export and import (with Idempotency-Key)")
  void changesProgressExportImport() {
    String id = createId("carol", "exported");
    JsonNode changes = body(perform(get("/api/sessions/changes?since=2000-01-01T00:00:00Z&size=500").with(as("carol"))));
    assertThat(changes.get("items").findValuesAsString("id")).contains(id);
    problem(perform(get("/api/sessions/changes?since=yesterday").with(as("carol"))), 400);
    problem(perform(get("/api/sessions/changes").with(as("carol"))), 400);
    JsonNode progress = body(perform(get("/api/sessions/" + id + "/progress").with(as("carol"))));
    assertThat(progress.get("percent").asDouble()).isZero();
    assertThat(progress.get("goalsTotal").asInt()).isZero();
    MvcResult export = perform(get("/api/sessions/" + id + "/export").with(as("carol")));
    assertThat(export.getResponse().getStatus()).isEqualTo(200);
    String doc;
    try {
      doc = export.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(body(export).get("session").get("id").asText()).isEqualTo(id);
    JsonNode dup = problem(perform(post("/api/sessions/import").with(as("carol")).contentType(MediaType.APPLICATION_JSON)
        .content(doc)), 409);
    assertThat(dup.get("id").asText()).isEqualTo(id);
    problem(perform(post("/api/sessions/import").with(as("dave")).contentType(MediaType.APPLICATION_JSON).content(doc)), 403);
    problem(perform(post("/api/sessions/import").with(as("carol")).contentType(MediaType.APPLICATION_JSON)
        .content("{\"format\":1}")), 400);
  }

  @Test
  @DisplayName("unknown session 404, a stranger's read 404 (existence does not leak), no credentials 401")
  void notFoundAndUnauthenticated() {
    String id = createId("ann", "private");
    JsonNode nf = problem(read("ann", "no-such-session"), 404);
    assertThat(nf.get("detail").asText()).contains("no-such-session");
    problem(read("dave", id), 404);
    MvcResult anon = perform(get("/api/sessions/" + id));
    assertThat(anon.getResponse().getStatus()).isEqualTo(401);
    MvcResult wrongPassword = perform(get("/api/sessions/" + id).header("Authorization", "Basic YW5uOm5vcGU="));
    assertThat(wrongPassword.getResponse().getStatus()).isEqualTo(401);
  }

  @Test
  @DisplayName("Spring's own errors are problems: unknown route 404, 405, 406, 415, missing body, type mismatch")
  void springErrors() {
    String id = createId("ann", "spring");
    problem(perform(get("/api/nothing/here").with(as("ann"))), 404);
    MvcResult m = perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/sessions/" + id)
        .with(as("ann")).contentType(MediaType.APPLICATION_JSON).content("{}"));
    problem(m, 405);
    assertThat(m.getResponse().getHeader("Allow")).contains("GET");
    problem(perform(get("/api/sessions/" + id).with(as("ann")).accept(MediaType.TEXT_HTML)), 406);
    problem(perform(post("/api/sessions").with(as("ann")).contentType(MediaType.TEXT_PLAIN).content("name")), 415);
    problem(perform(post("/api/sessions").with(as("ann")).contentType(MediaType.APPLICATION_JSON)), 400);
    JsonNode size = problem(perform(get("/api/sessions?size=lots").with(as("ann"))), 400);
    assertThat(size.get("errors").get(0).get("path").asText()).isEqualTo("size");
    problem(perform(get("/api/templates/x/versions/one").with(as("ann"))), 400);
  }

  @Test
  @DisplayName("a body past the limit is 413; broken JSON lists where it broke")
  void bodies() {
    String big = "{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
    problem(perform(post("/api/sessions").with(as("ann")).contentType(MediaType.APPLICATION_JSON).content(big)), 413);
    JsonNode broken = problem(perform(post("/api/sessions").with(as("ann")).contentType(MediaType.APPLICATION_JSON)
        .content("{\"name\":\"a\",")), 400);
    assertThat(broken.get("errors").get(0).get("message").asText()).contains("malformed JSON");
    JsonNode dup = problem(perform(post("/api/sessions").with(as("ann")).contentType(MediaType.APPLICATION_JSON)
        .content("{\"name\":\"a\",\"name\":\"b\"}")), 400);
    assertThat(dup.get("errors").get(0).get("message").asText()).containsIgnoringCase("duplicate");
    JsonNode many = problem(perform(post("/api/sessions").with(as("ann")).contentType(MediaType.APPLICATION_JSON)
        .content("{\"name\":7,\"type\":\"NAP\",\"priority\":1,\"tags\":[1],\"estimatedDuration\":\"soon\",\"colour\":1,"
            + "\"settings\":{\"commentsEnabled\":\"yes\"}}")), 400);
    assertThat(many.get("errors").findValuesAsString("path")).containsExactlyInAnyOrder(
        "name", "type", "priority", "tags[0]", "estimatedDuration", "colour", "settings.commentsEnabled");
    JsonNode huge = problem(perform(post("/api/sessions").with(as("ann")).contentType(MediaType.APPLICATION_JSON)
        .content("{\"name\":\"n\",\"customFields\":{\"n\":123456789012345678901234567890}}")), 400);
    assertThat(huge.get("errors").get(0).get("path").asText()).isEqualTo("customFields.n");
  }

  @Test
  @DisplayName("the README's example problem document is what the API answers")
  void readmeExample() throws Exception {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
    String section = readme.substring(readme.indexOf("## REST API"));
    String example = section.substring(section.indexOf("```json") + 7, section.indexOf("```", section.indexOf("```json") + 7));
    MvcResult r = perform(post("/api/sessions").with(as("ann")).contentType(MediaType.APPLICATION_JSON)
        .content("{\"priority\":\"URGENT\"}"));
    problem(r, 400);
    assertThat(body(r)).isEqualTo(JSON.readTree(example));
  }

  @Test
  @DisplayName("a store outage is 503 with Retry-After; an unexpected failure is a 500 without detail")
  void failures() {
    String id = createId("ann", "fail");
    RestTestApp.FAILURE.set(RestTestApp.storeDown());
    MvcResult down = perform(get("/api/sessions/" + id).with(as("ann")));
    JsonNode p = problem(down, 503);
    assertThat(down.getResponse().getHeader("Retry-After")).isEqualTo("5");
    assertThat(p.toString()).doesNotContain("db.internal");
    RestTestApp.FAILURE.set(new IllegalStateException("secret internals"));
    MvcResult boom = perform(get("/api/sessions/" + id).with(as("ann")));
    JsonNode b = problem(boom, 500);
    assertThat(b.has("detail")).isFalse();
    assertThat(b.toString()).doesNotContain("secret");
  }
}
