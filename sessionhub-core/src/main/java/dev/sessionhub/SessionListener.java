package dev.sessionhub;

import dev.sessionhub.model.event.SessionEvent;

/**
 * Receives session events after each change is stored. A listener that throws is logged and
 * neither undoes nor fails the operation. Register with
 * {@link SessionHubBuilder#listener(SessionListener)} (called on the writing thread) or
 * {@link SessionHubBuilder#asyncListener(SessionListener, java.util.concurrent.Executor)}.
 *
 * <p>With an {@link dev.sessionhub.spi.EventTransport}, listeners also get the events of the
 * other instances sharing the store, once each; synchronous listeners get those on the hub's
 * remote-event thread. See the transport for the ordering guarantee across instances.
 */
@FunctionalInterface
public interface SessionListener {

  /** Called once per event, in the order the events happened for one session. */
  void onEvent(SessionEvent event);
}
