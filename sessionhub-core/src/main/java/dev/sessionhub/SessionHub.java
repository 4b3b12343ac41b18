package dev.sessionhub;

import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.Page;
import dev.sessionhub.model.ProgressReport;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateSuggestion;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one entry point to SessionHub: every operation on sessions, goals, collaborators,
 * comments, attachments and templates. Build one with {@link #builder()}, or take
 * {@link #inMemory()} for quick starts and tests.
 *
 * <p>Every operation takes the acting user first; it is checked against the session's members
 * (see {@link Operation} for the matrix) and recorded in the history and activity log. A user
 * who is not a member is told the session does not exist.
 *
 * <p>Every change returns the new snapshot, whose {@link Session#version() version} every change
 * raises. Edits name the version they read: an edit is applied to the current snapshot when only
 * appends happened since that version, and throws {@link dev.sessionhub.error.ConflictException}
 * (naming both versions, writing nothing) when another edit did. Appends (a comment, a reply, a
 * learning, an upload) name no version and always land: concurrent changes to one session queue
 * in the store rather than fail.
 *
 * <p>A call that fails with {@link dev.sessionhub.error.StoreUnavailableException} may have been
 * stored all the same (the commit succeeded, its answer was lost): read before retrying an edit,
 * and give creates and imports a {@link CreateKey} so that a retry returns the first attempt's
 * session.
 *
 * <p>Errors: {@link dev.sessionhub.error.ValidationException} (every violation of the input),
 * {@link dev.sessionhub.error.NotFoundException}, {@link dev.sessionhub.error.AccessDeniedException},
 * {@link dev.sessionhub.error.ConflictException}, {@link dev.sessionhub.error.IllegalTransitionException},
 * {@link dev.sessionhub.error.StoreUnavailableException}. A rejected operation changes nothing.
 *
 * <p>Implementations are thread-safe.
 *
 * <p><b>Closing.</b> A hub is {@link AutoCloseable}: {@link #close()} stops what the hub itself
 * started (the {@link dev.sessionhub.spi.EventTransport} and its delivery thread), after which
 * every operation throws {@link dev.sessionhub.error.HubClosedException}. A hub without a
 * transport holds no thread, so not closing it leaks nothing; closing it is still the clean end.
 *
 * <p><b>Observing.</b> An {@link OperationObserver} given to the builder sees every call of every
 * method here, with its duration and outcome, for metrics and tracing.
 */
public interface SessionHub extends AutoCloseable {

  /** A builder for a hub with explicitly chosen store, cache, clock and listeners. */
  static SessionHubBuilder builder() {
    return new SessionHubBuilder();
  }

  /** A hub with an in-memory store, a local cache and the system clock. */
  static SessionHub inMemory() {
    return builder().build();
  }

  // ---- sessions ----------------------------------------------------------------------------

  /** Creates a blank DRAFT session owned by {@code actor}. */
  Session create(String actor, NewSession spec);

  /**
   * Creates a blank DRAFT session owned by {@code actor}, once per key: a retry with the same
   * key by the same actor returns the session the first attempt stored (see {@link CreateKey}).
   */
  Session create(String actor, NewSession spec, CreateKey key);

  /** Creates a DRAFT session owned by {@code actor} from a template, filling its parameters. */
  Session createFromTemplate(String actor, FromTemplate spec);

  /**
   * Creates a DRAFT session from a template, once per key: a retry with the same key by the
   * same actor returns the session the first attempt stored (see {@link CreateKey}).
   */
  Session createFromTemplate(String actor, FromTemplate spec, CreateKey key);

  /** The current snapshot. */
  Session get(String actor, String sessionId);

  /** Changes the session's own fields. */
  Session update(String actor, String sessionId, long expectedVersion, SessionPatch patch);

  /** Runs a lifecycle action; see {@link LifecycleAction} for the legal moves. */
  Session transition(String actor, String sessionId, long expectedVersion, LifecycleAction action);

  /** DRAFT to ACTIVE. */
  default Session start(String actor, String sessionId, long expectedVersion) {
    return transition(actor, sessionId, expectedVersion, LifecycleAction.START);
  }

  /** ACTIVE to PAUSED. */
  default Session pause(String actor, String sessionId, long expectedVersion) {
    return transition(actor, sessionId, expectedVersion, LifecycleAction.PAUSE);
  }

  /** PAUSED to ACTIVE. */
  default Session resume(String actor, String sessionId, long expectedVersion) {
    return transition(actor, sessionId, expectedVersion, LifecycleAction.RESUME);
  }

  /** ACTIVE or PAUSED to COMPLETED. */
  default Session complete(String actor, String sessionId, long expectedVersion) {
    return transition(actor, sessionId, expectedVersion, LifecycleAction.COMPLETE);
  }

  /** COMPLETED to ACTIVE. */
  default Session reopen(String actor, String sessionId, long expectedVersion) {
    return transition(actor, sessionId, expectedVersion, LifecycleAction.REOPEN);
  }

  /** Archives the session: what "delete" means. Owner only. */
  default Session archive(String actor, String sessionId, long expectedVersion) {
    return transition(actor, sessionId, expectedVersion, LifecycleAction.ARCHIVE);
  }

  /** Progress, goal and blocker counts and time against the estimate, as of the hub's clock. */
  ProgressReport progress(String actor, String sessionId);

  /** Sessions the actor is a member of that match the query, one page at a time. */
  Page<Session> search(String actor, SessionQuery query);

  /**
   * How far before {@code since} {@link #changesSince} looks: 10 seconds. It covers the time
   * between a write's update time being stamped and its commit (the longest write, with waits
   * for a connection or a lock) plus clock skew between instances.
   */
  Duration CHANGES_SINCE_MARGIN = Duration.ofSeconds(10);

  /**
   * Sessions the actor is a member of that changed at or after {@code since} minus
   * {@link #CHANGES_SINCE_MARGIN} (archived ones included), oldest change first, for polling
   * with deltas. Pass the returned cursor to continue.
   *
   * <p>A change's time comes from the writing instance's clock when it is made, so a write that
   * commits late can carry a time earlier than one already seen. The margin covers that: poll
   * again with {@code since} set to the last {@link Session#updatedAt()} you received, and every
   * change that committed within the margin of its time is returned, even one that became
   * visible after a later-stamped change you already have. Sessions changed within the margin
   * before {@code since} come again: drop those whose version you already have. A write that
   * took longer than the margin between its stamp and its commit may be missed; poll with an
   * earlier {@code since} if yours can.
   */
  Page<Session> changesSince(String actor, Instant since, @Nullable String cursor, int pageSize);

  // ---- goals, milestones, blockers, resources, learnings --------------------------------------

  /** Adds a goal (or a sub-goal, with a parent). */
  Session addGoal(String actor, String sessionId, long expectedVersion, NewGoal goal);

  /** Changes a goal's own fields. */
  Session updateGoal(String actor, String sessionId, long expectedVersion, String goalId, GoalPatch patch);

  /** Removes a goal; rejected while other goals depend on it, milestones require it or it has sub-goals. */
  Session removeGoal(String actor, String sessionId, long expectedVersion, String goalId);

  /**
   * Sets a goal's status. DONE is rejected while a dependency is not done or skipped, a
   * sub-goal is still open, or an open blocker is raised on the goal.
   */
  Session setGoalStatus(String actor, String sessionId, long expectedVersion, String goalId, GoalStatus status);

  /** Makes {@code goalId} depend on {@code dependsOnGoalId}; a cycle is rejected. */
  Session addDependency(String actor, String sessionId, long expectedVersion, String goalId, String dependsOnGoalId);

  /** Drops a dependency. */
  Session removeDependency(String actor, String sessionId, long expectedVersion, String goalId, String dependsOnGoalId);

  /** Adds a milestone reached when all the named goals are done. */
  Session addMilestone(String actor, String sessionId, long expectedVersion, String name, List<String> requiredGoalIds);

  /** Removes a milestone. */
  Session removeMilestone(String actor, String sessionId, long expectedVersion, String milestoneId);

  /** Raises a blocker on the session, or on a goal when {@code goalId} is given. */
  Session raiseBlocker(String actor, String sessionId, long expectedVersion, @Nullable String goalId, String description);

  /** Resolves an open blocker. */
  Session resolveBlocker(String actor, String sessionId, long expectedVersion, String blockerId, String resolution);

  /** Adds a link. */
  Session addResource(String actor, String sessionId, long expectedVersion, String title, String url);

  /** Removes a link. */
  Session removeResource(String actor, String sessionId, long expectedVersion, String resourceId);

  /** Captures a learning; it commutes, so it takes no version. */
  Session addLearning(String actor, String sessionId, String text);

  // ---- collaborators -----------------------------------------------------------------------

  /** Shares the session with a user. */
  Session addCollaborator(String actor, String sessionId, long expectedVersion, String userId, Role role);

  /** Changes a member's role (not to or from OWNER: use {@link #transferOwnership}). */
  Session changeRole(String actor, String sessionId, long expectedVersion, String userId, Role role);

  /** Removes a member other than the owner. */
  Session removeCollaborator(String actor, String sessionId, long expectedVersion, String userId);

  /** Makes another member the owner; the previous owner becomes a collaborator. */
  Session transferOwnership(String actor, String sessionId, long expectedVersion, String newOwnerId);

  // ---- comments ----------------------------------------------------------------------------

  /** Adds a top-level comment; {@code @user} mentions must name members. */
  Comment addComment(String actor, String sessionId, String body);

  /** Replies to a comment. */
  Comment reply(String actor, String sessionId, String parentCommentId, String body);

  /** Edits one's own comment. */
  Comment editComment(String actor, String sessionId, String commentId, String body);

  /** Comments in the order written, a page at a time. */
  Page<Comment> comments(String actor, String sessionId, @Nullable String cursor, int pageSize);

  // ---- attachments and activity -------------------------------------------------------------

  /**
   * Stores a file and adds its metadata to the session; uploading a name again adds a new
   * version. Commutes, so it takes no version. The stream is read to its end but not closed.
   */
  Session uploadAttachment(String actor, String sessionId, String name, String contentType, InputStream content);

  /** Opens an attachment's content; the download is recorded in the activity log. Close it. */
  AttachmentContent downloadAttachment(String actor, String sessionId, String attachmentId);

  /**
   * Deletes the content of attachments of sessions archived longer ago than the configured
   * retention. Idempotent and safe to run on several instances at once.
   *
   * @return how many contents were deleted by this call
   */
  int purgeArchivedAttachments();

  /** The session's activity log, oldest first, a page at a time. */
  Page<ActivityEntry> activity(String actor, String sessionId, @Nullable String cursor, int pageSize);

  // ---- import and export -------------------------------------------------------------------

  /** The session and its comments in the canonical JSON form. */
  String exportJson(String actor, String sessionId);

  /**
   * Stores a session (and its comments) from the canonical JSON form, exactly as exported.
   * The actor must be its owner; an id already stored is rejected.
   */
  Session importJson(String actor, String json);

  /**
   * Imports once per key: a retry with the same key by the same actor returns the session the
   * first attempt stored instead of failing on its id (see {@link CreateKey}).
   */
  Session importJson(String actor, String json, CreateKey key);

  // ---- templates ---------------------------------------------------------------------------

  /** Saves a custom template: version 1, or the next version of the creator's template. */
  Template saveTemplate(String actor, TemplateDraft draft);

  /** The latest version of a template. */
  Template template(String templateId);

  /** One version of a template. */
  Template template(String templateId, int version);

  /** Every version of a template, oldest first. */
  List<Template> templateVersions(String templateId);

  /** The latest version of every template, built-ins first. */
  List<Template> templates();

  /** Templates ranked for a user from their history, with each score explained. */
  List<TemplateSuggestion> suggestTemplates(String userId);

  // ---- lifecycle ---------------------------------------------------------------------------

  /**
   * Closes the hub: stops receiving events from other instances (the transport's
   * {@code stop()}), delivers the remote events already received, and stops the thread that
   * delivers them, waiting up to 5 seconds. Every operation called afterwards throws
   * {@link dev.sessionhub.error.HubClosedException}; operations already running finish. The
   * stores, cache, content store, publisher and executors handed to the builder are the host's:
   * they stay open. Calling it again does nothing. Throws nothing.
   */
  @Override
  void close();
}
