package dev.sessionhub.spring.autoconfigure.actuate;

import dev.sessionhub.SessionHub;
import dev.sessionhub.SessionListener;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.event.SessionEvent;
import dev.sessionhub.spring.autoconfigure.SessionStatusCounter;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Sessions by status for the hub's own in-memory store, which no other instance shares and which
 * starts empty: kept from the hub's events. A created session is a DRAFT when its version is 1
 * (every transition raises the version); an imported one (a higher version) is read once through
 * the hub, as its owner, to learn its status. Transitions move it.
 */
final class EventStatusTally implements SessionStatusCounter, SessionListener {

  private final Map<String, SessionStatus> statuses = new ConcurrentHashMap<>();
  private final ObjectProvider<SessionHub> hub;

  EventStatusTally(ObjectProvider<SessionHub> hub) {
    this.hub = hub;
  }

  @Override
  public void onEvent(SessionEvent event) {
    if (event instanceof SessionEvent.Created created) {
      statuses.put(created.sessionId(), created.version() == 1 ? SessionStatus.DRAFT
          : hub.getObject().get(created.actor(), created.sessionId()).status());
    } else if (event instanceof SessionEvent.StatusChanged changed) {
      statuses.put(changed.sessionId(), changed.to());
    }
  }

  @Override
  public Map<SessionStatus, Long> countByStatus() {
    Map<SessionStatus, Long> counts = new EnumMap<>(SessionStatus.class);
    statuses.values().forEach(s -> counts.merge(s, 1L, Long::sum));
    return counts;
  }
}
