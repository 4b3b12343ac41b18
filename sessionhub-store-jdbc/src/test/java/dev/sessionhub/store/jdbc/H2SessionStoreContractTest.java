package dev.sessionhub.store.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("SessionStore contract: JDBC store on H2")
class H2SessionStoreContractTest extends JdbcSessionStoreContract {

  @Override
  ContractDatabase database() {
    return ContractDatabase.H2;
  }
}
