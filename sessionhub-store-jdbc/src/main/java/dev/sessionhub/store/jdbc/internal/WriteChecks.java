package dev.sessionhub.store.jdbc.internal;

/** Argument checks of the store: misuse of the port, reported as the in-memory store does. */
final class WriteChecks {

  private WriteChecks() {}

  static void limit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
  }
}
