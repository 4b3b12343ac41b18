package dev.sessionhub.store.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC migrations on PostgreSQL")
class PostgresMigrationTest extends MigrationBehaviour {
  @Override
  protected DataSource createDataSource() {
    return Engines.postgres();
  }

  @Override
  protected String defaultSchema() {
    return "public";
  }
}
