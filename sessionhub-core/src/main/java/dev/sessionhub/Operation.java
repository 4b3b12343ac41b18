package dev.sessionhub;

import dev.sessionhub.model.Role;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every facade operation that needs a permission, the least role it needs and the name of the
 * activity-log entry it writes: the access matrix, in one place. A user with no role on a session is told it does not exist; a member
 * whose role is too low gets {@link dev.sessionhub.error.AccessDeniedException} naming the
 * operation and this role. Roles are ordered VIEWER &lt; COLLABORATOR &lt; OWNER.
 *
 * <p>Each operation that changes a session writes one activity-log entry named by
 * {@link #auditAction()}. {@link #CREATE} is open to every user and {@link #IMPORT} to the owner
 * named in the export. Search and "changes since" are open to every user and return only
 * sessions the user is a member of; templates are read by every user and a new version is saved
 * only by the template's creator.
 */
public enum Operation {
  /** Read a session. */
  GET(Role.VIEWER, null, "Read a session."),
  /** Read its progress report. */
  PROGRESS(Role.VIEWER, null, "Read its progress report."),
  /** Export it as JSON. */
  EXPORT(Role.VIEWER, null, "Export it as JSON."),
  /** Read its comments. */
  LIST_COMMENTS(Role.VIEWER, null, "Read its comments."),
  /** Read its activity log. */
  LIST_ACTIVITY(Role.VIEWER, null, "Read its activity log."),
  /** Download an attachment. */
  DOWNLOAD_ATTACHMENT(Role.VIEWER, "attachment.download", "Download an attachment."),
  /** Add a comment. */
  ADD_COMMENT(Role.VIEWER, "comment.add", "Add a comment."),
  /** Reply to a comment. */
  REPLY_COMMENT(Role.VIEWER, "comment.reply", "Reply to a comment."),
  /** Edit a comment; only its author may, whatever their role. */
  EDIT_COMMENT(Role.VIEWER, "comment.edit", "Edit a comment; only its author may, whatever their role."),
  /** Change name, description, type, priority, estimate, settings, metadata, custom fields. */
  UPDATE(Role.COLLABORATOR, "session.update", "Change name, description, type, priority, estimate, settings, metadata, custom fields."),
  /** DRAFT to ACTIVE. */
  START(Role.COLLABORATOR, "session.start", "DRAFT to ACTIVE."),
  /** ACTIVE to PAUSED. */
  PAUSE(Role.COLLABORATOR, "session.pause", "ACTIVE to PAUSED."),
  /** PAUSED to ACTIVE. */
  RESUME(Role.COLLABORATOR, "session.resume", "PAUSED to ACTIVE."),
  /** ACTIVE or PAUSED to COMPLETED. */
  COMPLETE(Role.COLLABORATOR, "session.complete", "ACTIVE or PAUSED to COMPLETED."),
  /** COMPLETED to ACTIVE. */
  REOPEN(Role.COLLABORATOR, "session.reopen", "COMPLETED to ACTIVE."),
  /** Add a goal or sub-goal. */
  ADD_GOAL(Role.COLLABORATOR, "goal.add", "Add a goal or sub-goal."),
  /** Edit a goal. */
  UPDATE_GOAL(Role.COLLABORATOR, "goal.update", "Edit a goal."),
  /** Remove a goal. */
  REMOVE_GOAL(Role.COLLABORATOR, "goal.remove", "Remove a goal."),
  /** Start, complete, skip or reopen a goal. */
  SET_GOAL_STATUS(Role.COLLABORATOR, "goal.set-status", "Start, complete, skip or reopen a goal."),
  /** Make a goal depend on another. */
  ADD_DEPENDENCY(Role.COLLABORATOR, "goal.add-dependency", "Make a goal depend on another."),
  /** Drop a dependency. */
  REMOVE_DEPENDENCY(Role.COLLABORATOR, "goal.remove-dependency", "Drop a dependency."),
  /** Add a milestone. */
  ADD_MILESTONE(Role.COLLABORATOR, "milestone.add", "Add a milestone."),
  /** Remove a milestone. */
  REMOVE_MILESTONE(Role.COLLABORATOR, "milestone.remove", "Remove a milestone."),
  /** Raise a blocker. */
  RAISE_BLOCKER(Role.COLLABORATOR, "blocker.raise", "Raise a blocker."),
  /** Resolve a blocker. */
  RESOLVE_BLOCKER(Role.COLLABORATOR, "blocker.resolve", "Resolve a blocker."),
  /** Add a link. */
  ADD_RESOURCE(Role.COLLABORATOR, "resource.add", "Add a link."),
  /** Remove a link. */
  REMOVE_RESOURCE(Role.COLLABORATOR, "resource.remove", "Remove a link."),
  /** Capture a learning. */
  ADD_LEARNING(Role.COLLABORATOR, "learning.add", "Capture a learning."),
  /** Upload an attachment. */
  UPLOAD_ATTACHMENT(Role.COLLABORATOR, "attachment.upload", "Upload an attachment."),
  /** Share the session with a new member. */
  ADD_COLLABORATOR(Role.OWNER, "member.add", "Share the session with a new member."),
  /** Change a member's role. */
  CHANGE_ROLE(Role.OWNER, "member.change-role", "Change a member's role."),
  /** Remove a member. */
  REMOVE_COLLABORATOR(Role.OWNER, "member.remove", "Remove a member."),
  /** Hand ownership to another member. */
  TRANSFER_OWNERSHIP(Role.OWNER, "member.transfer-ownership", "Hand ownership to another member."),
  /** Archive (delete) the session. */
  ARCHIVE(Role.OWNER, "session.archive", "Archive (delete) the session."),
  /** Create a session, blank or from a template: open to every user, who becomes its OWNER. */
  CREATE(Role.VIEWER, "session.create", "Create a session, blank or from a template; open to every user."),
  /**
   * Import an exported session: only the user the export names as its OWNER may import it; any
   * other user, member or not, is denied.
   */
  IMPORT(Role.OWNER, "session.import", "Import an export; only the owner it names may."),
  /**
   * Save a new version of a template: only its creator may (a new template id is open to every
   * user). Templates keep their versions rather than an activity log, so no entry is written.
   */
  SAVE_TEMPLATE(Role.OWNER, null, "Save a new version of a template; only its creator may.");

  private final Role required;
  private final @Nullable String auditAction;
  private final String description;

  Operation(Role required, @Nullable String auditAction, String description) {
    this.required = required;
    this.auditAction = auditAction;
    this.description = description;
  }

  /**
   * The name of the activity-log entry this operation writes ({@code goal.add}): the subject,
   * a dot and a lower-case, hyphenated verb. Empty for reads, which write nothing.
   */
  public Optional<String> auditAction() {
    return Optional.ofNullable(auditAction);
  }

  /** What the operation does, in a sentence (the README's permission matrix shows it). */
  public String description() {
    return description;
  }

  /**
   * Whether the operation acts on a stored session that the user must be a member of. A
   * non-member is told such a session does not exist. {@link #CREATE}, {@link #IMPORT} and
   * {@link #SAVE_TEMPLATE} are the exceptions.
   */
  public boolean needsMembership() {
    return this != CREATE && this != IMPORT && this != SAVE_TEMPLATE;
  }

  /** The least role this operation needs. */
  public Role requiredRole() {
    return required;
  }

  /**
   * Whether a member holding {@code role} may perform this operation: for {@link #IMPORT}, the
   * role the importing user holds in the imported document.
   */
  public boolean allows(Role role) {
    return role.atLeast(required);
  }
}
