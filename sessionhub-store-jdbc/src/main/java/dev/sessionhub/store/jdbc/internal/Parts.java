package dev.sessionhub.store.jdbc.internal;

import dev.sessionhub.json.SessionJson;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What the session store needs to know about the database: its dialect and the SQL built for it;
 * on PostgreSQL also its pipelined writes and the query timeout as a server setting.
 */
record Parts(Dialect dialect, SessionWriter writer, FullText fullText, @Nullable PostgresWrites postgres,
    String timeoutMillis) {

  static Parts of(Dialect dialect, Tables t, SessionJson json, MysqlFullText mysql, Duration queryTimeout) {
    FullText fullText = switch (dialect) {
      case POSTGRESQL -> FullText.postgres(t);
      case MARIADB, MYSQL -> FullText.mysql(mysql);
      case H2 -> FullText.h2(t);
    };
    SessionWriter writer = new SessionWriter(t, dialect, json);
    PostgresWrites postgres = dialect == Dialect.POSTGRESQL ? new PostgresWrites(t, writer, json, queryTimeout) : null;
    return new Parts(dialect, writer, fullText, postgres, PostgresWrites.millis(queryTimeout));
  }
}
