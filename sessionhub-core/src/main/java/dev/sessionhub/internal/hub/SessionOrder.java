package dev.sessionhub.internal.hub;

import dev.sessionhub.model.event.SessionEvent;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;

/**
 * What this instance has delivered of one session's events: the highest version, and the events
 * of the last {@value #VERSIONS_KEPT} versions, to recognise a repeat. Thread-safe: the writing
 * threads record local events while the remote-event thread checks and records remote ones.
 */
final class SessionOrder {

  static final int VERSIONS_KEPT = 16;

  private final TreeMap<Long, Set<SessionEvent>> recent = new TreeMap<>();
  private long delivered;

  /** The highest version delivered here, or 0 when none is known. */
  synchronized long delivered() {
    return delivered;
  }

  /** Whether this exact event was delivered here. */
  synchronized boolean seen(SessionEvent e) {
    Set<SessionEvent> events = recent.get(e.version());
    return events != null && events.contains(e);
  }

  /** Notes the event as delivered. */
  synchronized void record(SessionEvent e) {
    delivered = Math.max(delivered, e.version());
    recent.computeIfAbsent(e.version(), v -> new HashSet<>(4)).add(e);
    while (recent.size() > VERSIONS_KEPT) {
      recent.pollFirstEntry();
    }
  }
}
