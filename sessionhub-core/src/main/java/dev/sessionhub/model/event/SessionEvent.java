package dev.sessionhub.model.event;

import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.TemplateRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a session, published after the change is stored. Every event
 * carries the session id, the session's version after the change, the actor and the time.
 * The hierarchy is sealed: a {@code switch} over it is exhaustive.
 */
public sealed interface SessionEvent {

  /** The session. */
  String sessionId();

  /** The session's version after the change. */
  long version();

  /** Who made the change. */
  String actor();

  /** When. */
  Instant at();

  /**
   * A session was created (blank, from a template, or imported).
   *
   * @param sessionId the session
   * @param version its version
   * @param actor who
   * @param at when
   * @param name its name
   * @param template the template it came from, or {@code null}
   */
  record Created(String sessionId, long version, String actor, Instant at, String name,
      @Nullable TemplateRef template) implements SessionEvent {
    /** Checks required components. */
    public Created {
      requireCommon(sessionId, actor, at);
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * The session's content changed.
   *
   * @param sessionId the session
   * @param version its version
   * @param actor who
   * @param at when
   * @param changedFields names of the top-level fields that changed (e.g. {@code name}, {@code goals})
   */
  record Updated(String sessionId, long version, String actor, Instant at, Set<String> changedFields)
      implements SessionEvent {
    /** Checks required components and copies the set. */
    public Updated {
      requireCommon(sessionId, actor, at);
      changedFields = Set.copyOf(changedFields);
    }
  }

  /**
   * A lifecycle transition.
   *
   * @param sessionId the session
   * @param version its version
   * @param actor who
   * @param at when
   * @param from the state before
   * @param to the state after
   * @param action the action
   */
  record StatusChanged(String sessionId, long version, String actor, Instant at, SessionStatus from,
      SessionStatus to, LifecycleAction action) implements SessionEvent {
    /** Checks required components. */
    public StatusChanged {
      requireCommon(sessionId, actor, at);
    }
  }

  /**
   * A goal was completed.
   *
   * @param sessionId the session
   * @param version its version
   * @param actor who
   * @param at when
   * @param goalId the goal
   */
  record GoalCompleted(String sessionId, long version, String actor, Instant at, String goalId)
      implements SessionEvent {
    /** Checks required components. */
    public GoalCompleted {
      requireCommon(sessionId, actor, at);
    }
  }

  /**
   * A milestone was reached.
   *
   * @param sessionId the session
   * @param version its version
   * @param actor who
   * @param at when
   * @param milestoneId the milestone
   */
  record MilestoneReached(String sessionId, long version, String actor, Instant at, String milestoneId)
      implements SessionEvent {
    /** Checks required components. */
    public MilestoneReached {
      requireCommon(sessionId, actor, at);
    }
  }

  /**
   * A blocker was raised.
   *
   * @param sessionId the session
   * @param version its version
   * @param actor who
   * @param at when
   * @param blockerId the blocker
   * @param goalId the goal it blocks, or {@code null}
   */
  record BlockerRaised(String sessionId, long version, String actor, Instant at, String blockerId,
      @Nullable String goalId) implements SessionEvent {
    /** Checks required components. */
    public BlockerRaised {
      requireCommon(sessionId, actor, at);
    }
  }

  /**
   * A blocker was resolved.
   *
   * @param sessionId the session
   * @param version its version
   * @param actor who
   * @param at when
   * @param blockerId the blocker
   */
  record BlockerResolved(String sessionId, long version, String actor, Instant at, String blockerId)
      implements SessionEvent {
    /** Checks required components. */
    public BlockerResolved {
      requireCommon(sessionId, actor, at);
    }
  }

  /**
   * A comment was added (or a reply).
   *
   * @param sessionId the session
   * @param version its version
   * @param actor who
   * @param at when
   * @param commentId the comment
   * @param parentId the comment replied to, or {@code null}
   */
  record CommentAdded(String sessionId, long version, String actor, Instant at, String commentId,
      @Nullable String parentId) implements SessionEvent {
    /** Checks required components. */
    public CommentAdded {
      requireCommon(sessionId, actor, at);
    }
  }

  /**
   * A member was mentioned in a comment.
   *
   * @param sessionId the session
   * @param version its version
   * @param actor who wrote the comment
   * @param at when
   * @param commentId the comment
   * @param userId the member mentioned
   */
  record UserMentioned(String sessionId, long version, String actor, Instant at, String commentId,
      String userId) implements SessionEvent {
    /** Checks required components. */
    public UserMentioned {
      requireCommon(sessionId, actor, at);
    }
  }

  /**
   * A member was added.
   *
   * @param sessionId the session
   * @param version its version
   * @param actor who
   * @param at when
   * @param userId the new member
   * @param role their role
   */
  record CollaboratorAdded(String sessionId, long version, String actor, Instant at, String userId, Role role)
      implements SessionEvent {
    /** Checks required components. */
    public CollaboratorAdded {
      requireCommon(sessionId, actor, at);
    }
  }

  /**
   * A member was removed.
   *
   * @param sessionId the session
   * @param version its version
   * @param actor who
   * @param at when
   * @param userId the former member
   */
  record CollaboratorRemoved(String sessionId, long version, String actor, Instant at, String userId)
      implements SessionEvent {
    /** Checks required components. */
    public CollaboratorRemoved {
      requireCommon(sessionId, actor, at);
    }
  }

  /**
   * A member's role changed (ownership transfers included).
   *
   * @param sessionId the session
   * @param version its version
   * @param actor who
   * @param at when
   * @param userId the member
   * @param from the old role
   * @param to the new role
   */
  record RoleChanged(String sessionId, long version, String actor, Instant at, String userId, Role from, Role to)
      implements SessionEvent {
    /** Checks required components. */
    public RoleChanged {
      requireCommon(sessionId, actor, at);
    }
  }

  /**
   * An attachment (or a new version of one) was uploaded.
   *
   * @param sessionId the session
   * @param version its version
   * @param actor who
   * @param at when
   * @param attachmentId the attachment version
   * @param name its file name
   * @param attachmentVersion 1 for a new name, then 2, 3, ...
   */
  record AttachmentAdded(String sessionId, long version, String actor, Instant at, String attachmentId,
      String name, int attachmentVersion) implements SessionEvent {
    /** Checks required components. */
    public AttachmentAdded {
      requireCommon(sessionId, actor, at);
    }
  }

  /**
   * The session was archived.
   *
   * @param sessionId the session
   * @param version its version
   * @param actor who
   * @param at when
   */
  record Archived(String sessionId, long version, String actor, Instant at) implements SessionEvent {
    /** Checks required components. */
    public Archived {
      requireCommon(sessionId, actor, at);
    }
  }

  private static void requireCommon(String sessionId, String actor, Instant at) {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }
}
