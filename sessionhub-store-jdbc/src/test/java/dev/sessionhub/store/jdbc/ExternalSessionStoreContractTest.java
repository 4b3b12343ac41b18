package dev.sessionhub.store.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.DisplayName;

/** The contract kit against the database named by {@code sessionhub.test.jdbc.url}; skipped without it. */
@DisplayName("SessionStore contract: JDBC store on the external database (sessionhub.test.jdbc.url)")
class ExternalSessionStoreContractTest extends JdbcSessionStoreContract {

  @Override
  ContractDatabase database() {
    assumeTrue(Engines.external().isPresent(), "sessionhub.test.jdbc.url not set");
    return ContractDatabase.EXTERNAL;
  }
}
