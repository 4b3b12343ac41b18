package dev.sessionhub.spring.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The in-process lease: right for an in-memory store, which no other instance shares. */
final class LocalPurgeLock implements PurgeLock {

  private final Clock clock;
  private final Map<String, Instant> heldUntil = new HashMap<>();
  private final Map<String, Thread> holders = new HashMap<>();

  LocalPurgeLock(Clock clock) {
    this.clock = clock;
  }

  @Override
  public boolean runExclusively(String name, Duration lockAtLeast, Duration lockAtMost, Runnable task) {
    Instant start = clock.instant();
    synchronized (this) {
      Instant until = heldUntil.get(name);
      if (holders.containsKey(name) || (until != null && start.isBefore(until))) {
        return false;
      }
      holders.put(name, Thread.currentThread());
      heldUntil.put(name, start.plus(lockAtMost));
    }
    try {
      task.run();
      return true;
    } finally {
      synchronized (this) {
        holders.remove(name);
        Instant atLeast = start.plus(lockAtLeast);
        Instant now = clock.instant();
        heldUntil.put(name, now.isAfter(atLeast) ? now : atLeast);
      }
    }
  }
}
