package dev.sessionhub.spi;

import dev.sessionhub.model.event.SessionEvent;

/**
 * Port: carries session events beyond this instance (for example to other instances through
 * Redis). Called after each change is stored, on the writing thread; an implementation should
 * hand off quickly and must not throw for delivery failures it can retry itself. The default
 * publishes to nothing.
 */
@FunctionalInterface
public interface EventPublisher {

  /** Publishes one event. */
  void publish(SessionEvent event);
}
