package dev.sessionhub.store.jdbc;

import dev.sessionhub.spi.SessionStore;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * One database of the contract kit's runs: the stores are built (and the tables migrated) once
 * per test JVM on the engine's shared data source, under their own table prefix; every test's
 * cleanup deletes all rows. The session and template contract classes of an engine share it.
 * Its data source can fail the next write on demand ({@link FailingDataSource}), for the kit's
 * durability hooks.
 */
final class ContractDatabase {

  static final String PREFIX = "tck_";

  static final ContractDatabase H2 = new ContractDatabase(Engines::h2);
  static final ContractDatabase POSTGRES = new ContractDatabase(Engines::postgres);
  static final ContractDatabase MARIADB = new ContractDatabase(Engines::mariadb);
  static final ContractDatabase EXTERNAL = new ContractDatabase(() -> Engines.external().orElseThrow());

  private final Supplier<DataSource> source;
  private FailingDataSource dataSource;
  private JdbcStores stores;

  private ContractDatabase(Supplier<DataSource> source) {
    this.source = source;
  }

  /** The stores, built on first use. */
  synchronized JdbcStores stores() {
    if (stores == null) {
      dataSource = new FailingDataSource(source.get());
      stores = JdbcStores.builder(dataSource).tablePrefix(PREFIX).build();
    }
    return stores;
  }

  /**
   * The kit's reopen hook: new stores on the same data source, as the next process would build
   * them (the schema is checked and found current); they serve the tests from now on.
   */
  synchronized SessionStore reopen() {
    stores = JdbcStores.builder(dataSource).tablePrefix(PREFIX).build();
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
      JdbcStoreBehaviour.truncate(dataSource, PREFIX);
    } catch (SQLException e) {
      throw new IllegalStateException("could not clean up the contract tables", e);
    }
  }
}
