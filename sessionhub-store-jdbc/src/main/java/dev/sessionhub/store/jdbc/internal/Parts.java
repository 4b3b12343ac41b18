package dev.sessionhub.store.jdbc.internal;

import dev.sessionhub.json.SessionJson;

/** What the session store needs to know about the database: its dialect and the SQL built for it. */
record Parts(Dialect dialect, SessionWriter writer, FullText fullText) {

  static Parts of(Dialect dialect, Tables t, SessionJson json, MysqlFullText mysql) {
    FullText fullText = switch (dialect) {
      case POSTGRESQL -> FullText.postgres(t);
      case MARIADB, MYSQL -> FullText.mysql(mysql);
      case H2 -> FullText.h2(t);
    };
    return new Parts(dialect, new SessionWriter(t, dialect, json), fullText);
  }
}
