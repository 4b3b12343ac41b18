package dev.sessionhub.store.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.tck.SessionStoreContract;
import org.junit.jupiter.api.DisplayName;

/** The contract kit against the database named by {@code sessionhub.test.jdbc.url}; skipped without it. */
@DisplayName("SessionStore contract: JDBC store on the external database (sessionhub.test.jdbc.url)")
class ExternalSessionStoreContractTest extends SessionStoreContract {

  @Override
  protected SessionStore createStore() {
    assumeTrue(Engines.external().isPresent(), "sessionhub.test.jdbc.url not set");
    return ContractDatabase.EXTERNAL.stores().sessionStore();
  }

  @Override
  protected void cleanUp(SessionStore store) {
    ContractDatabase.EXTERNAL.deleteAll();
  }
}
