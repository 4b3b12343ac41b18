package dev.sessionhub.spring.web.internal;

import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.Session;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A session's plan: goals (with status and dependencies), milestones, blockers, resources and
 * learnings. Every call answers with the whole session and its new ETag; all but learnings need
 * If-Match.
 */
@RestController
@RequestMapping(path = "${sessionhub.web.base-path:/api}/sessions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
public class PlanController {

  private final Api api;

  /**
   * The controller.
   *
   * @param api what the controllers share
   */
  public PlanController(Api api) {
    this.api = api;
  }

  /**
   * Adds a goal.
   *
   * @param request the request, with If-Match and a NewGoal body
   * @param id the session id
   * @return 201 with the session
   */
  @PostMapping(path = "/goals", consumes = MediaType.APPLICATION_JSON_VALUE)
  @IfMatchRequired
  public ResponseEntity<byte[]> addGoal(HttpServletRequest request, @PathVariable String id) {
    String actor = api.actor(request);
    long v = ETags.ifMatch(request);
    var goal = Requests.newGoal(api.body(request));
    return Responses.session(HttpStatus.CREATED, api.hub.addGoal(actor, id, v, goal));
  }

  /**
   * Changes a goal's own fields.
   *
   * @param request the request, with If-Match and a GoalPatch body
   * @param id the session id
   * @param goalId the goal id
   * @return 200 with the session
   */
  @PatchMapping(path = "/goals/{goalId}", consumes = {MediaType.APPLICATION_JSON_VALUE, SessionController.MERGE_PATCH})
  @IfMatchRequired
  public ResponseEntity<byte[]> updateGoal(HttpServletRequest request, @PathVariable String id, @PathVariable String goalId) {
    String actor = api.actor(request);
    long v = ETags.ifMatch(request);
    var patch = Requests.goalPatch(api.body(request));
    return ok(api.hub.updateGoal(actor, id, v, goalId, patch));
  }

  /**
   * Removes a goal.
   *
   * @param request the request, with If-Match
   * @param id the session id
   * @param goalId the goal id
   * @return 200 with the session
   */
  @DeleteMapping("/goals/{goalId}")
  @IfMatchRequired
  public ResponseEntity<byte[]> removeGoal(HttpServletRequest request, @PathVariable String id, @PathVariable String goalId) {
    String actor = api.actor(request);
    return ok(api.hub.removeGoal(actor, id, ETags.ifMatch(request), goalId));
  }

  /**
   * Sets a goal's status: {@code {"status":"DONE"}}.
   *
   * @param request the request, with If-Match
   * @param id the session id
   * @param goalId the goal id
   * @return 200 with the session
   */
  @PutMapping(path = "/goals/{goalId}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
  @IfMatchRequired
  public ResponseEntity<byte[]> setGoalStatus(HttpServletRequest request, @PathVariable String id, @PathVariable String goalId) {
    String actor = api.actor(request);
    long v = ETags.ifMatch(request);
    Fields body = api.body(request);
    GoalStatus status = body.requiredEnum("status", GoalStatus.class, GoalStatus.OPEN);
    body.done();
    return ok(api.hub.setGoalStatus(actor, id, v, goalId, status));
  }

  /**
   * Makes a goal depend on another.
   *
   * @param request the request, with If-Match
   * @param id the session id
   * @param goalId the dependent goal
   * @param dependsOn the goal it depends on
   * @return 200 with the session
   */
  @PutMapping("/goals/{goalId}/dependencies/{dependsOn}")
  @IfMatchRequired
  public ResponseEntity<byte[]> addDependency(HttpServletRequest request, @PathVariable String id,
      @PathVariable String goalId, @PathVariable String dependsOn) {
    String actor = api.actor(request);
    return ok(api.hub.addDependency(actor, id, ETags.ifMatch(request), goalId, dependsOn));
  }

  /**
   * Drops a dependency.
   *
   * @param request the request, with If-Match
   * @param id the session id
   * @param goalId the dependent goal
   * @param dependsOn the goal it depends on
   * @return 200 with the session
   */
  @DeleteMapping("/goals/{goalId}/dependencies/{dependsOn}")
  @IfMatchRequired
  public ResponseEntity<byte[]> removeDependency(HttpServletRequest request, @PathVariable String id,
      @PathVariable String goalId, @PathVariable String dependsOn) {
    String actor = api.actor(request);
    return ok(api.hub.removeDependency(actor, id, ETags.ifMatch(request), goalId, dependsOn));
  }

  /**
   * Adds a milestone: {@code {"name":..,"requiredGoalIds":[..]}}.
   *
   * @param request the request, with If-Match
   * @param id the session id
   * @return 201 with the session
   */
  @PostMapping(path = "/milestones", consumes = MediaType.APPLICATION_JSON_VALUE)
  @IfMatchRequired
  public ResponseEntity<byte[]> addMilestone(HttpServletRequest request, @PathVariable String id) {
    String actor = api.actor(request);
    long v = ETags.ifMatch(request);
    Fields body = api.body(request);
    String name = body.text("name");
    List<String> goals = body.strings("requiredGoalIds");
    body.done();
    return Responses.session(HttpStatus.CREATED, api.hub.addMilestone(actor, id, v, name, goals));
  }

  /**
   * Removes a milestone.
   *
   * @param request the request, with If-Match
   * @param id the session id
   * @param milestoneId the milestone id
   * @return 200 with the session
   */
  @DeleteMapping("/milestones/{milestoneId}")
  @IfMatchRequired
  public ResponseEntity<byte[]> removeMilestone(HttpServletRequest request, @PathVariable String id,
      @PathVariable String milestoneId) {
    String actor = api.actor(request);
    return ok(api.hub.removeMilestone(actor, id, ETags.ifMatch(request), milestoneId));
  }

  /**
   * Raises a blocker: {@code {"description":..,"goalId"?:..}}.
   *
   * @param request the request, with If-Match
   * @param id the session id
   * @return 201 with the session
   */
  @PostMapping(path = "/blockers", consumes = MediaType.APPLICATION_JSON_VALUE)
  @IfMatchRequired
  public ResponseEntity<byte[]> raiseBlocker(HttpServletRequest request, @PathVariable String id) {
    String actor = api.actor(request);
    long v = ETags.ifMatch(request);
    Fields body = api.body(request);
    String description = body.text("description");
    String goalId = body.optText("goalId");
    body.done();
    return Responses.session(HttpStatus.CREATED, api.hub.raiseBlocker(actor, id, v, goalId, description));
  }

  /**
   * Resolves a blocker: {@code {"resolution":..}}.
   *
   * @param request the request, with If-Match
   * @param id the session id
   * @param blockerId the blocker id
   * @return 200 with the session
   */
  @PostMapping(path = "/blockers/{blockerId}/resolution", consumes = MediaType.APPLICATION_JSON_VALUE)
  @IfMatchRequired
  public ResponseEntity<byte[]> resolveBlocker(HttpServletRequest request, @PathVariable String id,
      @PathVariable String blockerId) {
    String actor = api.actor(request);
    long v = ETags.ifMatch(request);
    Fields body = api.body(request);
    String resolution = body.text("resolution");
    body.done();
    return ok(api.hub.resolveBlocker(actor, id, v, blockerId, resolution));
  }

  /**
   * Adds a link: {@code {"title":..,"url":..}}.
   *
   * @param request the request, with If-Match
   * @param id the session id
   * @return 201 with the session
   */
  @PostMapping(path = "/resources", consumes = MediaType.APPLICATION_JSON_VALUE)
  @IfMatchRequired
  public ResponseEntity<byte[]> addResource(HttpServletRequest request, @PathVariable String id) {
    String actor = api.actor(request);
    long v = ETags.ifMatch(request);
    Fields body = api.body(request);
    String title = body.text("title");
    String url = body.text("url");
    body.done();
    return Responses.session(HttpStatus.CREATED, api.hub.addResource(actor, id, v, title, url));
  }

  /**
   * Removes a link.
   *
   * @param request the request, with If-Match
   * @param id the session id
   * @param resourceId the resource id
   * @return 200 with the session
   */
  @DeleteMapping("/resources/{resourceId}")
  @IfMatchRequired
  public ResponseEntity<byte[]> removeResource(HttpServletRequest request, @PathVariable String id,
      @PathVariable String resourceId) {
    String actor = api.actor(request);
    return ok(api.hub.removeResource(actor, id, ETags.ifMatch(request), resourceId));
  }

  /**
   * Captures a learning: {@code {"text":..}}; no If-Match (learnings commute).
   *
   * @param request the request
   * @param id the session id
   * @return 201 with the session
   */
  @PostMapping(path = "/learnings", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<byte[]> addLearning(HttpServletRequest request, @PathVariable String id) {
    String actor = api.actor(request);
    Fields body = api.body(request);
    String text = body.text("text");
    body.done();
    return Responses.session(HttpStatus.CREATED, api.hub.addLearning(actor, id, text));
  }

  private static ResponseEntity<byte[]> ok(Session s) {
    return Responses.session(HttpStatus.OK, s);
  }
}
