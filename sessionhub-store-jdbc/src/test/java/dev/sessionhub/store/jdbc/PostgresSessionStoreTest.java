package dev.sessionhub.store.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC store on PostgreSQL")
class PostgresSessionStoreTest extends JdbcStoreBehaviour {
  @Override
  protected DataSource createDataSource() {
    return Engines.postgres();
  }
}
