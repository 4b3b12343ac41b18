package dev.sessionhub.internal.hub;

import dev.sessionhub.AttachmentContent;
import dev.sessionhub.CreateKey;
import dev.sessionhub.FromTemplate;
import dev.sessionhub.GoalPatch;
import dev.sessionhub.NewGoal;
import dev.sessionhub.NewSession;
import dev.sessionhub.Operation;
import dev.sessionhub.SessionHub;
import dev.sessionhub.SessionPatch;
import dev.sessionhub.TemplateDraft;
import dev.sessionhub.error.HubClosedException;
import dev.sessionhub.internal.content.GuardedContentStore;
import dev.sessionhub.internal.domain.Checks;
import dev.sessionhub.internal.domain.SessionValidator;
import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Page;
import dev.sessionhub.model.ProgressReport;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateSuggestion;
import dev.sessionhub.spi.ContentStore;
import dev.sessionhub.spi.IdGenerator;
import dev.sessionhub.spi.SessionCache;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.TemplateStore;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The facade: validates the actor, then hands each operation to the service that owns it. */
public final class DefaultSessionHub implements SessionHub {

  /**
   * What the builder collected.
   *
   * @param store session store
   * @param templates template store
   * @param cache session cache
   * @param content content store
   * @param clock clock
   * @param ids id generator
   * @param events event dispatcher
   * @param cursorSecret cursor signing secret
   * @param maxAttachmentBytes upload size limit
   * @param allowedContentTypes upload type allow-list (empty: any)
   * @param attachmentRetention content kept this long after archiving
   */
  public record Config(SessionStore store, TemplateStore templates, SessionCache cache, ContentStore content,
      Clock clock, IdGenerator ids, EventDispatcher events, byte[] cursorSecret,
      long maxAttachmentBytes, Set<String> allowedContentTypes, Duration attachmentRetention) {}

  private final SessionService sessions;
  private final GoalService goals;
  private final CollaboratorService collaborators;
  private final CommentService comments;
  private final AttachmentService attachments;
  private final QueryService queries;
  private final TemplateService templates;
  private final EventDispatcher events;
  private volatile boolean closed;

  /** Wires the services. The builder starts the event transport, if any, once this returns. */
  public DefaultSessionHub(Config c) {
    this.events = c.events();
    SessionJson json = SessionJson.create();
    HubContext ctx = new HubContext(c.store(), c.templates(), c.cache(), new GuardedContentStore(c.content()), c.clock(), c.ids(), json,
        new SessionValidator(fields -> json.writeValue(castFields(fields)).getBytes(StandardCharsets.UTF_8).length),
        c.events(), new CursorCodec(c.cursorSecret()), c.maxAttachmentBytes(),
        c.allowedContentTypes(), c.attachmentRetention());
    SessionWriter writer = new SessionWriter(ctx);
    this.templates = new TemplateService(ctx);
    this.sessions = new SessionService(ctx, writer, templates);
    this.goals = new GoalService(ctx, writer);
    this.collaborators = new CollaboratorService(writer);
    this.comments = new CommentService(ctx, writer);
    this.attachments = new AttachmentService(ctx, writer);
    this.queries = new QueryService(ctx, writer);
  }

  @SuppressWarnings("unchecked")
  private static java.util.Map<String, @Nullable Object> castFields(java.util.Map<String, ?> fields) {
    return (java.util.Map<String, @Nullable Object>) fields;
  }

  /** A required argument: {@code null} is a validation error naming it, not a NullPointerException. */
  private static <T> T present(@Nullable T value, String path) {
    if (value == null) {
      throw dev.sessionhub.error.ValidationException.of(path, "must not be null");
    }
    return value;
  }

  private static String id(String path, @Nullable String value) {
    return Checks.requireId(path, value);
  }

  private static String sid(@Nullable String sessionId) {
    return Checks.requireId("sessionId", sessionId);
  }

  private static String user(String path, @Nullable String userId) {
    return Checks.requireUser(path, userId);
  }

  /** The checked actor; also refuses every operation with an actor once the hub is closed. */
  private String a(String actor) {
    open();
    return Inputs.actor(actor);
  }

  /** Refuses the operation once the hub is closed. */
  private void open() {
    if (closed) {
      throw new HubClosedException("this SessionHub is closed");
    }
  }

  /**
   * Stops what the hub owns: the event transport and its thread. The stores, cache, content store
   * and executors handed to the builder are the host's and stay open. Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    events.stop();
  }

  private static String body(@Nullable String body) {
    return Checks.requireText("body", body, Limits.COMMENT_MAX);
  }

  @Override
  public Session create(String actor, NewSession spec) {
    return sessions.create(a(actor), present(spec, "spec"), null);
  }

  @Override
  public Session create(String actor, NewSession spec, CreateKey key) {
    return sessions.create(a(actor), present(spec, "spec"), present(key, "createKey"));
  }

  @Override
  public Session createFromTemplate(String actor, FromTemplate spec) {
    String who = a(actor);
    Inputs.check(present(spec, "spec"));
    return sessions.createFromTemplate(who, spec, null);
  }

  @Override
  public Session createFromTemplate(String actor, FromTemplate spec, CreateKey key) {
    String who = a(actor);
    Inputs.check(present(spec, "spec"));
    return sessions.createFromTemplate(who, spec, present(key, "createKey"));
  }

  @Override
  public Session get(String actor, String sessionId) {
    return sessions.get(a(actor), sid(sessionId), Operation.GET);
  }

  @Override
  public Session update(String actor, String sessionId, long expectedVersion, SessionPatch patch) {
    return sessions.update(a(actor), sid(sessionId), expectedVersion, present(patch, "patch"));
  }

  @Override
  public Session transition(String actor, String sessionId, long expectedVersion, LifecycleAction action) {
    return sessions.transition(a(actor), sid(sessionId), expectedVersion, present(action, "action"));
  }

  @Override
  public ProgressReport progress(String actor, String sessionId) {
    return sessions.progress(a(actor), sid(sessionId));
  }

  @Override
  public Page<Session> search(String actor, SessionQuery query) {
    return queries.search(a(actor), present(query, "query"));
  }

  @Override
  public Page<Session> changesSince(String actor, Instant since, @Nullable String cursor, int pageSize) {
    return queries.changesSince(a(actor), present(since, "since"), cursor, pageSize);
  }

  @Override
  public Session addGoal(String actor, String sessionId, long v, NewGoal goal) {
    return goals.addGoal(a(actor), sid(sessionId), v, present(goal, "goal"));
  }

  @Override
  public Session updateGoal(String actor, String sessionId, long v, String goalId, GoalPatch patch) {
    return goals.updateGoal(a(actor), sid(sessionId), v, id("goalId", goalId), present(patch, "patch"));
  }

  @Override
  public Session removeGoal(String actor, String sessionId, long v, String goalId) {
    return goals.removeGoal(a(actor), sid(sessionId), v, id("goalId", goalId));
  }

  @Override
  public Session setGoalStatus(String actor, String sessionId, long v, String goalId, GoalStatus status) {
    return goals.setGoalStatus(a(actor), sid(sessionId), v, id("goalId", goalId), present(status, "status"));
  }

  @Override
  public Session addDependency(String actor, String sessionId, long v, String goalId, String dependsOn) {
    return goals.addDependency(a(actor), sid(sessionId), v, id("goalId", goalId), id("dependsOnGoalId", dependsOn));
  }

  @Override
  public Session removeDependency(String actor, String sessionId, long v, String goalId, String dependsOn) {
    return goals.removeDependency(a(actor), sid(sessionId), v, id("goalId", goalId), id("dependsOnGoalId", dependsOn));
  }

  @Override
  public Session addMilestone(String actor, String sessionId, long v, String name, List<String> goalIds) {
    String who = a(actor);
    new Checks().required("name", name, Limits.NAME_MAX).ids("requiredGoalIds", goalIds).throwIfAny();
    return goals.addMilestone(who, sid(sessionId), v, name, List.copyOf(goalIds));
  }

  @Override
  public Session removeMilestone(String actor, String sessionId, long v, String milestoneId) {
    return goals.removeMilestone(a(actor), sid(sessionId), v, id("milestoneId", milestoneId));
  }

  @Override
  public Session raiseBlocker(String actor, String sessionId, long v, @Nullable String goalId, String description) {
    return goals.raiseBlocker(a(actor), sid(sessionId), v, Checks.optionalId("goalId", goalId),
        Checks.requireText("description", description, Limits.NOTE_MAX));
  }

  @Override
  public Session resolveBlocker(String actor, String sessionId, long v, String blockerId, String resolution) {
    return goals.resolveBlocker(a(actor), sid(sessionId), v, id("blockerId", blockerId),
        Checks.requireText("resolution", resolution, Limits.NOTE_MAX));
  }

  @Override
  public Session addResource(String actor, String sessionId, long v, String title, String url) {
    String who = a(actor);
    new Checks().required("title", title, Limits.NAME_MAX).required("url", url, Limits.URL_MAX).throwIfAny();
    return goals.addResource(who, sid(sessionId), v, title, url);
  }

  @Override
  public Session removeResource(String actor, String sessionId, long v, String resourceId) {
    return goals.removeResource(a(actor), sid(sessionId), v, id("resourceId", resourceId));
  }

  @Override
  public Session addLearning(String actor, String sessionId, String text) {
    return goals.addLearning(a(actor), sid(sessionId), Checks.requireText("text", text, Limits.NOTE_MAX));
  }

  @Override
  public Session addCollaborator(String actor, String sessionId, long v, String userId, Role role) {
    return collaborators.add(a(actor), sid(sessionId), v, user("userId", userId), present(role, "role"));
  }

  @Override
  public Session changeRole(String actor, String sessionId, long v, String userId, Role role) {
    return collaborators.changeRole(a(actor), sid(sessionId), v, user("userId", userId), present(role, "role"));
  }

  @Override
  public Session removeCollaborator(String actor, String sessionId, long v, String userId) {
    return collaborators.remove(a(actor), sid(sessionId), v, user("userId", userId));
  }

  @Override
  public Session transferOwnership(String actor, String sessionId, long v, String newOwnerId) {
    return collaborators.transferOwnership(a(actor), sid(sessionId), v, user("newOwnerId", newOwnerId));
  }

  @Override
  public Comment addComment(String actor, String sessionId, String body) {
    return comments.add(a(actor), sid(sessionId), null, body(body));
  }

  @Override
  public Comment reply(String actor, String sessionId, String parentCommentId, String body) {
    return comments.add(a(actor), sid(sessionId), id("parentCommentId", parentCommentId), body(body));
  }

  @Override
  public Comment editComment(String actor, String sessionId, String commentId, String body) {
    return comments.edit(a(actor), sid(sessionId), id("commentId", commentId), body(body));
  }

  @Override
  public Page<Comment> comments(String actor, String sessionId, @Nullable String cursor, int pageSize) {
    return comments.page(a(actor), sid(sessionId), cursor, pageSize);
  }

  @Override
  public Session uploadAttachment(String actor, String sessionId, String name, String contentType, InputStream content) {
    String who = a(actor);
    new Checks().fileName("name", name).throwIfAny();
    return attachments.upload(who, sid(sessionId), name, contentType, content);
  }

  @Override
  public AttachmentContent downloadAttachment(String actor, String sessionId, String attachmentId) {
    return attachments.download(a(actor), sid(sessionId), id("attachmentId", attachmentId));
  }

  @Override
  public int purgeArchivedAttachments() {
    open();
    return attachments.purgeArchived();
  }

  @Override
  public Page<ActivityEntry> activity(String actor, String sessionId, @Nullable String cursor, int pageSize) {
    return queries.activity(a(actor), sid(sessionId), cursor, pageSize);
  }

  @Override
  public String exportJson(String actor, String sessionId) {
    return sessions.exportJson(a(actor), sid(sessionId));
  }

  @Override
  public Session importJson(String actor, String json) {
    return sessions.importJson(a(actor), present(json, "json"), null);
  }

  @Override
  public Session importJson(String actor, String json, CreateKey key) {
    return sessions.importJson(a(actor), present(json, "json"), present(key, "createKey"));
  }

  @Override
  public Template saveTemplate(String actor, TemplateDraft draft) {
    return templates.save(a(actor), present(draft, "draft"));
  }

  @Override
  public Template template(String templateId) {
    open();
    return templates.resolve(id("templateId", templateId), null);
  }

  @Override
  public Template template(String templateId, int version) {
    open();
    return templates.resolve(id("templateId", templateId), version);
  }

  @Override
  public List<Template> templateVersions(String templateId) {
    open();
    return templates.versions(id("templateId", templateId));
  }

  @Override
  public List<Template> templates() {
    open();
    return templates.all();
  }

  @Override
  public List<TemplateSuggestion> suggestTemplates(String userId) {
    open();
    return templates.suggest(user("userId", userId));
  }
}
