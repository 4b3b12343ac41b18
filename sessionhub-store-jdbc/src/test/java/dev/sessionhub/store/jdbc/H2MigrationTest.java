package dev.sessionhub.store.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC migrations on H2")
class H2MigrationTest extends MigrationBehaviour {
  @Override
  protected DataSource createDataSource() {
    return Engines.h2();
  }

  @Override
  protected String defaultSchema() {
    return "PUBLIC";
  }
}
