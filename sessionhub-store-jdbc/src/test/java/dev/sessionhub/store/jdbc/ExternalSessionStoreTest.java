package dev.sessionhub.store.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;

/** The same suite against the database named by {@code sessionhub.test.jdbc.url}; skipped without it. */
@DisplayName("JDBC store on the external database (sessionhub.test.jdbc.url)")
class ExternalSessionStoreTest extends JdbcStoreBehaviour {
  @Override
  protected DataSource createDataSource() {
    assumeTrue(Engines.external().isPresent(), "sessionhub.test.jdbc.url not set");
    return Engines.external().orElseThrow();
  }
}
