package dev.sessionhub.store.jdbc.internal;

/**
 * Argument checks of the store: misuse of the port, reported as the in-memory store does. Core
 * validates every value that becomes a key or enters a query (ids, user ids, texts) before it
 * reaches a store, so no input check is repeated here; a negative limit is not input (the facade
 * never asks for one) but a caller's bug, which each engine would answer differently.
 */
final class WriteChecks {

  private WriteChecks() {}

  static void limit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
  }
}
