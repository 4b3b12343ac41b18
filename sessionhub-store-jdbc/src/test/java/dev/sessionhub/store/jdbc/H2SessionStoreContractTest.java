package dev.sessionhub.store.jdbc;

import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.tck.SessionStoreContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("SessionStore contract: JDBC store on H2")
class H2SessionStoreContractTest extends SessionStoreContract {

  @Override
  protected SessionStore createStore() {
    return ContractDatabase.H2.stores().sessionStore();
  }

  @Override
  protected void cleanUp(SessionStore store) {
    ContractDatabase.H2.deleteAll();
  }
}
