package dev.sessionhub.cache.redis;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Two instances on one embedded PostgreSQL (one server per class), through a pool of 12. */
class PostgresTwoInstancesTest extends TwoInstancesBehaviour {

  private static EmbeddedPostgres postgres;
  private static HikariDataSource pool;

  @BeforeAll
  static void startPostgres() {
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HikariConfig config = new HikariConfig();
    config.setDataSource(postgres.getPostgresDatabase());
    config.setMaximumPoolSize(12);
    pool = new HikariDataSource(config);
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    pool.close();
    postgres.close();
  }

  @Override
  protected DataSource database() {
    return pool;
  }
}
