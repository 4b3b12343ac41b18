package dev.sessionhub.store.jdbc.internal;

import dev.sessionhub.error.StoreUnavailableException;
import dev.sessionhub.json.SessionJson;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.TemplateStore;
import dev.sessionhub.store.jdbc.Migration;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.jspecify.annotations.Nullable;

/**
 * Wires the JDBC stores: Jdbi on the host's DataSource, the dialect (detected once, on first use
 * when migration is skipped, so a store can be built while the database is down), the migration.
 */
public final class JdbcBackend {

  private final JdbcSessionStore sessions;
  private final JdbcTemplateStore templates;

  private JdbcBackend(JdbcSessionStore sessions, JdbcTemplateStore templates) {
    this.sessions = sessions;
    this.templates = templates;
  }

  /**
   * Connects and migrates as asked.
   *
   * @throws StoreUnavailableException if the database cannot be reached to migrate or validate
   * @throws IllegalStateException if validation finds tables or scripts missing
   */
  public static JdbcBackend open(DataSource dataSource, @Nullable String schema, String prefix,
      Migration migration, Duration queryTimeout, int readAttempts, Duration backoff) {
    Tables t = new Tables(schema, prefix);
    Jdbi jdbi = Jdbi.create(dataSource);
    jdbi.setTemplateEngine(TemplateEngine.NOP);
    jdbi.getConfig(SqlStatements.class).setQueryTimeout(seconds(queryTimeout));
    Db db = new Db(jdbi, readAttempts, backoff);
    SessionJson json = SessionJson.create();
    Supplier<Parts> parts = memoize(() -> detect(db, t, json, queryTimeout));
    if (migration != Migration.SKIP) {
      Dialect dialect = parts.get().dialect();
      Migrator migrator = new Migrator(dataSource, t, dialect);
      try {
        if (migration == Migration.CREATE_OR_UPGRADE) {
          migrator.migrate();
        } else {
          migrator.validate();
        }
      } catch (SQLException e) {
        if (Failures.unavailable(e)) {
          throw new StoreUnavailableException("the SessionHub JDBC store cannot reach its database to migrate: "
              + e.getMessage(), e);
        }
        throw new IllegalStateException("SessionHub JDBC migration failed: " + e.getMessage(), e);
      }
    }
    return new JdbcBackend(new JdbcSessionStore(db, t, parts, json), new JdbcTemplateStore(db, t, json));
  }

  public SessionStore sessionStore() {
    return sessions;
  }

  public TemplateStore templateStore() {
    return templates;
  }

  private static Parts detect(Db db, Tables t, SessionJson json, Duration queryTimeout) {
    return db.read(h -> {
      try {
        Dialect dialect = Dialect.of(h.getConnection().getMetaData());
        MysqlFullText mysql = new MysqlFullText(3, 84, true);
        if (dialect.isMysqlFamily()) {
          mysql = h.createQuery("SELECT @@innodb_ft_min_token_size, @@innodb_ft_max_token_size,"
              + " @@innodb_ft_enable_stopword").map((rs, ctx) -> new MysqlFullText(rs.getInt(1), rs.getInt(2),
                  rs.getBoolean(3))).one();
        }
        return Parts.of(dialect, t, json, mysql, queryTimeout);
      } catch (SQLException e) {
        throw new org.jdbi.v3.core.ConnectionException(e);
      }
    });
  }

  private static int seconds(Duration d) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (d.toMillis() + 999) / 1000));
  }

  /** A supplier that computes once successfully and keeps the value; failures are retried next call. */
  private static <T> Supplier<T> memoize(Supplier<T> s) {
    return new Supplier<>() {
      private volatile @Nullable T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            v = value;
            if (v == null) {
              v = s.get();
              value = v;
            }
          }
        }
        return v;
      }
    };
  }
}
