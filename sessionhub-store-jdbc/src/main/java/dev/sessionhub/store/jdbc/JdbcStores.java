package dev.sessionhub.store.jdbc;

import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.TemplateStore;
import dev.sessionhub.store.jdbc.internal.H2DataSources;
import dev.sessionhub.store.jdbc.internal.JdbcBackend;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * SessionHub's stores on a relational database through JDBC: PostgreSQL 14+, MariaDB 10.6+,
 * MySQL 8 or H2 2.x, detected from the connection's metadata. The host hands over a
 * {@link DataSource} (usually a pool) and brings the JDBC driver; H2 in memory needs nothing:
 * <pre>{@code
 * JdbcStores stores = JdbcStores.builder(dataSource).tablePrefix("sh_").schema("app").build();
 * SessionHub hub = SessionHub.builder().sessionStore(stores.sessionStore())
 *     .templateStore(stores.templateStore()).build();
 * }</pre>
 *
 * <p>Both stores are thread-safe and hold no connection between calls. A write is one
 * transaction, never retried; a read that fails transiently is retried a few times with backoff.
 * An unreachable database surfaces as {@link dev.sessionhub.error.StoreUnavailableException}
 * (with the JDBC failure as its cause) and nothing is half-written; the next call after the
 * database is back works. Any other database failure surfaces as a
 * {@link dev.sessionhub.error.SessionHubException} with the Jdbi exception as its cause: no Jdbi
 * or driver type escapes a store.
 */
public final class JdbcStores {

  private final SessionStore sessionStore;
  private final TemplateStore templateStore;

  private JdbcStores(JdbcBackend backend) {
    this.sessionStore = backend.sessionStore();
    this.templateStore = backend.templateStore();
  }

  /** A builder for stores on {@code dataSource}. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * Stores in a new private H2 in-memory database, migrated and ready: the embedded default. The
   * database lives as long as the JVM. Needs H2 ({@code com.h2database:h2}) on the classpath.
   */
  public static JdbcStores h2InMemory() {
    return builder(H2DataSources.inMemory()).build();
  }

  /** Stores in an H2 database file at {@code file} (H2 adds {@code .mv.db}), created if missing. */
  public static JdbcStores h2File(Path file) {
    return builder(H2DataSources.file(Objects.requireNonNull(file, "file"))).build();
  }

  /** The session store. */
  public SessionStore sessionStore() {
    return sessionStore;
  }

  /** The template store. */
  public TemplateStore templateStore() {
    return templateStore;
  }

  /** Configures {@link JdbcStores}. Not thread-safe; {@link #build()} may be called more than once. */
  public static final class Builder {
    private final DataSource dataSource;
    private String tablePrefix = "sh_";
    private @Nullable String schema;
    private Migration migration = Migration.CREATE_OR_UPGRADE;
    private Duration queryTimeout = Duration.ofSeconds(30);
    private @Nullable Duration connectTimeout;
    private int readAttempts = 3;
    private Duration retryBackoff = Duration.ofMillis(50);

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** The prefix of every table and index name: letters, digits and {@code _}; default {@code sh_}. */
    public Builder tablePrefix(String prefix) {
      this.tablePrefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    /**
     * The schema holding the tables (a database on MariaDB/MySQL); default: the connection's
     * current one. Created by {@link Migration#CREATE_OR_UPGRADE} if missing.
     */
    public Builder schema(@Nullable String schema) {
      this.schema = schema;
      return this;
    }

    /** What to do about the schema at build; default {@link Migration#CREATE_OR_UPGRADE}. */
    public Builder migration(Migration migration) {
      this.migration = Objects.requireNonNull(migration, "migration");
      return this;
    }

    /** The JDBC query timeout of every statement, rounded up to seconds; default 30 s. */
    public Builder queryTimeout(Duration timeout) {
      this.queryTimeout = positive(timeout, "queryTimeout");
      return this;
    }

    /**
     * Sets {@link DataSource#setLoginTimeout} on the DataSource (rounded up to seconds), so that a
     * connection attempt to a database that does not answer fails in time; default: left as the
     * host configured it. With a pool, configure the pool's own connection timeout instead.
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * How often an idempotent read is tried in all when it fails transiently (SQLState 08xxx,
     * 40001, 40P01), and the first backoff, doubled per attempt with full jitter; default 3 and
     * 50 ms. Writes are tried once.
     */
    public Builder readRetries(int attempts, Duration backoff) {
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
      }
      this.readAttempts = attempts;
      this.retryBackoff = Objects.requireNonNull(backoff, "backoff");
      return this;
    }

    /**
     * Detects the dialect and migrates as configured.
     *
     * @throws IllegalArgumentException if the prefix or schema is not a plain identifier, or the
     *     database is not supported
     * @throws IllegalStateException if validation finds the schema incomplete
     * @throws dev.sessionhub.error.StoreUnavailableException if the database cannot be reached
     *     to migrate or validate
     */
    public JdbcStores build() {
      if (connectTimeout != null) {
        try {
          dataSource.setLoginTimeout((int) Math.max(1, (connectTimeout.toMillis() + 999) / 1000));
        } catch (SQLException | UnsupportedOperationException e) {
          // Some pools refuse; their own connection timeout applies.
        }
      }
      return new JdbcStores(JdbcBackend.open(dataSource, schema, tablePrefix, migration, queryTimeout,
          readAttempts, retryBackoff));
    }

    private static Duration positive(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive: " + d);
      }
      return d;
    }
  }
}
