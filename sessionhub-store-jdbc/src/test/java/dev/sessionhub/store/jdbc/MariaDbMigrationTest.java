package dev.sessionhub.store.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC migrations on MariaDB")
class MariaDbMigrationTest extends MigrationBehaviour {
  @Override
  protected DataSource createDataSource() {
    return Engines.mariadb();
  }

  @Override
  protected String defaultSchema() {
    return "sessionhub";
  }
}
