package dev.sessionhub.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a session's status history: a lifecycle transition, who made it and when.
 *
 * @param from the state before
 * @param to the state after
 * @param action the action taken
 * @param actor who took it
 * @param at when
 */
public record StatusChange(SessionStatus from, SessionStatus to, LifecycleAction action, String actor, Instant at) {

  /** Checks that every component is present. */
  public StatusChange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }
}
