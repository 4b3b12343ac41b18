package dev.sessionhub.internal.json;

/**
 * A JSON value that cannot become the Java value wanted; {@link JsonIn} turns it into a violation
 * at the value's path. Carries no stack trace: it is a result, not a bug.
 */
final class BadValue extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadValue(String message) {
    super(message, null, false, false);
  }
}
