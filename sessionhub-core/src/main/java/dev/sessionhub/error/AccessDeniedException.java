package dev.sessionhub.error;

import dev.sessionhub.Operation;
import dev.sessionhub.model.Role;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The acting user may not perform an operation: their role on the session is too low, or a rule
 * of the operation itself refuses them (only a comment's author edits it; only the owner named in
 * an export imports it; only a template's creator saves a new version). A user who is not a
 * member of an existing session gets {@link NotFoundException} instead, so that existence does not
 * leak. Nothing was written.
 */
public class AccessDeniedException extends SessionHubException {

  private static final long serialVersionUID = 1L;

  private final String user;
  private final Operation operation;
  private final @Nullable Role required;
  private final @Nullable Role actual;

  /**
   * A role too low for the operation.
   *
   * @param user the acting user
   * @param operation the operation refused
   * @param actual the role the user holds, or {@code null} for none
   */
  public AccessDeniedException(String user, Operation operation, @Nullable Role actual) {
    super(user + " may not " + phrase(operation) + ": that needs the " + operation.requiredRole() + " role"
        + (actual == null ? ", and " + user + " has none" : ", and " + user + " is " + article(actual) + " " + actual));
    this.user = user;
    this.operation = operation;
    this.required = operation.requiredRole();
    this.actual = actual;
  }

  /**
   * A rule of the operation that no role satisfies.
   *
   * @param user the acting user
   * @param operation the operation refused
   * @param reason why, as a sentence a user understands ("only its author may edit a comment")
   * @param actual the role the user holds, or {@code null} for none
   */
  public AccessDeniedException(String user, Operation operation, String reason, @Nullable Role actual) {
    super(user + " may not " + phrase(operation) + ": " + Objects.requireNonNull(reason, "reason"));
    this.user = user;
    this.operation = operation;
    this.required = null;
    this.actual = actual;
  }

  private static String phrase(Operation op) {
    String d = op.description();
    int end = d.indexOf(';') >= 0 ? d.indexOf(';') : d.indexOf('.');
    String first = end < 0 ? d : d.substring(0, end);
    return first.substring(0, 1).toLowerCase(Locale.ROOT) + first.substring(1);
  }

  private static String article(Role role) {
    return role == Role.OWNER ? "an" : "a";
  }

  /** The acting user. */
  public String user() {
    return user;
  }

  /** The operation refused. */
  public Operation operation() {
    return operation;
  }

  /** The least role the operation needs, or {@code null} when no role would do (a rule refused it). */
  public @Nullable Role required() {
    return required;
  }

  /** The role the user holds, if any. */
  public @Nullable Role actual() {
    return actual;
  }
}
