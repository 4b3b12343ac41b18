package dev.sessionhub.tck;

import dev.sessionhub.spi.SessionStore;
import org.junit.jupiter.api.DisplayName;

/** The original of the index mutants passes the whole contract, so each mutant fails for its bug. */
@DisplayName("SessionStore contract: IndexedStore (the original of the index mutants)")
class IndexedStoreContractTest extends SessionStoreContract {

  @Override
  protected SessionStore createStore() {
    return new IndexedStore();
  }
}
