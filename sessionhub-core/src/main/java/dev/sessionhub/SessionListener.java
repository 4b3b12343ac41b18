package dev.sessionhub;

import dev.sessionhub.model.event.SessionEvent;

/**
 * Receives session events after each change is stored. A listener that throws is logged and
 * neither undoes nor fails the operation. Register with
 * {@link SessionHubBuilder#listener(SessionListener)} (called on the writing thread) or
 * {@link SessionHubBuilder#asyncListener(SessionListener, java.util.concurrent.Executor)}.
 */
@FunctionalInterface
public interface SessionListener {

  /** Called once per event, in the order the events happened for one session. */
  void onEvent(SessionEvent event);
}
