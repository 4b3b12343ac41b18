package dev.sessionhub.store.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC store on PostgreSQL: faults before, during and after a commit")
class PostgresAmbiguousFailureTest extends AmbiguousFailureBehaviour {
  @Override
  protected DataSource createDataSource() {
    return Engines.postgres();
  }
}
