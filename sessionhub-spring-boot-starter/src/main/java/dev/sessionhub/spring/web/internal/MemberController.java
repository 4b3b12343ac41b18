package dev.sessionhub.spring.web.internal;

import dev.sessionhub.model.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A session's members: share, change a role, remove, hand over ownership. All need If-Match. */
@RestController
@RequestMapping(path = "${sessionhub.web.base-path:/api}/sessions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
public class MemberController {

  private final Api api;

  /**
   * The controller.
   *
   * @param api what the controllers share
   */
  public MemberController(Api api) {
    this.api = api;
  }

  /**
   * Shares the session: {@code {"userId":..,"role":"VIEWER"}}.
   *
   * @param request the request, with If-Match
   * @param id the session id
   * @return 201 with the session
   */
  @PostMapping(path = "/collaborators", consumes = MediaType.APPLICATION_JSON_VALUE)
  @IfMatchRequired
  public ResponseEntity<byte[]> add(HttpServletRequest request, @PathVariable String id) {
    String actor = api.actor(request);
    long v = ETags.ifMatch(request);
    Fields body = api.body(request);
    String user = body.text("userId");
    Role role = body.requiredEnum("role", Role.class, Role.VIEWER);
    body.done();
    return Responses.session(HttpStatus.CREATED, api.hub.addCollaborator(actor, id, v, user, role));
  }

  /**
   * Changes a member's role: {@code {"role":"COLLABORATOR"}}.
   *
   * @param request the request, with If-Match
   * @param id the session id
   * @param userId the member
   * @return 200 with the session
   */
  @PutMapping(path = "/collaborators/{userId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @IfMatchRequired
  public ResponseEntity<byte[]> changeRole(HttpServletRequest request, @PathVariable String id, @PathVariable String userId) {
    String actor = api.actor(request);
    long v = ETags.ifMatch(request);
    Fields body = api.body(request);
    Role role = body.requiredEnum("role", Role.class, Role.VIEWER);
    body.done();
    return Responses.session(HttpStatus.OK, api.hub.changeRole(actor, id, v, userId, role));
  }

  /**
   * Removes a member.
   *
   * @param request the request, with If-Match
   * @param id the session id
   * @param userId the member
   * @return 200 with the session
   */
  @DeleteMapping("/collaborators/{userId}")
  @IfMatchRequired
  public ResponseEntity<byte[]> remove(HttpServletRequest request, @PathVariable String id, @PathVariable String userId) {
    String actor = api.actor(request);
    return Responses.session(HttpStatus.OK, api.hub.removeCollaborator(actor, id, ETags.ifMatch(request), userId));
  }

  /**
   * Hands ownership to another member: {@code {"userId":..}}.
   *
   * @param request the request, with If-Match
   * @param id the session id
   * @return 200 with the session
   */
  @PutMapping(path = "/owner", consumes = MediaType.APPLICATION_JSON_VALUE)
  @IfMatchRequired
  public ResponseEntity<byte[]> transfer(HttpServletRequest request, @PathVariable String id) {
    String actor = api.actor(request);
    long v = ETags.ifMatch(request);
    Fields body = api.body(request);
    String user = body.text("userId");
    body.done();
    return Responses.session(HttpStatus.OK, api.hub.transferOwnership(actor, id, v, user));
  }
}
