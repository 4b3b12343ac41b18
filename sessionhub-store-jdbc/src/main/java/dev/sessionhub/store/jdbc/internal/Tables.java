package dev.sessionhub.store.jdbc.internal;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Qualified table names: an optional schema and a prefix, both plain SQL identifiers (checked
 * here, because they are written into SQL text).
 */
public final class Tables {

  private static final Pattern PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,29}|");
  private static final Pattern SCHEMA = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

  private final @Nullable String schema;
  private final String prefix;

  /**
   * @param schema the schema (a database on MariaDB/MySQL), or {@code null} for the connection's
   * @param prefix the table prefix, possibly empty
   * @throws IllegalArgumentException if either is not a plain identifier
   */
  public Tables(@Nullable String schema, String prefix) {
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("table prefix must be letters, digits and '_', not starting"
          + " with a digit, at most 30 characters: '" + prefix + "'");
    }
    if (schema != null && !SCHEMA.matcher(schema).matches()) {
      throw new IllegalArgumentException("schema must be letters, digits and '_', not starting"
          + " with a digit, at most 63 characters: '" + schema + "'");
    }
    this.schema = schema;
    this.prefix = prefix;
  }

  @Nullable String schema() {
    return schema;
  }

  String prefix() {
    return prefix;
  }

  /** The qualified name of a table, e.g. {@code app.sh_sessions}. */
  String name(String table) {
    return schema == null ? prefix + table : schema + "." + prefix + table;
  }

  String sessions() {
    return name("sessions");
  }

  /** One row per member of a session, with the session's status and times (schema version 2). */
  String access() {
    return name("session_access");
  }

  String tags() {
    return name("session_tags");
  }

  String words() {
    return name("session_words");
  }

  String comments() {
    return name("comments");
  }

  String activity() {
    return name("activity");
  }

  String templates() {
    return name("templates");
  }

  String migrations() {
    return name("migrations");
  }

  String migrationLock() {
    return name("migration_lock");
  }
}
