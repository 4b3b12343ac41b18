package dev.sessionhub.spring.web.internal;

import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.Comment;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Comments (threaded, paged) and the activity log of a session. Appends need no If-Match. */
@RestController
@RequestMapping(path = "${sessionhub.web.base-path:/api}/sessions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
public class CommentController {

  private static final SessionJson JSON = SessionJson.create();
  private final Api api;

  /**
   * The controller.
   *
   * @param api what the controllers share
   */
  public CommentController(Api api) {
    this.api = api;
  }

  /**
   * Comments in the order written.
   *
   * @param request the request
   * @param id the session id
   * @param cursor the previous page's cursor
   * @param size the page size
   * @return 200 with one page
   */
  @GetMapping("/comments")
  public ResponseEntity<byte[]> comments(HttpServletRequest request, @PathVariable String id,
      @RequestParam(required = false) @Nullable String cursor, @RequestParam(required = false) @Nullable String size) {
    String actor = api.actor(request);
    return Responses.page(request, api.hub.comments(actor, id, cursor, api.pageSize(size)), JSON::writeComment);
  }

  /**
   * Adds a comment: {@code {"body":..}}.
   *
   * @param request the request
   * @param id the session id
   * @return 201 with the comment
   */
  @PostMapping(path = "/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<byte[]> add(HttpServletRequest request, @PathVariable String id) {
    String actor = api.actor(request);
    String body = text(request);
    return created(api.hub.addComment(actor, id, body));
  }

  /**
   * Replies to a comment: {@code {"body":..}}.
   *
   * @param request the request
   * @param id the session id
   * @param commentId the comment replied to
   * @return 201 with the reply
   */
  @PostMapping(path = "/comments/{commentId}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<byte[]> reply(HttpServletRequest request, @PathVariable String id, @PathVariable String commentId) {
    String actor = api.actor(request);
    String body = text(request);
    return created(api.hub.reply(actor, id, commentId, body));
  }

  /**
   * Edits one's own comment: {@code {"body":..}}.
   *
   * @param request the request
   * @param id the session id
   * @param commentId the comment
   * @return 200 with the comment
   */
  @PatchMapping(path = "/comments/{commentId}", consumes = {MediaType.APPLICATION_JSON_VALUE, SessionController.MERGE_PATCH})
  public ResponseEntity<byte[]> edit(HttpServletRequest request, @PathVariable String id, @PathVariable String commentId) {
    String actor = api.actor(request);
    String body = text(request);
    return Responses.json(HttpStatus.OK, JSON.writeComment(api.hub.editComment(actor, id, commentId, body)));
  }

  /**
   * The activity log, oldest first.
   *
   * @param request the request
   * @param id the session id
   * @param cursor the previous page's cursor
   * @param size the page size
   * @return 200 with one page
   */
  @GetMapping("/activity")
  public ResponseEntity<byte[]> activity(HttpServletRequest request, @PathVariable String id,
      @RequestParam(required = false) @Nullable String cursor, @RequestParam(required = false) @Nullable String size) {
    String actor = api.actor(request);
    return Responses.page(request, api.hub.activity(actor, id, cursor, api.pageSize(size)), JSON::writeActivity);
  }

  private String text(HttpServletRequest request) {
    Fields body = api.body(request);
    String text = body.text("body");
    body.done();
    return text;
  }

  private ResponseEntity<byte[]> created(Comment c) {
    return ResponseEntity.created(URI.create(api.basePath + "/sessions/" + c.sessionId() + "/comments/" + c.id()))
        .contentType(MediaType.APPLICATION_JSON).body(JSON.writeComment(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
