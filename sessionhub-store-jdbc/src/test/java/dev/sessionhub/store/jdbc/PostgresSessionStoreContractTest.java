package dev.sessionhub.store.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("SessionStore contract: JDBC store on PostgreSQL")
class PostgresSessionStoreContractTest extends JdbcSessionStoreContract {

  @Override
  ContractDatabase database() {
    return ContractDatabase.POSTGRES;
  }
}
