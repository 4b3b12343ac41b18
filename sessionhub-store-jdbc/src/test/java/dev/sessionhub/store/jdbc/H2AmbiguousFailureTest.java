package dev.sessionhub.store.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC store on H2: faults before, during and after a commit")
class H2AmbiguousFailureTest extends AmbiguousFailureBehaviour {
  @Override
  protected DataSource createDataSource() {
    return Engines.h2();
  }
}
