package dev.sessionhub.store.jdbc.internal;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The SQL differences between the supported databases, detected from the JDBC metadata. */
public enum Dialect {
  POSTGRESQL("postgresql", Map.of()),
  MARIADB("mariadb", Map.of("collation", "utf8mb4_nopad_bin")),
  MYSQL("mariadb", Map.of("collation", "utf8mb4_0900_bin")),
  H2("h2", Map.of());

  private static final List<String> TABLES =
      List.of("sessions", "session_access", "session_tags", "comments", "activity", "templates");

  private final String scripts;
  private final Map<String, String> placeholders;

  Dialect(String scripts, Map<String, String> placeholders) {
    this.scripts = scripts;
    this.placeholders = placeholders;
  }

  /** The dialect of the database behind {@code md}. */
  public static Dialect of(DatabaseMetaData md) throws SQLException {
    String product = md.getDatabaseProductName().toLowerCase(Locale.ROOT);
    String version = md.getDatabaseProductVersion().toLowerCase(Locale.ROOT);
    if (product.contains("postgresql")) {
      return POSTGRESQL;
    }
    if (product.contains("mariadb") || (product.contains("mysql") && version.contains("mariadb"))) {
      return MARIADB;
    }
    if (product.contains("mysql")) {
      return MYSQL;
    }
    if (product.equals("h2")) {
      return H2;
    }
    throw new IllegalArgumentException("unsupported database " + md.getDatabaseProductName()
        + "; SessionHub's JDBC store supports PostgreSQL, MariaDB, MySQL and H2");
  }

  /** The classpath folder of this dialect's migration scripts. */
  String scriptFolder() {
    return "db/sessionhub/" + scripts + "/";
  }

  /** Placeholders other than {@code prefix} that the scripts use. */
  Map<String, String> placeholders() {
    return placeholders;
  }

  boolean isMysqlFamily() {
    return this == MARIADB || this == MYSQL;
  }

  /** The tables the scripts create, without prefix. */
  List<String> tables() {
    if (this != H2) {
      return TABLES;
    }
    return List.of("sessions", "session_access", "session_tags", "session_words", "comments",
        "activity", "templates");
  }

  /** Whether {@code (a, b) > (?, ?)} is supported and uses a two-column index. */
  boolean hasRowValues() {
    return this == POSTGRESQL || this == H2;
  }
}
