package dev.sessionhub.spring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import dev.sessionhub.NewGoal;
import dev.sessionhub.NewSession;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Generated malformed requests across the endpoints: broken JSON, wrong types, huge values,
 * unknown enum constants and fields, duplicate keys, bad UTF-8, bad If-Match and Idempotency-Key
 * headers, bad cursors, sizes and query values. Every answer must be a 4xx problem document, and
 * nothing may be written: the target session's version and export, the acting user's sessions and
 * the templates stay as they were. The generator is seeded ({@code -Dsessionhub.fuzz.seed=...}
 * replays a run); every failure names the seed and the case.
 */
@DisplayName("Malformed input over HTTP")
class MalformedInputTest extends HttpTestSupport {

  private static final int CASES = 2_000;

  @Autowired
  SessionHub hub;

  private Random random;
  private Target target;

  /** One endpoint: method, path, a valid body and its enum fields, and whether it needs If-Match. */
  record Endpoint(HttpMethod method, String path, Map<String, Object> body, List<String> enums, boolean ifMatch) {}

  record Target(String id, long version, String goal, String blocker, String comment, String template, String export) {}

  @Test
  @DisplayName("every one of 2,000 generated malformed requests is a 4xx problem and writes nothing")
  void malformed() {
    long seed = Long.getLong("sessionhub.fuzz.seed", System.nanoTime());
    random = new Random(seed);
    target = target();
    String exportBefore = hub.exportJson("dave", target.id);
    int sessionsBefore = daveSessions();
    int templatesBefore = hub.templates().size();
    List<Endpoint> endpoints = endpoints();
    for (int i = 0; i < CASES; i++) {
      String[] description = new String[1];
      MockHttpServletRequestBuilder request = switch (random.nextInt(10)) {
        case 0, 1 -> headerCase(endpoints, description);
        case 2, 3 -> queryCase(description);
        default -> bodyCase(endpoints, description);
      };
      MvcResult r = perform(request.with(as("dave")));
      String where = "seed " + seed + ", case " + i + ": " + description[0];
      int status = r.getResponse().getStatus();
      assertThat(status).as(where + " -> " + text(r)).isBetween(400, 499);
      assertThat(r.getResponse().getContentType()).as(where).startsWith("application/problem+json");
      assertThat(body(r).get("status").asInt()).as(where).isEqualTo(status);
      assertThat(text(r)).as(where).doesNotContain("Exception").doesNotContain("jackson").doesNotContain("java.");
      if (i % 200 == 0) {
        assertThat(hub.get("dave", target.id).version()).as(where).isEqualTo(target.version);
      }
    }
    assertThat(hub.get("dave", target.id).version()).as("seed " + seed).isEqualTo(target.version);
    assertThat(hub.exportJson("dave", target.id)).as("seed " + seed).isEqualTo(exportBefore);
    assertThat(daveSessions()).as("seed " + seed).isEqualTo(sessionsBefore);
    assertThat(hub.templates()).as("seed " + seed).hasSize(templatesBefore);
  }

  private int daveSessions() {
    return hub.search("dave", SessionQuery.builder().includeArchived(true).pageSize(500).build()).items().size();
  }

  private Target target() {
    Session s = hub.create("dave", NewSession.named("fuzz target"));
    s = hub.addCollaborator("dave", s.id(), s.version(), "bob", Role.COLLABORATOR);
    s = hub.addGoal("dave", s.id(), s.version(), NewGoal.titled("g"));
    s = hub.raiseBlocker("dave", s.id(), s.version(), null, "b");
    String comment = hub.addComment("dave", s.id(), "c").id();
    s = hub.get("dave", s.id());
    Session other = hub.create("dave", NewSession.named("exported"));
    String export = hub.exportJson("dave", other.id());
    hub.archive("dave", other.id(), other.version());
    String template = hub.templates().get(0).id();
    return new Target(s.id(), s.version(), s.goals().get(0).id(), s.blockers().get(0).id(), comment, template, export);
  }

  private List<Endpoint> endpoints() {
    String base = "/api/sessions/" + target.id;
    List<Endpoint> e = new ArrayList<>();
    e.add(new Endpoint(HttpMethod.POST, "/api/sessions", map("name", "n", "description", "d", "type", "FEATURE",
        "priority", "LOW", "tags", List.of("a"), "skills", List.of("s"), "difficulty", "BEGINNER",
        "estimatedDuration", "PT1H", "settings", map("commentsEnabled", true, "breakReminder", "PT20M"),
        "customFields", map("k", 1L)), List.of("type", "priority", "difficulty"), false));
    e.add(new Endpoint(HttpMethod.POST, "/api/sessions", map("template", target.template, "templateVersion", 1L,
        "parameters", map(), "name", "from t", "priority", "HIGH"), List.of("priority"), false));
    e.add(new Endpoint(HttpMethod.PATCH, base, map("name", "n2", "priority", "HIGH", "type", "REVIEW",
        "settings", map("notifyMentions", false), "tags", List.of("t"), "difficulty", "ADVANCED"),
        List.of("priority", "type", "difficulty"), true));
    e.add(new Endpoint(HttpMethod.POST, base, map("action", "start"), List.of("action"), true));
    e.add(new Endpoint(HttpMethod.POST, base + "/goals", map("title", "t", "category", "TESTING", "weight", 2L,
        "successCriteria", List.of("c"), "estimate", "PT1H", "dependsOn", List.of(target.goal)), List.of("category"), true));
    e.add(new Endpoint(HttpMethod.PATCH, base + "/goals/" + target.goal, map("title", "t2", "weight", 3L, "category",
        "PLANNING"), List.of("category"), true));
    e.add(new Endpoint(HttpMethod.PUT, base + "/goals/" + target.goal + "/status", map("status", "IN_PROGRESS"),
        List.of("status"), true));
    e.add(new Endpoint(HttpMethod.POST, base + "/milestones", map("name", "m", "requiredGoalIds", List.of(target.goal)),
        List.of(), true));
    e.add(new Endpoint(HttpMethod.POST, base + "/blockers", map("description", "d", "goalId", target.goal), List.of(), true));
    e.add(new Endpoint(HttpMethod.POST, base + "/blockers/" + target.blocker + "/resolution", map("resolution", "r"),
        List.of(), true));
    e.add(new Endpoint(HttpMethod.POST, base + "/resources", map("title", "t", "url", "https://example.org/a"), List.of(), true));
    e.add(new Endpoint(HttpMethod.POST, base + "/learnings", map("text", "l"), List.of(), false));
    e.add(new Endpoint(HttpMethod.POST, base + "/collaborators", map("userId", "zed", "role", "VIEWER"), List.of("role"), true));
    e.add(new Endpoint(HttpMethod.PUT, base + "/collaborators/bob", map("role", "VIEWER"), List.of("role"), true));
    e.add(new Endpoint(HttpMethod.PUT, base + "/owner", map("userId", "bob"), List.of(), true));
    e.add(new Endpoint(HttpMethod.POST, base + "/comments", map("body", "b"), List.of(), false));
    e.add(new Endpoint(HttpMethod.POST, base + "/comments/" + target.comment + "/replies", map("body", "b"), List.of(), false));
    e.add(new Endpoint(HttpMethod.PATCH, base + "/comments/" + target.comment, map("body", "b"), List.of(), false));
    e.add(new Endpoint(HttpMethod.POST, "/api/templates", map("id", "fuzz-t", "name", "F", "description", "d",
        "type", "FEATURE", "estimatedDuration", "PT1H", "defaultPriority", "LOW", "difficulty", "BEGINNER",
        "tags", List.of("x"), "parameters", List.of(map("name", "p", "description", "d", "required", false, "defaultValue", "v")),
        "goals", List.of(map("key", "a", "title", "A", "weight", 1L, "category", "OTHER")),
        "milestones", List.of(map("name", "M", "requiredGoalKeys", List.of("a")))),
        List.of("type", "defaultPriority", "difficulty"), false));
    return e;
  }

  // ---- bodies ------------------------------------------------------------------------------

  private MockHttpServletRequestBuilder bodyCase(List<Endpoint> endpoints, String[] description) {
    if (random.nextInt(20) == 0) {
      return importCase(description);
    }
    Endpoint e = endpoints.get(random.nextInt(endpoints.size()));
    Map<String, Object> body = deepCopy(e.body);
    String key = keys(body).get(random.nextInt(body.size()));
    byte[] bytes;
    String what;
    switch (random.nextInt(10)) {
      case 0 -> {
        String json = write(body);
        bytes = utf8(json.substring(0, random.nextInt(json.length())));
        what = "truncated";
      }
      case 1 -> {
        bytes = utf8(garbage());
        what = "garbage";
      }
      case 2 -> {
        body.put(key, wrongType(body.get(key)));
        bytes = utf8(write(body));
        what = "wrong type at " + key;
      }
      case 3 -> {
        body.put(key, huge(body.get(key)));
        bytes = utf8(write(body));
        what = "huge value at " + key;
      }
      case 4 -> {
        if (e.enums.isEmpty()) {
          body.put("unknown" + random.nextInt(1000), random.nextInt());
          what = "unknown field";
        } else {
          String en = e.enums.get(random.nextInt(e.enums.size()));
          body.put(en, word());
          what = "unknown enum value at " + en;
        }
        bytes = utf8(write(body));
      }
      case 5 -> {
        String json = write(body);
        String first = json.substring(1, json.indexOf(',') > 0 ? json.indexOf(',') : json.length() - 1);
        bytes = utf8("{" + first + "," + json.substring(1));
        what = "duplicate key";
      }
      case 6 -> {
        bytes = utf8(random.nextBoolean() ? "[" + write(body) + "]" : write(body) + " " + write(body));
        what = "not one object";
      }
      case 7 -> {
        String json = write(body);
        int at = json.indexOf(":\"") + 2;
        byte[] head = utf8(json.substring(0, at));
        byte[] tail = utf8(json.substring(at));
        bytes = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);
        what = "invalid UTF-8";
      }
      case 8 -> {
        body.put("custom" + random.nextInt(99), nested(40 + random.nextInt(200)));
        bytes = utf8(write(body));
        what = "deep nesting";
      }
      default -> {
        body.put(key, "x".repeat(25_000 + random.nextInt(5_000)));
        if (key.equals("description") || key.equals("body") || key.equals("text")) {
          body.put(key, "\u0000" + body.get(key));
        }
        bytes = utf8(write(body));
        what = "over-long text at " + key;
      }
    }
    description[0] = e.method + " " + e.path + " (" + what + "): " + preview(bytes);
    MockHttpServletRequestBuilder b = request(e.method, e.path).contentType("application/json").content(bytes);
    return e.ifMatch ? b.header("If-Match", "\"" + target.version + "\"") : b;
  }

  private MockHttpServletRequestBuilder importCase(String[] description) {
    String doc = target.export;
    String bad = switch (random.nextInt(4)) {
      case 0 -> doc.substring(0, random.nextInt(doc.length()));
      case 1 -> doc.replace("\"format\":1", "\"format\":" + (2 + random.nextInt(100)));
      case 2 -> doc.replace("\"status\":\"DRAFT\"", "\"status\":\"" + word() + "\"");
      default -> doc.replace("\"version\":", "\"version\":\"");
    };
    description[0] = "POST /api/sessions/import: " + preview(utf8(bad));
    return request(HttpMethod.POST, "/api/sessions/import").contentType("application/json").content(bad);
  }

  private Object wrongType(Object value) {
    List<Object> options = new ArrayList<>(List.of(random.nextInt(1000), true, List.of(1, 2), map("a", 1), "text", 1.5));
    options.removeIf(o -> sameType(o, value));
    return options.get(random.nextInt(options.size()));
  }

  private static boolean sameType(Object a, Object b) {
    return (a instanceof Number && b instanceof Number) || (a instanceof List && b instanceof List)
        || (a instanceof Map && b instanceof Map) || a.getClass() == b.getClass();
  }

  private Object huge(Object value) {
    return switch (random.nextInt(3)) {
      case 0 -> new java.math.BigInteger("9".repeat(20 + random.nextInt(200)));
      case 1 -> new java.math.BigDecimal("1e" + (400 + random.nextInt(10_000)));
      default -> value instanceof String ? "y".repeat(30_000) : new java.math.BigInteger("-" + "9".repeat(25));
    };
  }

  private Object nested(int depth) {
    Object v = 1;
    for (int i = 0; i < depth; i++) {
      v = random.nextBoolean() ? List.of(v) : map("n", v);
    }
    return v;
  }

  private String garbage() {
    String[] fixed = {"", " ", "{", "}", "[]", "null", "\"text\"", "42", "{}", "{\"a\":}", "{'name':'x'}", "{\"name\" \"x\"}",
        "{\"name\":\"x\",}", "{\"name\":\"x\"}}", "{\"name\":tru}", "{\"name\":NaN}", "\u0000", "<xml/>", "name=x"};
    if (random.nextBoolean()) {
      return fixed[random.nextInt(fixed.length)];
    }
    StringBuilder sb = new StringBuilder();
    int n = 1 + random.nextInt(80);
    for (int i = 0; i < n; i++) {
      sb.append((char) (32 + random.nextInt(95)));
    }
    String s = sb.toString();
    return s.equals("{}") ? "{" : s;
  }

  // ---- headers -----------------------------------------------------------------------------

  private MockHttpServletRequestBuilder headerCase(List<Endpoint> endpoints, String[] description) {
    if (random.nextInt(4) == 0) {
      String key = switch (random.nextInt(4)) {
        case 0 -> "";
        case 1 -> "k".repeat(129 + random.nextInt(200));
        case 2 -> "key" + (char) (1 + random.nextInt(31));
        default -> "bad\u007f";
      };
      description[0] = "POST /api/sessions with Idempotency-Key " + key.length() + " chars";
      return request(HttpMethod.POST, "/api/sessions").contentType("application/json").content("{\"name\":\"keyed\"}")
          .header("Idempotency-Key", key);
    }
    List<Endpoint> edits = endpoints.stream().filter(Endpoint::ifMatch).toList();
    String base = "/api/sessions/" + target.id;
    List<String[]> noBody = List.of(new String[] {"DELETE", base}, new String[] {"DELETE", base + "/goals/" + target.goal},
        new String[] {"PUT", base + "/goals/" + target.goal + "/dependencies/" + target.goal},
        new String[] {"DELETE", base + "/collaborators/bob"});
    String tag = badIfMatch();
    MockHttpServletRequestBuilder b;
    if (random.nextBoolean()) {
      Endpoint e = edits.get(random.nextInt(edits.size()));
      b = request(e.method, e.path).contentType("application/json").content(write(e.body));
      description[0] = e.method + " " + e.path;
    } else {
      String[] e = noBody.get(random.nextInt(noBody.size()));
      b = request(HttpMethod.valueOf(e[0]), e[1]);
      description[0] = e[0] + " " + e[1];
    }
    description[0] += tag == null ? " without If-Match" : " with If-Match " + tag;
    return tag == null ? b : b.header("If-Match", tag);
  }

  private String badIfMatch() {
    long v = target.version;
    return switch (random.nextInt(12)) {
      case 0 -> null;
      case 1 -> "W/\"" + v + "\"";
      case 2 -> "\"" + word() + "\"";
      case 3 -> "*";
      case 4 -> Long.toString(v);
      case 5 -> "\"\"";
      case 6 -> "\"-" + v + "\"";
      case 7 -> "\"0\"";
      case 8 -> "\"" + "9".repeat(19 + random.nextInt(40)) + "\"";
      case 9 -> "\"1\"";
      case 10 -> "\"" + (v + 1 + random.nextInt(1000)) + "\"";
      default -> "\"" + v + "\", \"" + v + "\"";
    };
  }

  // ---- query strings -----------------------------------------------------------------------

  private MockHttpServletRequestBuilder queryCase(String[] description) {
    String base = "/api/sessions/" + target.id;
    String[] lists = {"/api/sessions", base + "/comments", base + "/activity", "/api/sessions/changes"};
    String path = lists[random.nextInt(lists.length)];
    List<String[]> params = new ArrayList<>();
    if (path.endsWith("/changes")) {
      params.add(new String[] {"since", random.nextInt(3) == 0 ? word() : "2020-01-01T00:00:00Z"});
    }
    String[] bad = switch (random.nextInt(path.equals("/api/sessions") ? 7 : 3)) {
      case 0 -> new String[] {"size", badSize()};
      case 1 -> new String[] {"cursor", badCursor()};
      case 2 -> path.endsWith("/changes") ? new String[] {"since", word() + "T"} : new String[] {"size", badSize()};
      case 3 -> new String[] {"status", word()};
      case 4 -> new String[] {"sort", word()};
      case 5 -> new String[] {"priority", "HIGH," + word()};
      default -> new String[] {"unknown" + random.nextInt(100), "1"};
    };
    params.add(bad);
    MockHttpServletRequestBuilder b = request(HttpMethod.GET, path);
    StringBuilder d = new StringBuilder("GET " + path + "?");
    for (String[] p : params) {
      b.queryParam(p[0], p[1]);
      d.append(p[0]).append('=').append(p[1]).append('&');
    }
    description[0] = d.toString();
    return b;
  }

  private String badSize() {
    String[] sizes = {"0", "-1", "501", "100000000000", "abc", "1.5", "1e3", "9".repeat(30), " ", "0x10"};
    return sizes[random.nextInt(sizes.length)];
  }

  private String badCursor() {
    StringBuilder sb = new StringBuilder();
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~%=+/";
    int n = 1 + random.nextInt(120);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  // ---- helpers -----------------------------------------------------------------------------

  private String word() {
    StringBuilder sb = new StringBuilder("zz");
    int n = 1 + random.nextInt(10);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('a' + random.nextInt(26)));
    }
    return sb.toString();
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> m) {
    return (Map<String, Object>) JSON.readValue(write(m), Map.class);
  }

  private static List<String> keys(Map<String, Object> m) {
    return new ArrayList<>(m.keySet());
  }

  private static String write(Object o) {
    return JSON.writeValueAsString(o);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String preview(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    return s.length() <= 200 ? s : s.substring(0, 200) + "... (" + s.length() + " chars)";
  }

  private static String text(MvcResult r) {
    try {
      String s = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
      return s.length() <= 400 ? s : s.substring(0, 400);
    } catch (Exception e) {
      return "";
    }
  }
}
