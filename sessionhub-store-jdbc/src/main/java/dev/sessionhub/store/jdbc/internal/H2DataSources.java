package dev.sessionhub.store.jdbc.internal;

import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** H2 data sources for the embedded default; only loaded when called, as H2 is optional. */
public final class H2DataSources {

  private H2DataSources() {}

  /** A new private in-memory database that lives as long as the JVM. */
  public static DataSource inMemory() {
    return of("jdbc:h2:mem:sessionhub-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  /** A database in a file. */
  public static DataSource file(Path file) {
    return of("jdbc:h2:file:" + file.toAbsolutePath());
  }

  private static DataSource of(String url) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    ds.setPassword("");
    return ds;
  }
}
