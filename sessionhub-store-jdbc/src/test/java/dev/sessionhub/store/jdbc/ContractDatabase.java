package dev.sessionhub.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sessionhub.spi.SessionStore;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * One database of the contract kit's runs: the stores are built (and the tables migrated) once
 * per test JVM on the engine's shared data source, under their own table prefix; every test's
 * cleanup deletes all rows. The session and template contract classes of an engine share it; the
 * bad-input properties have tables of their own, so what they leave never meets the contracts.
 * Its data source can fail the next write on demand ({@link FailingDataSource}), for the kit's
 * durability hooks.
 */
final class ContractDatabase {

  static final String PREFIX = "tck_";

  static final ContractDatabase H2 = new ContractDatabase(Engines::h2, PREFIX);
  static final ContractDatabase POSTGRES = new ContractDatabase(() -> pooled(Engines.postgres(), 8), PREFIX);
  // Not pooled yet: with a pool behind the kit's FailingDataSource, "a reader paging on from the
  // last seq it saw misses nothing" failed once on MariaDB. The same scenario on a plain pool
  // passed 5 of 5 rounds, so the suspect is a connection the failure injection leaves in an open
  // REPEATABLE READ transaction; to be settled before pooling this run.
  static final ContractDatabase MARIADB = new ContractDatabase(Engines::mariadb, PREFIX);
  static final ContractDatabase EXTERNAL = new ContractDatabase(() -> Engines.external().orElseThrow(), PREFIX);

  static final ContractDatabase BAD_INPUT_H2 = new ContractDatabase(() -> pooled(Engines.h2(), 2), "bad_");
  static final ContractDatabase BAD_INPUT_POSTGRES = new ContractDatabase(() -> pooled(Engines.postgres(), 2), "bad_");
  static final ContractDatabase BAD_INPUT_MARIADB = new ContractDatabase(() -> pooled(Engines.mariadb(), 2), "bad_");

  private final Supplier<DataSource> source;
  private final String prefix;
  private FailingDataSource dataSource;
  private JdbcStores stores;

  private ContractDatabase(Supplier<DataSource> source, String prefix) {
    this.source = source;
    this.prefix = prefix;
  }

  /**
   * A small pool over an engine's data source, as a host would give the store: the engines' own
   * sources open a connection (a server process, on PostgreSQL) per store call, which the
   * contract (16 writers on one session) and the bad-input properties make tens of thousands of.
   * Closed at JVM exit.
   */
  private static DataSource pooled(DataSource source, int size) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(source);
    config.setMaximumPoolSize(size);
    HikariDataSource pool = new HikariDataSource(config);
    Runtime.getRuntime().addShutdownHook(new Thread(pool::close));
    return pool;
  }

  /** The stores, built on first use. */
  synchronized JdbcStores stores() {
    if (stores == null) {
      dataSource = new FailingDataSource(source.get());
      stores = JdbcStores.builder(dataSource).tablePrefix(prefix).build();
    }
    return stores;
  }

  /**
   * The kit's reopen hook: new stores on the same data source, as the next process would build
   * them (the schema is checked and found current); they serve the tests from now on.
   */
  synchronized SessionStore reopen() {
    stores = JdbcStores.builder(dataSource).tablePrefix(prefix).build();
    return stores.sessionStore();
  }

  /** The kit's failNextWrite hook: the next write transaction fails part-way with a connection failure. */
  synchronized boolean failNextWrite() {
    stores();
    dataSource.failNextWrite();
    return true;
  }

  /** Deletes every row of the store's tables, children before parents. */
  synchronized void deleteAll() {
    if (dataSource == null) {
      return;
    }
    try {
      JdbcStoreBehaviour.truncate(dataSource, prefix);
    } catch (SQLException e) {
      throw new IllegalStateException("could not clean up the contract tables", e);
    }
  }
}
