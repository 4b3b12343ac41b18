package dev.sessionhub.spring.web.internal;

import dev.sessionhub.CreateKey;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.Session;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sessions: create (blank or from a template, with an optional {@code Idempotency-Key}), read
 * with ETag, merge-patch, lifecycle actions, archive, delta polling, progress, export and import.
 */
@RestController
@RequestMapping(path = "${sessionhub.web.base-path:/api}/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
public class SessionController {

  static final String MERGE_PATCH = "application/merge-patch+json";
  private final Api api;

  /**
   * The controller.
   *
   * @param api what the controllers share
   */
  public SessionController(Api api) {
    this.api = api;
  }

  /**
   * Creates a session.
   *
   * @param request the request
   * @return 201 with the session
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @IdempotencyKeyAccepted
  public ResponseEntity<byte[]> create(HttpServletRequest request) {
    String actor = api.actor(request);
    CreateKey key = idempotencyKey(request);
    Fields body = api.body(request);
    Session s;
    if (body.has("template")) {
      var spec = Requests.fromTemplate(body);
      s = key == null ? api.hub.createFromTemplate(actor, spec) : api.hub.createFromTemplate(actor, spec, key);
    } else {
      var spec = Requests.newSession(body);
      s = key == null ? api.hub.create(actor, spec) : api.hub.create(actor, spec, key);
    }
    return Responses.created(s, api.basePath);
  }

  /**
   * Searches the caller's sessions.
   *
   * @param request the request; its query parameters are the search
   * @param size the page size
   * @return 200 with one page
   */
  @GetMapping
  public ResponseEntity<byte[]> search(HttpServletRequest request, @RequestParam(required = false) @Nullable String size) {
    String actor = api.actor(request);
    var query = SearchParams.query(request, actor, api.pageSize(size));
    return Responses.page(request, api.hub.search(actor, query), SessionJson.create()::writeSession);
  }

  /**
   * Sessions changed since a time, oldest change first.
   *
   * @param request the request
   * @param since an ISO-8601 instant
   * @param cursor the previous page's cursor
   * @param size the page size
   * @return 200 with one page
   */
  @GetMapping("/changes")
  public ResponseEntity<byte[]> changes(HttpServletRequest request, @RequestParam String since,
      @RequestParam(required = false) @Nullable String cursor, @RequestParam(required = false) @Nullable String size) {
    String actor = api.actor(request);
    Instant from;
    try {
      from = Instant.parse(since);
    } catch (DateTimeParseException e) {
      throw HttpProblem.badRequest("since", "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
    }
    return Responses.page(request, api.hub.changesSince(actor, from, cursor, api.pageSize(size)),
        SessionJson.create()::writeSession);
  }

  /**
   * One session; 304 when If-None-Match names its current version.
   *
   * @param request the request
   * @param id the session id
   * @return 200 with the session and its ETag, or 304
   */
  @GetMapping("/{id}")
  public ResponseEntity<byte[]> get(HttpServletRequest request, @PathVariable String id) {
    String actor = api.actor(request);
    Session s = api.hub.get(actor, id);
    if (ETags.noneMatch(request, s.version())) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(ETags.of(s.version())).build();
    }
    return Responses.session(HttpStatus.OK, s);
  }

  /**
   * Changes the session's own fields (JSON merge patch).
   *
   * @param request the request, with If-Match
   * @param id the session id
   * @return 200 with the session
   */
  @PatchMapping(path = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, MERGE_PATCH})
  @IfMatchRequired
  public ResponseEntity<byte[]> update(HttpServletRequest request, @PathVariable String id) {
    String actor = api.actor(request);
    long version = ETags.ifMatch(request);
    Fields body = api.body(request);
    Session[] current = new Session[1];
    var patch = Requests.sessionPatch(body,
        () -> read(current, actor, id).settings(), () -> read(current, actor, id).metadata());
    return Responses.session(HttpStatus.OK, api.hub.update(actor, id, version, patch));
  }

  private Session read(Session[] holder, String actor, String id) {
    if (holder[0] == null) {
      holder[0] = api.hub.get(actor, id);
    }
    return holder[0];
  }

  /**
   * Runs a lifecycle action: {@code {"action":"start"}}.
   *
   * @param request the request, with If-Match
   * @param id the session id
   * @return 200 with the session
   */
  @PostMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @IfMatchRequired
  public ResponseEntity<byte[]> transition(HttpServletRequest request, @PathVariable String id) {
    String actor = api.actor(request);
    long version = ETags.ifMatch(request);
    Fields body = api.body(request);
    LifecycleAction action = body.requiredEnum("action", LifecycleAction.class, LifecycleAction.START);
    body.done();
    if (action == LifecycleAction.ARCHIVE) {
      throw HttpProblem.badRequest("action", "archive with DELETE; use one of start, pause, resume, complete, reopen");
    }
    return Responses.session(HttpStatus.OK, api.hub.transition(actor, id, version, action));
  }

  /**
   * Archives the session.
   *
   * @param request the request, with If-Match
   * @param id the session id
   * @return 200 with the archived session
   */
  @DeleteMapping("/{id}")
  @IfMatchRequired
  public ResponseEntity<byte[]> archive(HttpServletRequest request, @PathVariable String id) {
    String actor = api.actor(request);
    long version = ETags.ifMatch(request);
    return Responses.session(HttpStatus.OK, api.hub.archive(actor, id, version));
  }

  /**
   * The progress report.
   *
   * @param request the request
   * @param id the session id
   * @return 200 with the report
   */
  @GetMapping("/{id}/progress")
  public ResponseEntity<byte[]> progress(HttpServletRequest request, @PathVariable String id) {
    return Responses.progress(api.hub.progress(api.actor(request), id));
  }

  /**
   * The session and its comments in the export form.
   *
   * @param request the request
   * @param id the session id
   * @return 200 with the export document
   */
  @GetMapping("/{id}/export")
  public ResponseEntity<byte[]> export(HttpServletRequest request, @PathVariable String id) {
    return Responses.json(HttpStatus.OK, api.hub.exportJson(api.actor(request), id));
  }

  /**
   * Imports an export document.
   *
   * @param request the request, with an optional Idempotency-Key
   * @return 201 with the session
   */
  @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
  @IdempotencyKeyAccepted
  public ResponseEntity<byte[]> importJson(HttpServletRequest request) {
    String actor = api.actor(request);
    CreateKey key = idempotencyKey(request);
    String json = api.bodyText(request);
    Session s = key == null ? api.hub.importJson(actor, json) : api.hub.importJson(actor, json, key);
    return Responses.created(s, api.basePath);
  }

  private static @Nullable CreateKey idempotencyKey(HttpServletRequest request) {
    String value = request.getHeader("Idempotency-Key");
    if (value == null) {
      return null;
    }
    try {
      return CreateKey.of(value);
    } catch (ValidationException e) {
      throw HttpProblem.badRequest("Idempotency-Key", e.violations().get(0).message());
    }
  }

}
