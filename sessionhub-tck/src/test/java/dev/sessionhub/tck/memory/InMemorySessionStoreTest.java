package dev.sessionhub.tck.memory;

import dev.sessionhub.internal.memory.InMemorySessionStore;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.tck.SessionStoreContract;

class InMemorySessionStoreTest extends SessionStoreContract {

  @Override
  protected SessionStore createStore() {
    return new InMemorySessionStore();
  }
}
