package dev.sessionhub.store.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC store on H2")
class H2SessionStoreTest extends JdbcStoreBehaviour {
  @Override
  protected DataSource createDataSource() {
    return Engines.h2();
  }
}
