package dev.sessionhub.store.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC store on MariaDB")
class MariaDbSessionStoreTest extends JdbcStoreBehaviour {
  @Override
  protected DataSource createDataSource() {
    return Engines.mariadb();
  }
}
