package dev.sessionhub.store.jdbc;

import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * One database of the contract kit's runs: the stores are built (and the tables migrated) once
 * per test JVM on the engine's shared data source, under their own table prefix; every test's
 * cleanup deletes all rows. The session and template contract classes of an engine share it.
 */
final class ContractDatabase {

  static final String PREFIX = "tck_";

  static final ContractDatabase H2 = new ContractDatabase(Engines::h2);
  static final ContractDatabase POSTGRES = new ContractDatabase(Engines::postgres);
  static final ContractDatabase MARIADB = new ContractDatabase(Engines::mariadb);
  static final ContractDatabase EXTERNAL = new ContractDatabase(() -> Engines.external().orElseThrow());

  private final Supplier<DataSource> source;
  private DataSource dataSource;
  private JdbcStores stores;

  private ContractDatabase(Supplier<DataSource> source) {
    this.source = source;
  }

  /** The stores, built on first use. */
  synchronized JdbcStores stores() {
    if (stores == null) {
      dataSource = source.get();
      stores = JdbcStores.builder(dataSource).tablePrefix(PREFIX).build();
    }
    return stores;
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
