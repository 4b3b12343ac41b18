package dev.sessionhub;

import dev.sessionhub.model.Role;

/**
 * Every facade operation on an existing session, and the least role it needs: the access
 * matrix, in one place. A user with no role on a session is told it does not exist; a member
 * whose role is too low gets {@link dev.sessionhub.error.AccessDeniedException} naming the
 * operation and this role. Roles are ordered VIEWER &lt; COLLABORATOR &lt; OWNER.
 *
 * <p>Operations that name no existing session (create, search, import, templates) are open to
 * every user; search and "changes since" return only sessions the user is a member of.
 */
public enum Operation {
  /** Read a session. */
  GET(Role.VIEWER),
  /** Read its progress report. */
  PROGRESS(Role.VIEWER),
  /** Export it as JSON. */
  EXPORT(Role.VIEWER),
  /** Read its comments. */
  LIST_COMMENTS(Role.VIEWER),
  /** Read its activity log. */
  LIST_ACTIVITY(Role.VIEWER),
  /** Download an attachment. */
  DOWNLOAD_ATTACHMENT(Role.VIEWER),
  /** Add a comment. */
  ADD_COMMENT(Role.VIEWER),
  /** Reply to a comment. */
  REPLY_COMMENT(Role.VIEWER),
  /** Edit a comment; only its author may, whatever their role. */
  EDIT_COMMENT(Role.VIEWER),
  /** Change name, description, type, priority, estimate, settings, metadata, custom fields. */
  UPDATE(Role.COLLABORATOR),
  /** DRAFT to ACTIVE. */
  START(Role.COLLABORATOR),
  /** ACTIVE to PAUSED. */
  PAUSE(Role.COLLABORATOR),
  /** PAUSED to ACTIVE. */
  RESUME(Role.COLLABORATOR),
  /** ACTIVE or PAUSED to COMPLETED. */
  COMPLETE(Role.COLLABORATOR),
  /** COMPLETED to ACTIVE. */
  REOPEN(Role.COLLABORATOR),
  /** Add a goal or sub-goal. */
  ADD_GOAL(Role.COLLABORATOR),
  /** Edit a goal. */
  UPDATE_GOAL(Role.COLLABORATOR),
  /** Remove a goal. */
  REMOVE_GOAL(Role.COLLABORATOR),
  /** Start, complete, skip or reopen a goal. */
  SET_GOAL_STATUS(Role.COLLABORATOR),
  /** Make a goal depend on another. */
  ADD_DEPENDENCY(Role.COLLABORATOR),
  /** Drop a dependency. */
  REMOVE_DEPENDENCY(Role.COLLABORATOR),
  /** Add a milestone. */
  ADD_MILESTONE(Role.COLLABORATOR),
  /** Remove a milestone. */
  REMOVE_MILESTONE(Role.COLLABORATOR),
  /** Raise a blocker. */
  RAISE_BLOCKER(Role.COLLABORATOR),
  /** Resolve a blocker. */
  RESOLVE_BLOCKER(Role.COLLABORATOR),
  /** Add a link. */
  ADD_RESOURCE(Role.COLLABORATOR),
  /** Remove a link. */
  REMOVE_RESOURCE(Role.COLLABORATOR),
  /** Capture a learning. */
  ADD_LEARNING(Role.COLLABORATOR),
  /** Upload an attachment. */
  UPLOAD_ATTACHMENT(Role.COLLABORATOR),
  /** Share the session with a new member. */
  ADD_COLLABORATOR(Role.OWNER),
  /** Change a member's role. */
  CHANGE_ROLE(Role.OWNER),
  /** Remove a member. */
  REMOVE_COLLABORATOR(Role.OWNER),
  /** Hand ownership to another member. */
  TRANSFER_OWNERSHIP(Role.OWNER),
  /** Archive (delete) the session. */
  ARCHIVE(Role.OWNER);

  private final Role required;

  Operation(Role required) {
    this.required = required;
  }

  /** The least role this operation needs. */
  public Role requiredRole() {
    return required;
  }

  /** Whether a member holding {@code role} may perform this operation. */
  public boolean allows(Role role) {
    return role.atLeast(required);
  }
}
