package dev.sessionhub.store.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("SessionStore contract: JDBC store on MariaDB")
class MariaDbSessionStoreContractTest extends JdbcSessionStoreContract {

  @Override
  ContractDatabase database() {
    return ContractDatabase.MARIADB;
  }
}
