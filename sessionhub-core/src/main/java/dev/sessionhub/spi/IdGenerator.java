package dev.sessionhub.spi;

/**
 * Port: makes ids for sessions, goals, comments and everything else. Ids must be unique across
 * every instance sharing a store, at most 64 characters of {@code [A-Za-z0-9_-]}. The default
 * makes time-ordered UUIDs (version 7). Implementations must be thread-safe.
 */
@FunctionalInterface
public interface IdGenerator {

  /** A new unique id. */
  String newId();
}
