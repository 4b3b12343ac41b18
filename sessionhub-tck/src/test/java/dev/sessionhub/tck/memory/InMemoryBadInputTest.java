package dev.sessionhub.tck.memory;

import dev.sessionhub.internal.memory.InMemorySessionStore;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.tck.BadInputContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Bad input through the facade: in-memory store")
class InMemoryBadInputTest extends BadInputContract {

  @Override
  protected SessionStore createStore() {
    return new InMemorySessionStore();
  }
}
