package dev.sessionhub.spring.web.internal;

import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.Page;
import dev.sessionhub.model.ProgressReport;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateSuggestion;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JsonGenerator;

/**
 * Response bodies: sessions, comments, activity, templates and exports in core's JSON form
 * ({@link SessionJson}), and the small documents of the HTTP layer (pages, progress, suggestions).
 */
final class Responses {

  private static final SessionJson JSON = SessionJson.create();

  private Responses() {}

  /** A session with its version as a strong ETag. */
  static ResponseEntity<byte[]> session(HttpStatus status, Session s) {
    return ResponseEntity.status(status).eTag(ETags.of(s.version())).contentType(MediaType.APPLICATION_JSON)
        .body(JSON.writeSessionBytes(s));
  }

  /** A new session, with its Location. */
  static ResponseEntity<byte[]> created(Session s, String basePath) {
    return ResponseEntity.created(URI.create(basePath + "/sessions/" + s.id())).eTag(ETags.of(s.version()))
        .contentType(MediaType.APPLICATION_JSON).body(JSON.writeSessionBytes(s));
  }

  static ResponseEntity<byte[]> json(HttpStatus status, byte[] body) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  static ResponseEntity<byte[]> json(HttpStatus status, String body) {
    return json(status, body.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * One page: {@code {"items":[..],"nextCursor":..,"next":..}}, where {@code next} is this request's
   * path and query with the next cursor, also sent as {@code Link: <next>; rel="next"}.
   */
  static <T> ResponseEntity<byte[]> page(HttpServletRequest request, Page<T> page, Function<T, String> item) {
    String next = page.nextCursor() == null ? null : nextLink(request, page.nextCursor());
    byte[] body = JsonWriter.object(g -> {
      g.writeArrayPropertyStart("items");
      for (T t : page.items()) {
        g.writeRawValue(item.apply(t));
      }
      g.writeEndArray();
      g.writeStringProperty("nextCursor", page.nextCursor());
      g.writeStringProperty("next", next);
    });
    ResponseEntity.BodyBuilder b = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
    if (next != null) {
      b.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
    }
    return b.body(body);
  }

  private static String nextLink(HttpServletRequest request, String cursor) {
    String query = request.getQueryString();
    return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
        .replaceQueryParam("cursor", cursor).encode().build().toUriString();
  }

  static ResponseEntity<byte[]> templates(List<Template> templates) {
    return json(HttpStatus.OK, JsonWriter.object(g -> {
      g.writeArrayPropertyStart("items");
      templates.forEach(t -> g.writeRawValue(JSON.writeTemplate(t)));
      g.writeEndArray();
    }));
  }

  static ResponseEntity<byte[]> template(HttpStatus status, Template t) {
    return json(status, JSON.writeTemplate(t));
  }

  static ResponseEntity<byte[]> suggestions(List<TemplateSuggestion> suggestions) {
    return json(HttpStatus.OK, JsonWriter.object(g -> {
      g.writeArrayPropertyStart("items");
      for (TemplateSuggestion s : suggestions) {
        g.writeStartObject();
        g.writeName("template");
        g.writeRawValue(JSON.writeTemplate(s.template()));
        g.writeNumberProperty("score", s.score());
        g.writeArrayPropertyStart("factors");
        for (TemplateSuggestion.ScoreFactor f : s.factors()) {
          g.writeStartObject();
          g.writeStringProperty("name", f.name());
          g.writeNumberProperty("value", f.value());
          g.writeNumberProperty("weight", f.weight());
          g.writeNumberProperty("contribution", f.contribution());
          g.writeStringProperty("explanation", f.explanation());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }));
  }

  static ResponseEntity<byte[]> progress(ProgressReport p) {
    return json(HttpStatus.OK, JsonWriter.object(g -> {
      g.writeNumberProperty("percent", p.percent());
      g.writeNumberProperty("goalsTotal", p.goalsTotal());
      g.writeNumberProperty("goalsDone", p.goalsDone());
      g.writeNumberProperty("goalsOpen", p.goalsOpen());
      g.writeNumberProperty("goalsSkipped", p.goalsSkipped());
      g.writeNumberProperty("openBlockers", p.openBlockers());
      g.writeNumberProperty("milestonesReached", p.milestonesReached());
      g.writeNumberProperty("milestonesTotal", p.milestonesTotal());
      duration(g, "estimated", p.estimated());
      duration(g, "actual", p.actual());
      duration(g, "remaining", p.remaining());
      duration(g, "overrun", p.overrun().orElse(null));
    }));
  }

  private static void duration(JsonGenerator g, String name, @Nullable Duration d) {
    g.writeStringProperty(name, d == null ? null : d.toString());
  }
}
