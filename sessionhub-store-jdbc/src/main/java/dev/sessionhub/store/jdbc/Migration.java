package dev.sessionhub.store.jdbc;

/** What {@link JdbcStores.Builder#build()} does about the database schema. */
public enum Migration {
  /**
   * Runs the scripts not yet recorded in the migrations table, under a lock so that one of several
   * instances starting together migrates; creates the schema if one is configured. The default.
   */
  CREATE_OR_UPGRADE,
  /**
   * Changes nothing; fails at build with an {@link IllegalStateException} naming every missing table
   * or script. For hosts whose deployment runs the scripts.
   */
  VALIDATE,
  /** Neither checks nor changes anything: the host runs the scripts (for example with Flyway). */
  SKIP
}
