package dev.sessionhub.internal.hub;

import dev.sessionhub.Operation;
import dev.sessionhub.error.AccessDeniedException;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;

/**
 * Applies the {@link Operation} matrix, and the operations' own rules (a comment's author, an
 * export's owner, a template's creator), to a user: every access decision of the hub is made
 * here, once per operation.
 */
final class Access {

  private Access() {}

  /**
   * The user's role, if it allows the operation.
   *
   * @throws NotFoundException when the user is not a member (no existence leak)
   * @throws AccessDeniedException when the role is too low
   */
  static Role require(String user, Session s, Operation op) {
    Role role = s.roleOf(user).orElseThrow(() -> new NotFoundException("session", s.id()));
    if (!op.allows(role)) {
      throw new AccessDeniedException(user, op, role);
    }
    return role;
  }

  /** Only a comment's author edits it, whatever their role; a member first of all. */
  static void requireAuthor(String user, Session s, Comment c) {
    Role role = require(user, s, Operation.EDIT_COMMENT);
    if (!c.author().equals(user)) {
      throw new AccessDeniedException(user, Operation.EDIT_COMMENT,
          "only a comment's author may edit it, and comment " + c.id() + " is " + c.author() + "'s", role);
    }
  }

  /** Only the owner an export names imports it. */
  static void requireImporter(String user, Session imported) {
    Role role = imported.roleOf(user).orElse(null);
    if (role == null || !Operation.IMPORT.allows(role)) {
      throw new AccessDeniedException(user, Operation.IMPORT,
          "only the owner the export names, " + imported.ownerId() + ", may import it", role);
    }
  }

  /** Only a template's creator saves a new version of it. */
  static void requireTemplateCreator(String user, String templateId, String creator) {
    if (!creator.equals(user)) {
      throw new AccessDeniedException(user, Operation.SAVE_TEMPLATE,
          "only the creator of template " + templateId + ", " + creator + ", may save a new version", null);
    }
  }
}
