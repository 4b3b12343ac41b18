package dev.sessionhub.spring.autoconfigure;

import dev.sessionhub.model.SessionStatus;
import java.util.Map;

/**
 * Counts stored sessions by status, for the {@code sessionhub.sessions} gauges. The starter's
 * are a {@code GROUP BY status} over the JDBC store's sessions table, and for the in-memory
 * store a tally kept from the hub's events; a host with a store of its own declares a bean of
 * this type to get the gauges. Called at most once per {@code sessionhub.metrics.status-refresh};
 * may be slow, must be thread-safe.
 */
@FunctionalInterface
public interface SessionStatusCounter {

  /**
   * How many sessions each status has now; a status absent from the map has none.
   *
   * @throws RuntimeException if the store cannot be read (the gauges keep their last figures)
   */
  Map<SessionStatus, Long> countByStatus();
}
