package dev.sessionhub.internal.memory;

/** Argument checks of the in-memory store: misuse of the port, not domain rules. */
final class Checks {

  private Checks() {}

  static void limit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
  }
}
