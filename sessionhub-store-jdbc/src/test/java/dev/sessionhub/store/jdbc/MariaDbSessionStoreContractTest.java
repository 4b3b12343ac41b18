package dev.sessionhub.store.jdbc;

import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.tck.SessionStoreContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("SessionStore contract: JDBC store on MariaDB")
class MariaDbSessionStoreContractTest extends SessionStoreContract {

  @Override
  protected SessionStore createStore() {
    return ContractDatabase.MARIADB.stores().sessionStore();
  }

  @Override
  protected void cleanUp(SessionStore store) {
    ContractDatabase.MARIADB.deleteAll();
  }
}
